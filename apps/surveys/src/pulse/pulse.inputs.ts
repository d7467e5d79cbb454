import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsId, IsIsoDate, IsIsoWeek, IsList, IsOneOf, IsText, IsWholeNumber } from '@kvalitetsnav/service-kit';
import { PulseAnswerTypeEnum } from './pulse-period.entity';
import { PulseFollowUpOutcomeEnum } from './pulse-follow-up.entity';
import { PULSE_FOLLOW_UP_OUTCOMES, PulseFollowUpOutcome } from './pulse-follow-up-rules';
import { PULSE_ANSWER_TYPES, PulseAnswerType } from './pulse-rules';

@InputType({ description: "One question's answer; its scale is the question's (a pulse rule checks it)." })
export class PulseQuestionAnswerInput {
  @Field({ description: "The question's key." }) @IsText(40) key!: string;
  @Field(() => Int, { description: 'SCALE: 1 (no problem) to 5 (severe); YES_NO: 1 yes, 0 no.' })
  @IsWholeNumber(0, 5)
  value!: number;
}

@InputType({ description: "The weekly pulse: an answer to each of the week's questions." })
export class SubmitPulseAnswerInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "The unit (boende, gruppbostad) the answer is for: required (the rule PULSE_UNIT_REQUIRED says so when it is left out). A provider's key answers for its own units.",
  })
  @IsOptional()
  @IsId()
  unitId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      "Not needed since answers are per unit (the unit's provider answers); when named it must be the unit's.",
  })
  @IsOptional()
  @IsId()
  providerId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO week, e.g. 2022-W07; default this week.' })
  @IsOptional()
  @IsIsoWeek()
  week?: string | null;
  // Each question answered once: a pulse rule, as it knows the week's questions.
  @Field(() => [PulseQuestionAnswerInput])
  @IsList(0, 50)
  @ValidateNested({ each: true })
  @Type(() => PulseQuestionAnswerInput)
  answers!: PulseQuestionAnswerInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsText(5000) comment?: string | null;
}

@ArgsType()
export class PulseOverviewArgs {
  @Field({ description: 'ISO week, e.g. 2022-W07.' }) @IsIsoWeek() week!: string;
}

@InputType({ description: 'A question of a pulse period.' })
export class PulseQuestionInput {
  /** Its characters are a pulse rule (BAD_QUESTION_ID), as for a survey question's id. */
  @Field({ description: 'Stable within the period, e.g. STAFFING.' }) @IsText(40) key!: string;
  @Field({ description: 'The question, in Swedish.' }) @IsText(500) text!: string;
  @Field(() => PulseAnswerTypeEnum, { defaultValue: 'SCALE' })
  @IsOneOf(PULSE_ANSWER_TYPES)
  answerType!: PulseAnswerType;
}

@InputType({ description: 'Opens a period of weekly pulse surveys (a crisis).' })
export class OpenPulsePeriodInput {
  @Field({ description: 'What the pulse is about, e.g. "Covid-19".' }) @IsText(200) name!: string;
  @Field(() => String, { nullable: true, description: 'The first pulse week, ISO; default this week.' })
  @IsOptional()
  @IsIsoWeek()
  fromWeek?: string | null;
  @Field(() => String, { nullable: true, description: 'The last pulse week; leave out to go on until ended.' })
  @IsOptional()
  @IsIsoWeek()
  toWeek?: string | null;
  @Field(() => [PulseQuestionInput], {
    nullable: true,
    description:
      'The questions asked each week; leave out for the default four (impact, staffing, protective equipment, worry).',
  })
  @IsOptional()
  @IsList(0, 20)
  @ValidateNested({ each: true })
  @Type(() => PulseQuestionInput)
  questions?: PulseQuestionInput[] | null;
}

@InputType({ description: 'Sets the last week of a pulse period.' })
export class EndPulsePeriodInput {
  @Field(() => ID) @IsId() id!: string;
  @Field(() => String, { nullable: true, description: 'The last pulse week, ISO; default this week.' })
  @IsOptional()
  @IsIsoWeek()
  lastWeek?: string | null;
}

@ArgsType()
export class PulseTrendArgs {
  @Field(() => ID) @IsId() periodId!: string;
  @Field(() => ID, { nullable: true, description: "Only this unit's answers." })
  @IsOptional()
  @IsId()
  unitId?: string | null;
  @Field(() => ID, { nullable: true, description: "Only this provider's answers (all its units)." })
  @IsOptional()
  @IsId()
  providerId?: string | null;
}

@InputType({ description: "Records an official's contact with a provider about its pulse signals one week." })
export class RecordPulseFollowUpInput {
  @Field(() => ID) @IsId() providerId!: string;
  @Field(() => ID, {
    nullable: true,
    description: "The provider's unit whose answer held the signals; leave out for the provider as a whole.",
  })
  @IsOptional()
  @IsId()
  unitId?: string | null;
  @Field({ description: 'The ISO week of the answer with the signals.' }) @IsIsoWeek() week!: string;
  @Field({ description: 'Who contacted the provider.' }) @IsText(200) contactedBy!: string;
  @Field({ description: 'The day of the contact, YYYY-MM-DD.' }) @IsIsoDate() contactedOn!: string;
  @Field(() => PulseFollowUpOutcomeEnum) @IsOneOf(PULSE_FOLLOW_UP_OUTCOMES) outcome!: PulseFollowUpOutcome;
  @Field({ description: 'What came of it. Personal identity numbers are removed.' })
  @IsText(5000)
  outcomeText!: string;
}
