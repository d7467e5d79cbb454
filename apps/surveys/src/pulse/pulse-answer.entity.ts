import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

@ObjectType({ description: 'The answer to one pulse question: a score 1–5, or 1 (yes) / 0 (no).' })
export class PulseQuestionValue {
  @Field({ description: "The question's key." }) key!: string;
  @Field(() => Int) value!: number;
}

/** A provider's answer to the week's pulse survey; answering again the same week replaces it. */
@ObjectType({ description: "A provider's weekly pulse answer to the week's questions." })
@Entity({ name: 'pulse_answer' })
@Unique('pulse_answer_provider_week_key', ['providerId', 'week'])
export class PulseAnswer {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pulse_answer_pkey' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

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
