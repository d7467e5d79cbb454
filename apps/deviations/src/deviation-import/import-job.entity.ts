import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CsvRowError, DeviationImportPreviewRow, ImportJobStatusEnum } from './deviation-import.models';
import type { RowError } from './deviation-csv-rules';
import type { ImportJobStatus } from './import-job-rules';

/**
 * A large file imported as a stream (POST /imports/deviations at the gateway): read and checked
 * as it arrives, its rows staged, then written all in one transaction, its progress kept here
 * for the web to show.
 */
@ObjectType({ description: 'A file imported as a stream, with its progress and outcome.' })
@Entity({ name: 'deviation_import_job' })
@Index('deviation_import_job_requested_by_idx', ['requestedBy'])
export class DeviationImportJob {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'deviation_import_job_pkey' })
  id!: string;

  @Field(() => String, { nullable: true, description: "The deviationImportSource, or none for Kvalitetsnav's layout." })
  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Field({ description: 'Checked and counted only, nothing stored.' })
  @Column({ name: 'dry_run', type: 'boolean' })
  dryRun!: boolean;

  @Field(() => ImportJobStatusEnum)
  @Column({ type: 'text' })
  status!: ImportJobStatus;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Field(() => Int, { nullable: true, description: "The file's size as sent, when the client said it." })
  @Column({ name: 'bytes_total', type: 'int', nullable: true })
  bytesTotal!: number | null;

  @Field(() => Int)
  @Column({ name: 'bytes_read', type: 'int', default: 0 })
  bytesRead!: number;

  @Field(() => Int, { description: 'Data rows read and checked so far.' })
  @Column({ name: 'rows_read', type: 'int', default: 0 })
  rowsRead!: number;

  @Field(() => Int, { description: 'Rows written (or, on a dry run, planned) so far, of rowsRead.' })
  @Column({ name: 'rows_done', type: 'int', default: 0 })
  rowsDone!: number;

  @Field(() => Int) @Column({ type: 'int', default: 0 }) created!: number;
  @Field(() => Int) @Column({ type: 'int', default: 0 }) changed!: number;
  @Field(() => Int) @Column({ type: 'int', default: 0 }) unchanged!: number;

  @Field(() => Int, { description: 'Every error found; `errors` lists the first of them.' })
  @Column({ name: 'error_count', type: 'int', default: 0 })
  errorCount!: number;

  @Field(() => [CsvRowError])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors!: RowError[];

  @Field(() => [DeviationImportPreviewRow], { description: 'The first rows as imported.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  preview!: DeviationImportPreviewRow[];

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
