import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

/** The board's yearly follow-up plan (kvalitetsuppföljningsplan). */
@ObjectType({ description: 'The yearly follow-up plan (kvalitetsuppföljningsplan).' })
@Entity({ name: 'follow_up_plan' })
@Unique('follow_up_plan_year_key', ['year'])
export class FollowUpPlan {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'follow_up_plan_pkey' })
  id!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year!: number;

  @Field(() => [String], { description: 'Focus areas (fokusområden) for the year, e.g. staffing, delegations.' })
  @Column({ name: 'focus_areas', type: 'jsonb' })
  focusAreas!: string[];

  @Field(() => Int, { description: 'Target number of specific follow-ups January–June.' })
  @Column({ name: 'target_first_half', type: 'int' })
  targetFirstHalf!: number;

  @Field(() => Int, { description: 'Target number of specific follow-ups July–December.' })
  @Column({ name: 'target_second_half', type: 'int' })
  targetSecondHalf!: number;

  @Field()
  @Column({ name: 'decided_by', type: 'text' })
  decidedBy!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
