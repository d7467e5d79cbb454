import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** A provider's answer to the week's pulse survey; answering again the same week replaces it. */
@ObjectType({ description: "A provider's weekly pulse answer. Scores run from 1 (no problem) to 5 (severe)." })
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

  @Field(() => Int, { description: 'How much the situation affects the business.' })
  @Column({ type: 'int' })
  impact!: number;

  @Field(() => Int, { description: 'Staffing difficulties.' })
  @Column({ type: 'int' })
  staffing!: number;

  @Field(() => Int, { description: 'Shortage of protective equipment.' })
  @Column({ name: 'protective_equipment', type: 'int' })
  protectiveEquipment!: number;

  @Field(() => Int, { description: 'Worry among staff and users.' })
  @Column({ type: 'int' })
  worry!: number;

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
