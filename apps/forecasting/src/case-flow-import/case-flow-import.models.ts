import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RuleParams } from '@kvalitetsnav/codes';
import { registerStringEnum, RuleParamsScalar } from '@kvalitetsnav/service-kit';
import type { CaseFlowSource } from '../case-flows/case-flow-rules';
import { CaseFlowSourceEnum, ReasonCount } from '../case-flows/case-flows.models';
import { IMPORT_CHANGES, ImportChange } from './monthly-change-rules';

export const MonthlyImportChangeEnum = registerStringEnum(
  IMPORT_CHANGES,
  'MonthlyImportChange',
  'What importing a row of case flows or placements does: NEW, nothing reported before; CHANGED, it replaces what was (case flows: a new version); UNCHANGED, as reported before, so nothing is stored.',
);

@ObjectType({
  description: 'What is wrong at a line and column of a file of monthly reports, as a rule with its params.',
})
export class MonthlyCsvError {
  @Field(() => Int, { description: 'The line in the file; the header is line 1.' }) line!: number;
  @Field({ description: 'The column, or (file) for the file as a whole.' }) column!: string;
  @Field({ description: 'English, for API users; clients show the rule with its params in Swedish (libs/swedish).' })
  message!: string;
  @Field({ description: 'The rule the cell breaks, as extensions.rule of an error.' }) rule!: string;
  @Field(() => RuleParamsScalar) params!: RuleParams;
}

@ObjectType({ description: 'A row of a case-flow file as it is (or, on a dry run, would be) stored.' })
export class CaseFlowImportRow {
  @Field(() => Int, { description: 'The line in the file; the header is line 1.' }) line!: number;
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field(() => MonthlyImportChangeEnum, { description: 'What importing the row does (on a dry run: would do).' })
  change!: ImportChange;
  @Field() service!: string;
  @Field() month!: string;
  @Field(() => CaseFlowSourceEnum) source!: CaseFlowSource;
  @Field(() => Int) incoming!: number;
  @Field(() => Int) outgoing!: number;
  @Field(() => [ReasonCount]) closedByReason!: ReasonCount[];
}

@ObjectType({
  description:
    'Either every row was imported, or none was and the errors say why. On a dry run nothing is stored: accepted says whether the file would be, and rows what would be.',
})
export class CaseFlowImportResult {
  @Field({ description: 'The file passed every rule (and, unless a dry run, was stored).' }) accepted!: boolean;
  @Field({ description: 'Nothing was stored: the file was only checked.' }) dryRun!: boolean;
  @Field(() => Int, {
    description:
      'Reports stored, each as a new version of its unit, service and month (created and changed); 0 on a dry run.',
  })
  imported!: number;
  @Field(() => Int, { description: 'Rows with nothing reported before for their unit, service, month and source.' })
  created!: number;
  @Field(() => Int, { description: 'Rows that differ from the latest version, stored as the next one.' })
  changed!: number;
  @Field(() => Int, { description: 'Rows as the latest version already says, not stored again.' })
  unchanged!: number;
  @Field(() => [CaseFlowImportRow], { description: 'The rows stored or, on a dry run, to be stored; none if refused.' })
  rows!: CaseFlowImportRow[];
  @Field(() => [MonthlyCsvError]) errors!: MonthlyCsvError[];
}
