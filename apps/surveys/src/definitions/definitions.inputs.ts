import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { SurveyKind, SurveyKindEnum } from './definition.entity';

const CODE = /^[A-Z][A-Z0-9_]{0,59}$/;

@InputType()
export class AnswerOptionInput {
  @Field() @Matches(CODE, { message: 'options.code must be UPPER_SNAKE, 1 to 60 characters' }) code!: string;
  @Field() @IsString() @Length(1, 200, { message: 'options.label must be 1 to 200 characters' }) label!: string;
  @Field() @IsBoolean() positive!: boolean;
  @Field({ defaultValue: false }) @IsBoolean() nonSubstantive!: boolean;
}

@InputType()
export class SurveyQuestionInput {
  @Field()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'questions.id must be 1 to 40 letters, digits, "_" or "-"' })
  id!: string;
  @Field() @IsString() @Length(1, 1000, { message: 'questions.text must be 1 to 1000 characters' }) text!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]\d{5}$/, { message: 'questions.koladaKpi must look like U28532' })
  koladaKpi?: string | null;
  @Field(() => [AnswerOptionInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AnswerOptionInput)
  options!: AnswerOptionInput[];
}

@InputType()
export class CreateSurveyDefinitionInput {
  @Field({ description: 'Stable code; a definition with the same code gets the next version.' })
  @Matches(CODE, { message: 'code must be UPPER_SNAKE, 1 to 60 characters' })
  code!: string;
  @Field() @IsString() @Length(1, 300, { message: 'name must be 1 to 300 characters' }) name!: string;
  @Field(() => SurveyKindEnum, { defaultValue: 'USER_SURVEY' })
  @IsEnum(SurveyKindEnum, { message: 'kind must be USER_SURVEY or END_OF_INTERVENTION' })
  kind!: SurveyKind;
  @Field({ defaultValue: false }) @IsBoolean() pictureSupported!: boolean;
  @Field(() => [SurveyQuestionInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  questions!: SurveyQuestionInput[];
}
