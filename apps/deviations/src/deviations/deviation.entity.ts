import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DEVIATION_KINDS, DeviationKind } from '@kvalitetsnav/events';
import { registerStringEnum } from '@kvalitetsnav/service-kit';

export const DeviationKindEnum = registerStringEnum(DEVIATION_KINDS, 'DeviationKind', 'SoL/LSS, HSL, lex Sarah, lex Maria, complaint, decision not executed.');

export const DEVIATION_STATUSES = ['REPORTED', 'INVESTIGATING', 'ACTIONS_REGISTERED', 'FINAL_ASSESSMENT', 'CLOSED'] as const;
export type DeviationStatus = (typeof DEVIATION_STATUSES)[number];
export const DeviationStatusEnum = registerStringEnum(DEVIATION_STATUSES, 'DeviationStatus');

/** A reported deviation (avvikelse) at a unit. */
@ObjectType()
@Entity({ name: 'deviation' })
@Index('deviation_unit_id_idx', ['unitId'])
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

  @Column({ name: 'service_area', type: 'text' })
  serviceArea!: string;

  @Field(() => DeviationKindEnum)
  @Column({ type: 'text' })
  kind!: DeviationKind;

  @Field(() => DeviationStatusEnum)
  @Column({ type: 'text' })
  status!: DeviationStatus;

  @Field({ description: 'The day it happened, YYYY-MM-DD.' })
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Field()
  @Column({ type: 'text' })
  description!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;

  @Column({ name: 'reported_by', type: 'text' })
  reportedBy!: string;

  @Column({ type: 'int' })
  version!: number;
}
