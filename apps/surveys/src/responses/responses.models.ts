import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLScalarType } from 'graphql';
import type { RuleParams } from '@kvalitetsnav/codes';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { GENDERS } from './answer-sheet-rules';

export const GenderEnum = registerStringEnum(GENDERS, 'Gender');

/**
 * A rule's params in a result (an import's refused rows), as a JSON object: the same object an
 * error carries in `extensions.params`, so a client renders both with one catalogue.
 */
export const RuleParamsScalar = new GraphQLScalarType<RuleParams, RuleParams>({
  name: 'RuleParams',
  description:
    "A broken rule's params as a JSON object, as in an error's extensions.params (the Swedish catalogue in libs/swedish renders them).",
  serialize: (value) => value as RuleParams,
  parseValue: () => {
    throw new TypeError('RuleParams is only returned, never taken as input');
  },
  parseLiteral: () => {
    throw new TypeError('RuleParams is only returned, never taken as input');
  },
});

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
