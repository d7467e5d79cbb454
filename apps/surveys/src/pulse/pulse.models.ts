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

@ObjectType({ description: 'A unit expected to answer the pulse, with its provider.' })
export class PulseUnit {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The service area code, e.g. LSS_GROUP_HOME.' }) serviceArea!: string;
  @Field(() => ID) providerId!: string;
  @Field() providerName!: string;
}

@ObjectType({ description: 'An answer that is a signal: a score at or above the threshold, or a yes.' })
export class PulseSignal {
  @Field(() => ID) providerId!: string;
  @Field() providerName!: string;
  @Field(() => ID, {
    nullable: true,
    description: "The unit whose answer it is; null for a provider's answer from before answers were per unit.",
  })
  unitId!: string | null;
  @Field(() => String, { nullable: true, description: "The unit's name; null as unitId is." })
  unitName!: string | null;
  @Field({ description: "The question's key." }) questionKey!: string;
  @Field({ description: "The question's text." }) questionText!: string;
  @Field(() => PulseAnswerTypeEnum) answerType!: PulseAnswerType;
  @Field(() => Int, { description: 'The score, or 1 for a yes.' }) score!: number;
}

@ObjectType({ description: "One unit's answer a week with its provider, the signals in it and their follow-ups." })
export class PulseUnitAnswer {
  @Field(() => PulseUnit, {
    nullable: true,
    description: "The unit; null for a provider's answer from before answers were per unit.",
  })
  unit!: PulseUnit | null;
  @Field(() => ID) providerId!: string;
  @Field() providerName!: string;
  @Field(() => PulseAnswer) answer!: PulseAnswer;
  @Field(() => [PulseSignal]) signals!: PulseSignal[];
  @Field(() => [PulseFollowUp], {
    description:
      'Follow-ups of the signals at this unit and of its provider as a whole, the latest first (none shown to providers).',
  })
  followUps!: PulseFollowUp[];
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
  @Field(() => [PulseAnswer], { description: "The week's answers, one per unit (see unitAnswers for the units)." })
  answers!: PulseAnswer[];
  @Field(() => [PulseUnitAnswer], {
    description: "The week's answers per unit with unit and provider, by provider and unit name.",
  })
  unitAnswers!: PulseUnitAnswer[];
  @Field(() => [PulseUnit], { description: 'Units that have answered the week, by provider and unit name.' })
  answeredUnits!: PulseUnit[];
  @Field(() => [PulseUnit], {
    description:
      "Units expected to answer that have not answered the week, by provider and unit name. A provider's answer from before answers were per unit stands for all its units.",
  })
  missingUnits!: PulseUnit[];
  @Field(() => [PulseProvider], {
    description: 'Providers with at least one answer the week, by name (some of their units may still be missing).',
  })
  answered!: PulseProvider[];
  @Field(() => [PulseProvider], {
    description:
      'Providers with a unit that has not answered this week (or, without units, no answer at all), by name. Since answers are per unit a provider can be both answered and missing.',
  })
  missing!: PulseProvider[];
  @Field(() => [PulseSignal], {
    description: 'Every signal of the week, per unit (a provider with two units can have the same question twice).',
  })
  signals!: PulseSignal[];
  @Field(() => [PulseFollowUp], {
    description: "Officials' follow-ups of the week's signals, the latest first (none shown to providers).",
  })
  followUps!: PulseFollowUp[];
}

@ObjectType({ description: "A provider's (or a unit's, in perUnit) week of a pulse period." })
export class PulseUnitWeek {
  @Field() week!: string;
  @Field({ description: 'Whether the provider (any of its units) or the unit has answered the week.' })
  answered!: boolean;
  @Field(() => [PulseQuestionValue], {
    description:
      "The answer's values. For a provider whose units answered, each question's highest value among them (the unit worst off).",
  })
  values!: PulseQuestionValue[];
  @Field(() => [String], { description: 'The keys of the questions whose answers are signals.' })
  signalKeys!: string[];
  @Field(() => [PulseFollowUp], { description: 'Follow-ups of the signals, the latest first.' })
  followUps!: PulseFollowUp[];
}

@ObjectType({ description: "A provider's (or one of its units') answers week by week in a pulse period." })
export class PulseUnitAnswers {
  @Field(() => ID) providerId!: string;
  @Field() providerName!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      "The unit of a row of perUnit; null in units (a provider's row) and for a provider's answers from before answers were per unit.",
  })
  unitId!: string | null;
  @Field(() => String, { nullable: true, description: "The unit's name; null as unitId is." })
  unitName!: string | null;
  @Field(() => [PulseUnitWeek], { description: 'Every week of the period so far, the first first.' })
  weeks!: PulseUnitWeek[];
}

@ObjectType({ description: "A question's week across the units' answers (those the trend is filtered to)." })
export class PulseQuestionWeekFigures {
  @Field() week!: string;
  @Field(() => Int, {
    description: "How many answered it: units, and providers' answers from before answers were per unit.",
  })
  answers!: number;
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

@ObjectType({ description: 'A pulse period week by week: answers per provider and unit, and the trend per question.' })
export class PulseTrend {
  @Field(() => PulsePeriod) period!: PulsePeriod;
  @Field(() => Int) threshold!: number;
  @Field(() => [String], { description: 'The weeks of the period that have begun, the first first.' })
  weeks!: string[];
  @Field(() => [PulseUnitAnswers], {
    description: 'Every provider (or the one filtered to), by name; a week of several units gives the worst value.',
  })
  units!: PulseUnitAnswers[];
  @Field(() => [PulseUnitAnswers], {
    description:
      'Every unit (or those filtered to) by provider and unit name, and a row per provider with answers from before answers were per unit.',
  })
  perUnit!: PulseUnitAnswers[];
  @Field(() => [PulseQuestionTrend], { description: "The period's questions, in order." })
  questions!: PulseQuestionTrend[];
}
