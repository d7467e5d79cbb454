import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FollowUpPlan } from './follow-up-plan.entity';
import type { StoredSelectionResult } from './selection-rules';

/** One run of the selection rule, stored with its seed so the draw can be repeated. */
@ObjectType({ description: 'A run of the selection rule with its proposals; the seed reproduces the random third.' })
@Entity({ name: 'follow_up_selection' })
@Index('follow_up_selection_plan_idx', ['planId', 'period'])
export class FollowUpSelection {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'follow_up_selection_pkey' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => FollowUpPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'follow_up_selection_plan_id_fkey' })
  plan?: FollowUpPlan;

  @Field(() => Int, { description: "The plan's period it was made for, numbered from 1." })
  @Column({ type: 'int' })
  period!: number;

  @Field(() => Int, { description: 'Places asked for.' })
  @Column({ type: 'int' })
  count!: number;

  @Field()
  @Column({ type: 'text' })
  seed!: string;

  @Field({ description: 'Risk was scored over the twelve months up to this day.' })
  @Column({ name: 'as_of', type: 'date' })
  asOf!: string;

  @Field(() => [ID])
  @Column({ name: 'ordered_contract_ids', type: 'jsonb' })
  orderedContractIds!: string[];

  /** As selectFollowUps gave it; read it through withReasonCodes (older rows lack the codes). */
  @Column({ type: 'jsonb' })
  result!: StoredSelectionResult;

  @Field()
  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
