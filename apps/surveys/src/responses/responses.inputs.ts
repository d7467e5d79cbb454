import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { Gender } from './answer-sheet-rules';
import { GenderEnum } from './responses.models';

@InputType()
export class AnswerInput {
  @Field() @IsString() @Length(1, 40, { message: 'answers.questionId must be 1 to 40 characters' }) questionId!: string;
  @Field(() => String, { nullable: true, description: 'The option code; null for a question left unanswered.' })
  @IsOptional()
  @IsString()
  @Length(1, 60, { message: 'answers.option must be 1 to 60 characters' })
  option?: string | null;
}

@InputType({ description: 'An anonymous answer sheet: no name or identity number is taken.' })
export class SubmitSurveyResponseInput {
  @Field(() => ID) @IsUUID('all', { message: 'roundId must be a UUID' }) roundId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'unitId must be a UUID' }) unitId!: string;
  @Field(() => GenderEnum) @IsEnum(GenderEnum, { message: 'gender must be WOMAN, MAN or NOT_STATED' }) gender!: Gender;
  @Field(() => [AnswerInput])
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers!: AnswerInput[];
}
