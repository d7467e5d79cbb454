import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { Field, InputType } from '@nestjs/graphql';
import { IsList, IsOneOf, IsText } from '@kvalitetsnav/service-kit';
import { AnswerInput } from '../responses/responses.inputs';
import { Gender, GENDERS } from '../responses/answer-sheet-rules';
import { GenderEnum } from '../responses/responses.models';

@InputType({ description: 'One anonymous answer sheet through an answer link: no name or identity number is taken.' })
export class SubmitSurveyAnswerByCodeInput {
  @Field() @IsText(100) code!: string;
  @Field(() => GenderEnum, { nullable: true, description: 'Left out: not stated.' })
  @IsOptional()
  @IsOneOf(GENDERS)
  gender?: Gender | null;
  @Field(() => [AnswerInput])
  @IsList(0, 200)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers!: AnswerInput[];
}
