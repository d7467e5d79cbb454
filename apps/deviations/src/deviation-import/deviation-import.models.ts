import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RuleParams } from '@kvalitetsnav/codes';
import { registerStringEnum, RuleParamsScalar } from '@kvalitetsnav/service-kit';
import { DeviationKind } from '@kvalitetsnav/events';
import { DeviationKindEnum } from '../deviations/deviations.models';
import { IMPORT_CHANGES, ImportChange } from './import-change-rules';
import { IMPORT_JOB_STATUSES } from './import-job-rules';

export const ImportJobStatusEnum = registerStringEnum(
  IMPORT_JOB_STATUSES,
  'ImportJobStatus',
  'RECEIVING: the file is read and checked as it arrives; WRITING: all good, stored in one transaction; DONE; REFUSED: errors, nothing stored; FAILED: stopped, nothing stored.',
);

export const ImportChangeEnum = registerStringEnum(
  IMPORT_CHANGES,
  'ImportChange',
  'What importing a row does: adds it, updates the row imported before with its external id, or nothing.',
);

@ObjectType()
export class CsvRowError {
  @Field(() => Int, { description: 'The line in the file; the header is line 1.' }) line!: number;
  @Field({ description: "The column as the file names it (a mapped export's own header), or (file)." })
  column!: string;
  @Field({ description: 'English, for API users; clients show the rule with its params in Swedish (libs/swedish).' })
  message!: string;
  @Field({ description: 'The rule the cell breaks, as extensions.rule of an error.' }) rule!: string;
  @Field(() => RuleParamsScalar) params!: RuleParams;
}

@ObjectType({ description: 'Either every row was imported, or none was and the errors say why.' })
export class DeviationImportResult {
  @Field() accepted!: boolean;
  @Field(() => Int, { description: 'Rows written: created and changed.' }) imported!: number;
  @Field(() => Int, { description: 'Rows new to Kvalitetsnav.' }) created!: number;
  @Field(() => Int, { description: 'Rows imported before (same source and external id) that the file changes.' })
  changed!: number;
  @Field(() => Int, { description: 'Rows imported before that the file gives as they are.' }) unchanged!: number;
  @Field(() => [CsvRowError]) errors!: CsvRowError[];
}

@ObjectType({ description: 'A row as it would be imported.' })
export class DeviationImportPreviewRow {
  @Field(() => Int) line!: number;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field(() => DeviationKindEnum) kind!: DeviationKind;
  @Field() occurredOn!: string;
  @Field() reportedOn!: string;
  @Field() status!: string;
  @Field(() => String, {
    nullable: true,
    description:
      "The category's code after the row: the file's, or the one the deviation keeps when the file has no category column.",
  })
  categoryCode!: string | null;
  @Field(() => String, { nullable: true, description: "The category's Swedish name." })
  categoryLabel!: string | null;
  @Field(() => ImportChangeEnum) change!: ImportChange;
}

@ObjectType({ description: 'What importing the file would do, with nothing stored.' })
export class DeviationImportPreview extends DeviationImportResult {
  @Field(() => [DeviationImportPreviewRow], { description: 'The first rows as mapped (at most `limit`).' })
  rows!: DeviationImportPreviewRow[];
}

@ObjectType({ description: "Which of the export's own headers holds a field." })
export class ImportColumn {
  @Field({ description: 'The field, e.g. occurred_on or unit_code.' }) field!: string;
  @Field({ description: "The export's header, matched in any case." }) header!: string;
}

@ObjectType({ description: "What one of the export's values means in a coded field." })
export class ImportValue {
  @Field() field!: string;
  @Field({ description: 'As the export writes it, matched in any case.' }) from!: string;
  @Field({ description: "Kvalitetsnav's code." }) to!: string;
}
