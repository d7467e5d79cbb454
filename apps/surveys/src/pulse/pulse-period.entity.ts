import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { PULSE_ANSWER_TYPES, PulseAnswerType } from './pulse-rules';

export const PulseAnswerTypeEnum = registerStringEnum(
  PULSE_ANSWER_TYPES,
  'PulseAnswerType',
  'How a pulse question is answered: SCALE 1 (no problem) to 5 (severe), a signal at the threshold; YES_NO 1 (yes, a signal) or 0 (no).',
);

@ObjectType({ description: 'A question of a pulse period, asked each of its weeks.' })
export class PulseQuestion {
  @Field({ description: 'Stable within the period, e.g. STAFFING.' }) key!: string;
  @Field({ description: 'The question as the providers read it.' }) text!: string;
  @Field(() => PulseAnswerTypeEnum) answerType!: PulseAnswerType;
}

/** Weeks of weekly pulse surveys, opened by officials in a crisis; providers are reminded each week. */
@ObjectType({ description: 'A period of weekly pulse surveys. Every week from fromWeek to toWeek is a pulse week.' })
@Entity({ name: 'pulse_period' })
export class PulsePeriod {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pulse_period_pkey' })
  id!: string;

  @Field({ description: 'What the pulse is about, e.g. "Covid-19".' })
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'The first pulse week, ISO, e.g. 2020-W12.' })
  @Column({ name: 'from_week', type: 'text' })
  fromWeek!: string;

  @Field(() => String, { nullable: true, description: 'The last pulse week; null while the period goes on.' })
  @Column({ name: 'to_week', type: 'text', nullable: true })
  toWeek!: string | null;

  @Field(() => [PulseQuestion], { description: 'The questions asked each week of the period, set when it is opened.' })
  @Column({ type: 'jsonb' })
  questions!: PulseQuestion[];

  @Field({ description: 'Who opened the period.' })
  @Column({ name: 'opened_by', type: 'text' })
  openedBy!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who set the last week, if anyone has.' })
  @Column({ name: 'ended_by', type: 'text', nullable: true })
  endedBy!: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  version!: number;
}
