import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsCode, IsList, IsOneOf, IsText } from '@kvalitetsnav/service-kit';
import { AnswerTypeEnum } from './question-guide.entity';
import { AnswerType } from './question-guide-rules';

@InputType()
export class GuideQuestionInput {
  @Field()
  @IsCode()
  key!: string;

  @Field()
  @IsText(1000)
  text!: string;

  @Field(() => AnswerTypeEnum)
  @IsOneOf(AnswerTypeEnum)
  answerType!: AnswerType;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsList(0, 20)
  options?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(1000)
  requirement?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCode()
  askedWhenYes?: string | null;
}

@InputType({ description: 'Publishes the next version of the guide under its key.' })
export class PublishQuestionGuideInput {
  @Field()
  @IsCode()
  key!: string;

  @Field()
  @IsText(300)
  title!: string;

  @Field(() => [GuideQuestionInput])
  @IsList(1, 100)
  @ValidateNested({ each: true })
  @Type(() => GuideQuestionInput)
  questions!: GuideQuestionInput[];
}
