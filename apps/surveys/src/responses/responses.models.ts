import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { GENDERS } from './answer-sheet-rules';

export const GenderEnum = registerStringEnum(GENDERS, 'Gender');

@ObjectType()
export class SurveyResponseReceipt {
  @Field(() => ID) id!: string;
  @Field(() => ID) roundId!: string;
  @Field(() => ID) unitId!: string;
}

@ObjectType()
export class ResponseCsvError {
  @Field(() => Int) line!: number;
  @Field() column!: string;
  @Field() message!: string;
}

@ObjectType({ description: 'Either every row was imported, or none was and the errors say why.' })
export class ResponseImportResult {
  @Field() accepted!: boolean;
  @Field(() => Int) imported!: number;
  @Field(() => [ResponseCsvError]) errors!: ResponseCsvError[];
}
