import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { DECISION_GENDERS, DECISION_LAWS, DecisionGender, DecisionLaw } from './decision-rules';

export const DecisionLawEnum = registerStringEnum(DECISION_LAWS, 'DecisionLaw', 'SoL or LSS.');
/** Named `Gender` with surveys' values, so the supergraph has one gender enum. */
export const DecisionGenderEnum = registerStringEnum(DECISION_GENDERS, 'Gender');

/** A decision on an intervention not yet carried out (ej verkställt beslut), reported quarterly to IVO. */
@ObjectType({ description: 'A decision not executed (ej verkställt beslut).' })
@Entity({ name: 'decision_not_executed' })
@Index('decision_not_executed_decided_idx', ['decidedOn'])
export class DecisionNotExecuted {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'decision_not_executed_pkey' })
  id!: string;

  @Field({ description: 'The area of the intervention decided: a code from serviceAreas.' })
  @Column({ name: 'service_area', type: 'text' })
  serviceArea!: string;

  @Field({ description: 'The intervention, e.g. "Bostad med särskild service enligt LSS 9 § 9".' })
  @Column({ type: 'text' })
  intervention!: string;

  @Field(() => DecisionLawEnum, { description: 'The law the decision is made under, as IVO asks.' })
  @Column({ type: 'text' })
  law!: DecisionLaw;

  @Field(() => DecisionGenderEnum, { description: "The person's gender, as IVO asks." })
  @Column({ type: 'text' })
  gender!: DecisionGender;

  @Field({ description: 'YYYY-MM-DD.' })
  @Column({ name: 'decided_on', type: 'date' })
  decidedOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: when an executed intervention was interrupted; the three months then run from it.',
  })
  @Column({ name: 'interrupted_on', type: 'date', nullable: true })
  interruptedOn!: string | null;

  @Field({ description: 'Why it has not been executed (or resumed).' })
  @Column({ type: 'text' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: executed, or for an interruption resumed.' })
  @Column({ name: 'executed_on', type: 'date', nullable: true })
  executedOn!: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit meant to execute it, when one is known.' })
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @Column({ name: 'registered_by', type: 'text' })
  registeredBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
