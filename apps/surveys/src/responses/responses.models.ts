import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RuleParams } from '@kvalitetsnav/codes';
import { registerStringEnum, RuleParamsScalar } from '@kvalitetsnav/service-kit';
import { GENDERS } from './answer-sheet-rules';

export const GenderEnum = registerStringEnum(GENDERS, 'Gender');

@ObjectType()
export class SurveyResponseReceipt {
  @Field(() => ID) id!: string;
  @Field(() => ID) roundId!: string;
  @Field(() => ID) unitId!: string;
}

@ObjectType({ description: 'A refused row of a CSV file: where, and which rule it broke.' })
export class ResponseCsvError {
  @Field(() => Int) line!: number;
  @Field({ description: 'The column, or (header) or (file).' }) column!: string;
  @Field({ description: 'English, read beside the column.' }) message!: string;
  @Field({ description: 'The rule broken, as extensions.rule of an error (e.g. NOT_AN_OPTION).' }) rule!: string;
  @Field(() => RuleParamsScalar) params!: RuleParams;
}

@ObjectType({ description: 'Either every row was imported, or none was and the errors say why.' })
export class ResponseImportResult {
  @Field() accepted!: boolean;
  @Field(() => Int) imported!: number;
  @Field(() => [ResponseCsvError]) errors!: ResponseCsvError[];
}
