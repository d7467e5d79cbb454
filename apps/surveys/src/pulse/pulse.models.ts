import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PulseAnswer, PulseQuestionValue } from './pulse-answer.entity';
import { PulseFollowUp } from './pulse-follow-up.entity';
import { PulseAnswerTypeEnum, PulsePeriod, PulseQuestion } from './pulse-period.entity';
import type { PulseAnswerType } from './pulse-rules';

@ObjectType()
export class PulseProvider {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType({ description: 'An answer that is a signal: a score at or above the threshold, or a yes.' })
export class PulseSignal {
  @Field(() => ID) providerId!: string;
  @Field() providerName!: string;
  @Field({ description: "The question's key." }) questionKey!: string;
  @Field({ description: "The question's text." }) questionText!: string;
  @Field(() => PulseAnswerTypeEnum) answerType!: PulseAnswerType;
  @Field(() => Int, { description: 'The score, or 1 for a yes.' }) score!: number;
}

@ObjectType()
export class PulseOverview {
  @Field() week!: string;
  @Field(() => PulsePeriod, {
    nullable: true,
    description: 'The pulse period the week belongs to; null when it is no pulse week.',
  })
  period!: PulsePeriod | null;
  @Field(() => [PulseQuestion], {
    description: "The week's questions: its period's, or the default ones outside a period.",
  })
  questions!: PulseQuestion[];
  @Field(() => Int) threshold!: number;
  @Field(() => [PulseAnswer]) answers!: PulseAnswer[];
  @Field(() => [PulseProvider], { description: 'Providers that have answered the week, by name.' })
  answered!: PulseProvider[];
  @Field(() => [PulseProvider], { description: 'Providers that have not answered this week.' })
  missing!: PulseProvider[];
  @Field(() => [PulseSignal]) signals!: PulseSignal[];
  @Field(() => [PulseFollowUp], {
    description: "Officials' follow-ups of the week's signals, the latest first (none shown to providers).",
  })
  followUps!: PulseFollowUp[];
}

@ObjectType({ description: "A provider's week of a pulse period." })
export class PulseUnitWeek {
  @Field() week!: string;
  @Field({ description: 'Whether the provider has answered the week.' }) answered!: boolean;
  @Field(() => [PulseQuestionValue]) values!: PulseQuestionValue[];
  @Field(() => [String], { description: 'The keys of the questions whose answers are signals.' })
  signalKeys!: string[];
  @Field(() => [PulseFollowUp], { description: 'Follow-ups of the signals, the latest first.' })
  followUps!: PulseFollowUp[];
}

@ObjectType({ description: "A provider's answers week by week in a pulse period." })
export class PulseUnitAnswers {
  @Field(() => ID) providerId!: string;
  @Field() providerName!: string;
  @Field(() => [PulseUnitWeek], { description: 'Every week of the period so far, the first first.' })
  weeks!: PulseUnitWeek[];
}

@ObjectType({ description: "A question's week across the providers' answers." })
export class PulseQuestionWeekFigures {
  @Field() week!: string;
  @Field(() => Int, { description: 'How many providers answered it.' }) answers!: number;
  @Field(() => Float, { nullable: true, description: 'The average score (SCALE), two decimals; null without answers.' })
  average!: number | null;
  @Field(() => Int, { description: 'Yeses (YES_NO).' }) yes!: number;
  @Field(() => Int, { description: 'Noes (YES_NO).' }) no!: number;
  @Field(() => Int, { description: 'Answers that are signals.' }) signals!: number;
}

@ObjectType({ description: "A question's trend over the weeks of a pulse period." })
export class PulseQuestionTrend {
  @Field() key!: string;
  @Field() text!: string;
  @Field(() => PulseAnswerTypeEnum) answerType!: PulseAnswerType;
  @Field(() => [PulseQuestionWeekFigures]) weeks!: PulseQuestionWeekFigures[];
}

@ObjectType({ description: 'A pulse period week by week: answers per provider and the trend per question.' })
export class PulseTrend {
  @Field(() => PulsePeriod) period!: PulsePeriod;
  @Field(() => Int) threshold!: number;
  @Field(() => [String], { description: 'The weeks of the period that have begun, the first first.' })
  weeks!: string[];
  @Field(() => [PulseUnitAnswers], { description: 'Every provider, by name.' }) units!: PulseUnitAnswers[];
  @Field(() => [PulseQuestionTrend], { description: "The period's questions, in order." })
  questions!: PulseQuestionTrend[];
}
