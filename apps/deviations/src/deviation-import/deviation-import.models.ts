import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { RuleParams } from '@kvalitetsnav/codes';
import { RuleParamsScalar } from '@kvalitetsnav/service-kit';

@ObjectType()
export class CsvRowError {
  @Field(() => Int, { description: 'The line in the file; the header is line 1.' }) line!: number;
  @Field({ description: 'The column, or (file) for the file as a whole.' }) column!: string;
  @Field({ description: 'English, for API users; clients show the rule with its params in Swedish (libs/swedish).' })
  message!: string;
  @Field({ description: 'The rule the cell breaks, as extensions.rule of an error.' }) rule!: string;
  @Field(() => RuleParamsScalar) params!: RuleParams;
}

@ObjectType({ description: 'Either every row was imported, or none was and the errors say why.' })
export class DeviationImportResult {
  @Field() accepted!: boolean;
  @Field(() => Int) imported!: number;
  @Field(() => [CsvRowError]) errors!: CsvRowError[];
}
