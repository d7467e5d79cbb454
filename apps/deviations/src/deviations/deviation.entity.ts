import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DeviationKind } from '@kvalitetsnav/events';
import { Complainant, ComplaintCategory } from './deviation-report-rules';
import { DeviationStatus, Seriousness } from './deviation-workflow-rules';
import {
  ComplainantEnum,
  ComplaintCategoryEnum,
  DeviationKindEnum,
  DeviationStatusEnum,
  SeriousnessEnum,
} from './deviations.models';

/** A deviation (avvikelse), lex Sarah or lex Maria report, or comment/complaint at a unit. */
@ObjectType({
  description:
    'A deviation, lex Sarah or lex Maria report, or comment/complaint. Free text has personal identity numbers redacted.',
})
@Entity({ name: 'deviation' })
@Index('deviation_unit_id_idx', ['unitId'])
@Index('deviation_provider_reported_idx', ['providerId', 'reportedOn'])
@Index('deviation_reported_on_idx', ['reportedOn'])
@Index('deviation_import_source_external_id_key', ['importSource', 'externalId'], {
  unique: true,
  where: '"import_source" IS NOT NULL',
})
@Index('deviation_external_id_key', ['externalId'], {
  unique: true,
  where: '"import_source" IS NULL AND "external_id" IS NOT NULL',
})
export class Deviation {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'deviation_pkey' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Field(() => ID)
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Field({ description: "The code of the unit's service area, as contracts registered it." })
  @Column({ name: 'service_area', type: 'text' })
  serviceArea!: string;

  @Field(() => DeviationKindEnum)
  @Column({ type: 'text' })
  kind!: DeviationKind;

  @Field(() => DeviationStatusEnum)
  @Column({ type: 'text' })
  status!: DeviationStatus;

  @Field({ description: 'The day it happened (for complaints: received), YYYY-MM-DD.' })
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Field({ description: 'With personal identity numbers replaced by [personnummer].' })
  @Column({ type: 'text' })
  description!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;

  @Field({ description: 'The day it was reported in Sweden; the two-month rule counts from it.' })
  @Column({ name: 'reported_on', type: 'date' })
  reportedOn!: string;

  @Column({ name: 'reported_by', type: 'text' })
  reportedBy!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'investigation_started_on', type: 'date', nullable: true })
  investigationStartedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'actions_registered_on', type: 'date', nullable: true })
  actionsRegisteredOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The actions taken, redacted like the description.' })
  @Column({ name: 'actions', type: 'text', nullable: true })
  actions!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'final_assessed_on', type: 'date', nullable: true })
  finalAssessedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The final assessment (slutbedömning), redacted.' })
  @Column({ name: 'final_assessment', type: 'text', nullable: true })
  finalAssessment!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Field(() => SeriousnessEnum, { nullable: true, description: 'Lex Sarah and lex Maria only.' })
  @Column({ type: 'text', nullable: true })
  seriousness!: Seriousness | null;

  @Field(() => String, { nullable: true, description: 'Reported to IVO on this day (serious lex Sarah / lex Maria).' })
  @Column({ name: 'ivo_reported_on', type: 'date', nullable: true })
  ivoReportedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'ivo_reference', type: 'text', nullable: true })
  ivoReference!: string | null;

  @Field(() => ComplainantEnum, { nullable: true, description: 'Complaints only: who complained.' })
  @Column({ type: 'text', nullable: true })
  complainant!: Complainant | null;

  @Field(() => ComplaintCategoryEnum, { nullable: true, description: 'Complaints only.' })
  @Column({ name: 'complaint_category', type: 'text', nullable: true })
  complaintCategory!: ComplaintCategory | null;

  @Field(() => String, {
    nullable: true,
    description: 'What it is about: a code from deviationCategories for its kind (not for complaints).',
  })
  @Column({ name: 'category_code', type: 'text', nullable: true })
  categoryCode!: string | null;

  @Field(() => Int, { description: 'Personal identity numbers removed from the texts.' })
  @Column({ type: 'int', default: 0 })
  redactions!: number;

  @Field(() => ID, { nullable: true, description: "A contracts follow-up this deviation's actions belong to." })
  @Column({ name: 'follow_up_id', type: 'uuid', nullable: true })
  followUpId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The deviationImportSource it was imported from with its external id.',
  })
  @Column({ name: 'import_source', type: 'text', nullable: true })
  importSource!: string | null;

  @Field(() => String, { nullable: true, description: "The case's id in the system it was imported from." })
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  version!: number;
}
