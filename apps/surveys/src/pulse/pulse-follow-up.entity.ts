import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { PULSE_FOLLOW_UP_OUTCOMES, PulseFollowUpOutcome } from './pulse-follow-up-rules';

export const PulseFollowUpOutcomeEnum = registerStringEnum(
  PULSE_FOLLOW_UP_OUTCOMES,
  'PulseFollowUpOutcome',
  'What came of contacting a provider about a pulse signal: RESOLVED, ACTION_NEEDED (more is to be done), NO_ACTION (nothing needed).',
);

/** An official's contact with a provider about the signals of its (or one of its units') pulse answer one week. */
@ObjectType({
  description: "An official's follow-up of a provider's pulse signals one week, at one of its units or all.",
})
@Entity({ name: 'pulse_follow_up' })
@Index('pulse_follow_up_provider_week_idx', ['providerId', 'week'])
export class PulseFollowUp {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pulse_follow_up_pkey' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit whose answer held the signals; null when the follow-up is of the provider as a whole.',
  })
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @Field({ description: 'The ISO week of the answer with the signals.' })
  @Column({ type: 'text' })
  week!: string;

  @Field({ description: 'Who contacted the provider.' })
  @Column({ name: 'contacted_by', type: 'text' })
  contactedBy!: string;

  @Field({ description: 'The day of the contact, YYYY-MM-DD.' })
  @Column({ name: 'contacted_on', type: 'date' })
  contactedOn!: string;

  @Field(() => PulseFollowUpOutcomeEnum)
  @Column({ type: 'text' })
  outcome!: PulseFollowUpOutcome;

  @Field({ description: 'What came of it, personal identity numbers removed.' })
  @Column({ name: 'outcome_text', type: 'text' })
  outcomeText!: string;

  @Field({ description: 'Who recorded the follow-up.' })
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
