import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { RuleParams } from '@kvalitetsnav/codes';
import { RuleParamsScalar } from '@kvalitetsnav/service-kit';

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

@ObjectType({ description: 'Either every row was imported, or none was and the errors say why.' })
export class CaseFlowImportResult {
  @Field() accepted!: boolean;
  @Field(() => Int, { description: 'Reports stored, each as a new version of its unit, service and month.' })
  imported!: number;
  @Field(() => [MonthlyCsvError]) errors!: MonthlyCsvError[];
}
