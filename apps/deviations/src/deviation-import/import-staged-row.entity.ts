import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CheckedRow } from './deviation-csv-rules';

/** A checked row of a file read as a stream, kept until the whole file is known to be good. */
@Entity({ name: 'deviation_import_staged_row' })
export class DeviationImportStagedRow {
  @PrimaryColumn('uuid', { name: 'job_id', primaryKeyConstraintName: 'deviation_import_staged_row_pkey' })
  jobId!: string;

  @PrimaryColumn('int', { primaryKeyConstraintName: 'deviation_import_staged_row_pkey' })
  line!: number;

  @Column({ type: 'jsonb' })
  row!: CheckedRow;
}
