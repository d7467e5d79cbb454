import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { HasFormat, IsFlag, IsList, IsOneOf, IsText } from '@kvalitetsnav/service-kit';
import { SURVEY_KINDS, SurveyKind, SurveyKindEnum } from './definition.entity';

const CODE = /^[A-Z][A-Z0-9_]{0,59}$/;
const KOLADA_KPI = /^[A-Z]\d{5}$/;

@InputType()
export class AnswerOptionInput {
  @Field() @HasFormat(CODE, 'UPPER_SNAKE') code!: string;
  @Field() @IsText(200) label!: string;
  @Field() @IsFlag() positive!: boolean;
  @Field({ defaultValue: false }) @IsFlag() nonSubstantive!: boolean;
}

@InputType()
export class SurveyQuestionInput {
  /** Its characters are a definition rule (BAD_QUESTION_ID): no input rule names that format. */
  @Field() @IsText(40) id!: string;
  @Field() @IsText(1000) text!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @HasFormat(KOLADA_KPI, 'KOLADA_KPI')
  koladaKpi?: string | null;
  // At least two: a definition rule, so it is reported with the definition's other problems.
  @Field(() => [AnswerOptionInput])
  @IsList(0, 20)
  @ValidateNested({ each: true })
  @Type(() => AnswerOptionInput)
  options!: AnswerOptionInput[];
}

@InputType()
export class CreateSurveyDefinitionInput {
  @Field({ description: 'Stable code; a definition with the same code gets the next version.' })
  @HasFormat(CODE, 'UPPER_SNAKE')
  code!: string;
  @Field() @IsText(300) name!: string;
  @Field(() => SurveyKindEnum, { defaultValue: 'USER_SURVEY' })
  @IsOneOf(SURVEY_KINDS)
  kind!: SurveyKind;
  @Field({ defaultValue: false }) @IsFlag() pictureSupported!: boolean;
  // At least one: a definition rule (NO_QUESTIONS).
  @Field(() => [SurveyQuestionInput])
  @IsList(0, 100)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  questions!: SurveyQuestionInput[];
}
