import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsCode, IsId, IsIsoDate, IsOneOf, IsText, IsWholeNumber } from '@kvalitetsnav/service-kit';
import { DecisionGenderEnum, DecisionLawEnum } from './decision-not-executed.entity';
import { DECISION_GENDERS, DECISION_LAWS, DecisionGender, DecisionLaw, YEARS } from './decision-rules';

@InputType()
export class RegisterDecisionNotExecutedInput {
  @Field({ description: 'A code from serviceAreas.' })
  @IsCode()
  serviceArea!: string;
  @Field(() => DecisionLawEnum, { description: 'SoL or LSS.' })
  @IsOneOf(DECISION_LAWS)
  law!: DecisionLaw;
  @Field(() => DecisionGenderEnum, { description: "The person's gender, as IVO asks." })
  @IsOneOf(DECISION_GENDERS)
  gender!: DecisionGender;
  @Field() @IsText(300) intervention!: string;
  @Field() @IsIsoDate() decidedOn!: string;
  @Field(() => String, {
    nullable: true,
    description: 'When an executed intervention was interrupted and not resumed; the three months run from it.',
  })
  @IsOptional()
  @IsIsoDate()
  interruptedOn?: string | null;
  @Field() @IsText(2000) reason!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() unitId?: string | null;
}

@InputType()
export class MarkDecisionExecutedInput {
  @Field(() => ID) @IsId() decisionId!: string;
  @Field({ description: 'Executed, or for an interruption resumed.' }) @IsIsoDate() executedOn!: string;
}

@InputType()
export class DecisionQuarterInput {
  @Field(() => Int) @IsWholeNumber(YEARS.min, YEARS.max) year!: number;
  @Field(() => Int, { description: '1–4.' }) @IsWholeNumber(1, 4) quarter!: number;
}
