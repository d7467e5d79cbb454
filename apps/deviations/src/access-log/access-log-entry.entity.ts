import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DeviationKind } from '@kvalitetsnav/events';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { DeviationKindEnum } from '../deviations/deviations.models';
import { ACCESS_LOG_RECORD_KINDS, AccessLogRecordKind, LoggedField } from './access-log-rules';

export const AccessLogRecordKindEnum = registerStringEnum(
  ACCESS_LOG_RECORD_KINDS,
  'AccessLogRecordKind',
  'The kind of record a logged read returned: a deviation (or complaint), or a decision not executed.',
);

/**
 * One read of an individual's data: who, in which roles, when, which kind of record and which
 * records, through which field, and why if they said. Append-only: the database refuses UPDATE
 * and DELETE (retention alone may replace a reason with its marker).
 */
@ObjectType({ description: "One read of an individual's data: who, when, which records and field, and why." })
@Entity({ name: 'access_log_entry' })
@Index('access_log_entry_read_at_idx', ['readAt'])
@Index('access_log_entry_reader_sub_idx', ['readerSub', 'readAt'])
@Index('access_log_entry_record_kind_idx', ['recordKind', 'readAt'])
// A GIN index on record_ids (migration 1796800000300), which TypeORM cannot declare.
@Index('access_log_entry_record_ids_idx', { synchronize: false })
export class AccessLogEntry {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'access_log_entry_pkey' })
  id!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the data was returned.' })
  @Column({ name: 'read_at', type: 'timestamp with time zone' })
  readAt!: Date;

  @Field({ description: "The reader's identity (sub)." })
  @Column({ name: 'reader_sub', type: 'text' })
  readerSub!: string;

  @Field({ description: "The reader's name as signed in." })
  @Column({ name: 'reader_name', type: 'text' })
  readerName!: string;

  @Field(() => [String], { description: 'The roles the reader had.' })
  @Column({ name: 'reader_roles', type: 'jsonb' })
  readerRoles!: string[];

  @Field(() => AccessLogRecordKindEnum, { description: 'Which kind of record was read.' })
  @Column({ name: 'record_kind', type: 'text' })
  recordKind!: AccessLogRecordKind;

  @Field(() => [ID], { description: 'The records the read returned: one when opened, every one shown for a list.' })
  @Column({ name: 'record_ids', type: 'uuid', array: true })
  recordIds!: string[];

  @Field(() => DeviationKindEnum, { nullable: true, description: 'For a deviation: its kind.' })
  @Column({ name: 'deviation_kind', type: 'text', nullable: true })
  deviationKind!: DeviationKind | null;

  @Field(() => String, {
    description:
      'The field or view read: protectedDescription, deviation (one opened), decisionsNotExecuted (the list), decisionsNotExecutedQuarterReport.decisions.',
  })
  @Column({ type: 'text' })
  field!: LoggedField;

  @Field(() => String, { nullable: true, description: 'Why, as the reader gave it.' })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
