import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Board } from '../boards/board.entity';
import { PlanPeriodModel } from './plan-period.models';
import type { PlanPeriod } from './plan-period-rules';

/**
 * A board's yearly follow-up plan (kvalitetsuppföljningsplan); one per board and year, and one
 * municipality-wide (no board) per year, as every plan was before plans had boards.
 */
@ObjectType({ description: "A board's yearly follow-up plan (kvalitetsuppföljningsplan) with its own periods." })
@Entity({ name: 'follow_up_plan' })
@Index('follow_up_plan_year_key', ['year'], { unique: true, where: '"board_id" IS NULL' })
@Index('follow_up_plan_board_id_year_key', ['boardId', 'year'], { unique: true, where: '"board_id" IS NOT NULL' })
export class FollowUpPlan {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'follow_up_plan_pkey' })
  id!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year!: number;

  @Field(() => ID, { nullable: true, description: 'The board the plan is for; none for the municipality-wide plan.' })
  @Column({ name: 'board_id', type: 'uuid', nullable: true })
  boardId!: string | null;

  @ManyToOne(() => Board, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'follow_up_plan_board_id_fkey' })
  board?: Board | null;

  @Field(() => [String], { description: 'Focus areas (fokusområden) for the year, e.g. staffing, delegations.' })
  @Column({ name: 'focus_areas', type: 'jsonb' })
  focusAreas!: string[];

  @Field(() => [PlanPeriodModel], {
    description: 'The periods progress and board reports follow, first to last; period 1 is the first.',
  })
  @Column({ type: 'jsonb' })
  periods!: PlanPeriod[];

  @Field()
  @Column({ name: 'decided_by', type: 'text' })
  decidedBy!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
