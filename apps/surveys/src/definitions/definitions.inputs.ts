import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { HasFormat, IsFlag, IsId, IsList, IsOneOf, IsText } from '@kvalitetsnav/service-kit';
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
export class KoladaKpiForAreaInput {
  @Field({ description: 'The service area code, e.g. LSS_GROUP_HOME.' })
  @HasFormat(CODE, 'UPPER_SNAKE')
  serviceArea!: string;
  @Field() @HasFormat(KOLADA_KPI, 'KOLADA_KPI') kpi!: string;
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
  @Field(() => [KoladaKpiForAreaInput], {
    nullable: true,
    description: "Per service area, its own Kolada KPI (group homes' and service homes' differ in one survey).",
  })
  @IsOptional()
  @IsList(0, 50)
  @ValidateNested({ each: true })
  @Type(() => KoladaKpiForAreaInput)
  koladaKpiByServiceArea?: KoladaKpiForAreaInput[] | null;
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

@InputType({
  description:
    "A question's Kolada KPIs in one definition version, replacing those it had. They choose the national figures beside the results, not what was asked, so they change in place rather than making a new version.",
})
export class SetSurveyQuestionKoladaInput {
  @Field(() => ID) @IsId() definitionId!: string;
  @Field({ description: 'The question id within the definition, e.g. F1.' }) @IsText(40) questionId!: string;
  @Field(() => String, { nullable: true, description: 'The KPI for the total and the genders; none removes it.' })
  @IsOptional()
  @HasFormat(KOLADA_KPI, 'KOLADA_KPI')
  koladaKpi?: string | null;
  @Field(() => [KoladaKpiForAreaInput], { description: 'Per service area, its own KPI; an empty list removes them.' })
  @IsList(0, 50)
  @ValidateNested({ each: true })
  @Type(() => KoladaKpiForAreaInput)
  koladaKpiByServiceArea!: KoladaKpiForAreaInput[];
}
