import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { FOLLOW_UP_STATUSES, FOLLOW_UP_TYPES, FollowUpStatus, FollowUpType } from '@kvalitetsnav/events';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { Contract } from '../contracts/contract.entity';
import { SELECTION_THIRDS, SelectionThird } from '../planning/selection-rules';
import { FollowUpAction } from './follow-up-action.entity';
import { CHECKLIST_ITEMS, ChecklistItem, FOLLOW_UP_METHODS, FollowUpMethod } from './follow-up-workflow-rules';

export const FollowUpTypeEnum = registerStringEnum(
  FOLLOW_UP_TYPES,
  'FollowUpType',
  'Specific (fördjupad), overarching, new-start, triggered by signals, IOP annual, thematic.',
);
export const FollowUpStatusEnum = registerStringEnum(FOLLOW_UP_STATUSES, 'FollowUpStatus');
export const FollowUpMethodEnum = registerStringEnum(FOLLOW_UP_METHODS, 'FollowUpMethod');
export const ChecklistItemEnum = registerStringEnum(
  CHECKLIST_ITEMS,
  'ChecklistItem',
  'A preparation step: read the contract, complaints, the business report, MAS/MAR input, system data.',
);
export const SelectionThirdEnum = registerStringEnum(
  SELECTION_THIRDS,
  'SelectionThird',
  'Which part of the selection rule proposed a contract.',
);

@ObjectType()
export class ChecklistEntry {
  @Field(() => ChecklistItemEnum)
  item!: ChecklistItem;

  @Field()
  done!: boolean;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

/** A follow-up (uppföljning) of a contract, or of many providers on one question. */
@ObjectType({ description: 'A follow-up (uppföljning).' })
@Entity({ name: 'follow_up' })
@Index('follow_up_contract_idx', ['contractId'])
@Index('follow_up_planned_on_idx', ['plannedOn'])
export class FollowUp {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'follow_up_pkey' })
  id!: string;

  @Field(() => FollowUpTypeEnum)
  @Column({ type: 'text' })
  type!: FollowUpType;

  @Field(() => FollowUpStatusEnum)
  @Column({ type: 'text' })
  status!: FollowUpStatus;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why: the focus area, the signal that triggered it, the question of an overarching follow-up.',
  })
  @Column({ type: 'text', nullable: true })
  purpose!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'contract_id', type: 'uuid', nullable: true })
  contractId!: string | null;

  @ManyToOne(() => Contract, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'follow_up_contract_id_fkey' })
  contract?: Contract;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'selection_id', type: 'uuid', nullable: true })
  selectionId!: string | null;

  @Field(() => SelectionThirdEnum, { nullable: true })
  @Column({ name: 'selection_third', type: 'text', nullable: true })
  selectionThird!: SelectionThird | null;

  @Field({ description: 'Planned for this day, YYYY-MM-DD.' })
  @Column({ name: 'planned_on', type: 'date' })
  plannedOn!: string;

  @Field(() => String, { nullable: true, description: 'Responsible official (ansvarig tjänsteman).' })
  @Column({ type: 'text', nullable: true })
  responsible!: string | null;

  @Field(() => String, { nullable: true, description: 'Assistant official (biträdande tjänsteman).' })
  @Column({ type: 'text', nullable: true })
  assistant!: string | null;

  @Field(() => [FollowUpMethodEnum])
  @Column({ type: 'jsonb' })
  methods!: FollowUpMethod[];

  @Field(() => [ChecklistEntry])
  @Column({ type: 'jsonb' })
  checklist!: ChecklistEntry[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  findings!: string | null;

  @Field({ description: 'The report leads to a decision case for the next board meeting.' })
  @Column({ name: 'decision_needed', type: 'boolean', default: false })
  decisionNeeded!: boolean;

  @Field(() => String, { nullable: true })
  @Column({ name: 'reported_on', type: 'date', nullable: true })
  reportedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The board meeting the decision case was presented at.' })
  @Column({ name: 'board_meeting_on', type: 'date', nullable: true })
  boardMeetingOn!: string | null;

  @Field(() => String, { nullable: true, description: "Published on the municipality's website." })
  @Column({ name: 'published_on', type: 'date', nullable: true })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason!: string | null;

  @OneToMany(() => FollowUpAction, (a) => a.followUp)
  actions?: FollowUpAction[];

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
