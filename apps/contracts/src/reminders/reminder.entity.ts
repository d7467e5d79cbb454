import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { registerStringEnum } from '@kvalitetsnav/service-kit';

export const REMINDER_KINDS = [
  'REPORT_DUE_SOON',
  'REPORT_OVERDUE',
  'ACTION_DUE_SOON',
  'ACTION_OVERDUE',
  'OVERDUE_DIGEST',
  'PULSE_WEEK',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
export const ReminderKindEnum = registerStringEnum(
  REMINDER_KINDS,
  'ReminderKind',
  'A report due within 14 days or past its date, a required action due within 7 days or past its deadline, the weekly digest to officials, or a pulse week a provider has not yet answered.',
);

export const REMINDER_STATES = ['PENDING', 'SENT', 'BOUNCED', 'FAILED', 'OUTBOX'] as const;
export type ReminderState = (typeof REMINDER_STATES)[number];
export const ReminderStateEnum = registerStringEnum(
  REMINDER_STATES,
  'ReminderState',
  'PENDING (claimed, not yet sent), SENT, BOUNCED (the mail server refused the recipient), FAILED (to be tried again), OUTBOX (mail is off here: kept, not sent).',
);

/**
 * A reminder to one recipient, recorded before it is sent. The unique key (dedupe key,
 * recipient) is the claim: a rerun, or another instance running at the same time, inserts
 * nothing new, so each reminder goes out once.
 */
@ObjectType({ description: 'A reminder mailed (or kept in the outbox) to one recipient.' })
@Entity({ name: 'reminder' })
@Unique('reminder_dedupe_key_recipient_key', ['dedupeKey', 'recipient'])
@Index('reminder_state_idx', ['state'])
@Index('reminder_created_at_idx', ['createdAt'])
export class Reminder {
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'reminder_pkey' })
  id!: string;

  @Field({
    description: 'What the reminder is about, stable across runs, e.g. REPORT_OVERDUE:BUSINESS:2025:<provider>.',
  })
  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey!: string;

  @Field({ description: 'The e-mail address it goes to.' })
  @Column({ type: 'text' })
  recipient!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'recipient_name', type: 'text', nullable: true })
  recipientName!: string | null;

  @Field(() => ReminderKindEnum)
  @Column({ type: 'text' })
  kind!: ReminderKind;

  @Field(() => String, { nullable: true, description: 'The provider it is about; none for the digest.' })
  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId!: string | null;

  @Field({ description: "The mail's subject line." })
  @Column({ type: 'text' })
  subject!: string;

  @Field({ description: "The mail's text." })
  @Column({ type: 'text' })
  body!: string;

  @Field(() => ReminderStateEnum)
  @Column({ type: 'text' })
  state!: ReminderState;

  @Field(() => String, { nullable: true, description: "The mail server's answer when it refused or failed." })
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
