import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'The answer to one pulse question: a score 1–5, or 1 (yes) / 0 (no).' })
export class PulseQuestionValue {
  @Field({ description: "The question's key." }) key!: string;
  @Field(() => Int) value!: number;
}

/**
 * A unit's answer to the week's pulse survey; answering again the same week for the same unit
 * replaces it. One week belongs to one pulse period at most, so (unit, week) is also (period,
 * week, unit). Answers from before answers were per unit that could not be given a unit stay the
 * provider's (unit null), one per provider and week as they were.
 */
@ObjectType({ description: "A unit's weekly pulse answer to the week's questions." })
@Entity({ name: 'pulse_answer' })
@Index('pulse_answer_unit_week_key', ['unitId', 'week'], { unique: true, where: '"unit_id" IS NOT NULL' })
@Index('pulse_answer_provider_week_key', ['providerId', 'week'], { unique: true, where: '"unit_id" IS NULL' })
export class PulseAnswer {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pulse_answer_pkey' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The unit (boende, gruppbostad) the answer is for; null for a provider's answer from before answers were per unit, when the provider had more than one unit.",
  })
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @Field({ description: 'ISO week, e.g. 2022-W07.' })
  @Column({ type: 'text' })
  week!: string;

  @Field(() => [PulseQuestionValue], {
    description: "The answer to each of the week's questions (its period's, or the default ones outside a period).",
  })
  @Column({ name: 'question_values', type: 'jsonb' })
  values!: PulseQuestionValue[];

  @Field(() => String, { nullable: true, description: 'Free text, personal identity numbers removed.' })
  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;
}
