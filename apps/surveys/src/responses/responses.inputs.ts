import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsId, IsList, IsOneOf, IsText } from '@kvalitetsnav/service-kit';
import { Gender, GENDERS } from './answer-sheet-rules';
import { GenderEnum } from './responses.models';

@InputType()
export class AnswerInput {
  @Field() @IsText(40) questionId!: string;
  @Field(() => String, { nullable: true, description: 'The option code; null for a question left unanswered.' })
  @IsOptional()
  @IsText(60)
  option?: string | null;
}

@InputType({ description: 'An anonymous answer sheet: no name or identity number is taken.' })
export class SubmitSurveyResponseInput {
  @Field(() => ID) @IsId() roundId!: string;
  @Field(() => ID) @IsId() unitId!: string;
  @Field(() => GenderEnum) @IsOneOf(GENDERS) gender!: Gender;
  @Field(() => [AnswerInput])
  @IsList(0, 200)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers!: AnswerInput[];
}
