import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RuleParams } from '@kvalitetsnav/codes';
import { registerStringEnum, RuleParamsScalar } from '@kvalitetsnav/service-kit';
import { JobTitleCount } from '../provider-reports/provider-reports.models';
import { IMPORT_CHANGES, ImportChange } from './staffing-change-rules';

export const StaffingImportChangeEnum = registerStringEnum(
  IMPORT_CHANGES,
  'StaffingImportChange',
  'What importing a row does: NEW, the first report of its unit and half-year; CHANGED, a new version; UNCHANGED, as the latest version, so nothing is stored.',
);

@ObjectType({
  description: 'What is wrong at a line and column of a staffing file, as a rule with its params.',
})
export class StaffingCsvError {
  @Field(() => Int, { description: 'The line in the file; the header is line 1.' }) line!: number;
  @Field({ description: 'The column, or (file) for the file as a whole.' }) column!: string;
  @Field({ description: 'English, for API users; clients show the rule with its params in Swedish (libs/swedish).' })
  message!: string;
  @Field({ description: 'The rule the cell breaks, as extensions.rule of an error.' }) rule!: string;
  @Field(() => RuleParamsScalar) params!: RuleParams;
}

@ObjectType({ description: 'A row of a staffing file as it is (or, on a dry run, would be) stored.' })
export class StaffingImportRow {
  @Field(() => Int, { description: 'The line in the file; the header is line 1.' }) line!: number;
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field(() => StaffingImportChangeEnum, { description: 'What importing the row does (on a dry run: would do).' })
  change!: ImportChange;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: '1 for January–June, 2 for July–December.' }) half!: number;
  @Field(() => Int, {
    description:
      'The version the report got (on a dry run: would get); a resubmission keeps the earlier ones, and an unchanged row keeps the latest.',
  })
  version!: number;
  @Field(() => Int) managers!: number;
  @Field(() => Int) permanent!: number;
  @Field(() => Int) temporary!: number;
  @Field(() => Int) hourly!: number;
  @Field(() => Float) sickLeavePercent!: number;
  @Field(() => Float) staffTurnoverPercent!: number;
  @Field(() => [JobTitleCount]) jobTitles!: JobTitleCount[];
}

@ObjectType({
  description:
    'Either every row was imported, or none was and the errors say why. On a dry run nothing is stored: accepted says whether the file would be, and rows what would be.',
})
export class StaffingImportResult {
  @Field({ description: 'The file passed every rule (and, unless a dry run, was stored).' }) accepted!: boolean;
  @Field({ description: 'Nothing was stored: the file was only checked.' }) dryRun!: boolean;
  @Field(() => Int, {
    description:
      'Reports stored, each as a new version of its unit and half-year (created and changed); 0 on a dry run.',
  })
  imported!: number;
  @Field(() => Int, { description: 'Rows whose unit had no report of the half-year (on a dry run: would be stored).' })
  created!: number;
  @Field(() => Int, { description: 'Rows that differ from the latest version, stored as the next one.' })
  changed!: number;
  @Field(() => Int, { description: 'Rows as the latest version already says, not stored again.' })
  unchanged!: number;
  @Field(() => [StaffingImportRow], { description: 'The rows stored or, on a dry run, to be stored; none if refused.' })
  rows!: StaffingImportRow[];
  @Field(() => [StaffingCsvError]) errors!: StaffingCsvError[];
}
