import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import type { FollowUp } from './follow-up.entity';
import { ACTION_STATUSES, ActionStatus } from './follow-up-workflow-rules';
import { ActionRecheck } from './follow-ups.models';

export const ActionStatusEnum = registerStringEnum(
  ACTION_STATUSES,
  'FollowUpActionStatus',
  'OPEN, PLAN_RECEIVED (the provider sent its action plan), COMPLETED (the provider says done), VERIFIED (confirmed at re-check).',
);

/** A required action (krav på åtgärd) from a follow-up, with its deadline. */
@ObjectType({ description: 'A required action from a follow-up.' })
@Entity({ name: 'follow_up_action' })
@Index('follow_up_action_follow_up_idx', ['followUpId'])
@Index('follow_up_action_deadline_idx', ['deadline'])
export class FollowUpAction {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'follow_up_action_pkey' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'follow_up_id', type: 'uuid' })
  followUpId!: string;

  @ManyToOne('FollowUp', 'actions', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'follow_up_id', foreignKeyConstraintName: 'follow_up_action_follow_up_id_fkey' })
  followUp?: FollowUp;

  @Field()
  @Column({ type: 'text' })
  description!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @Column({ type: 'date' })
  deadline!: string;

  @Field(() => ActionStatusEnum)
  @Column({ type: 'text' })
  status!: ActionStatus;

  @Field(() => String, { nullable: true, description: "The provider's action plan (åtgärdsplan)." })
  @Column({ name: 'action_plan', type: 'text', nullable: true })
  actionPlan!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'What the re-check (återkontroll) found.' })
  @Column({ name: 'recheck_note', type: 'text', nullable: true })
  recheckNote!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'verified_on', type: 'date', nullable: true })
  verifiedOn!: string | null;

  @Field(() => [ActionRecheck], { description: 'Every re-check, oldest first: one not met stays on record.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  rechecks!: ActionRecheck[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
