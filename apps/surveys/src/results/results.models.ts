import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { EXCLUSION_REASONS, ExclusionReason } from '@kvalitetsnav/survey-stats';
import { RESULT_GROUPINGS } from './result-rules';

export const ResultGroupingEnum = registerStringEnum(
  RESULT_GROUPINGS,
  'SurveyResultGrouping',
  'TOTAL, per UNIT, PROVIDER, SERVICE_AREA (the form, e.g. group home vs service home) or GENDER.',
);

export const ExclusionReasonEnum = registerStringEnum(
  EXCLUSION_REASONS,
  'ExclusionReason',
  'Why something was left out of a figure: OPTED_OUT_UNITS (offered at units that opted out), NON_SUBSTANTIVE ("vet inte", "vill inte svara", "inte aktuellt"), UNANSWERED (question left unanswered).',
);

@ObjectType({ description: 'Something left out of a figure, why, and how many.' })
export class Exclusion {
  @Field(() => ExclusionReasonEnum) reasonCode!: ExclusionReason;
  @Field(() => Int, { nullable: true, description: 'OPTED_OUT_UNITS: how many units opted out.' })
  units?: number | null;
  @Field(() => Int, { description: 'How many were left out: people offered, or answers.' }) count!: number;
  @Field({
    description: 'The reason in English.',
    deprecationReason: 'Use reasonCode with the Swedish catalogue (libs/swedish)',
  })
  reason!: string;
}

@ObjectType({ description: 'A share with its working: numerator, denominator and what was excluded.' })
export class SurveyRatio {
  @Field(() => Int) numerator!: number;
  @Field(() => Int) denominator!: number;
  @Field(() => Float, { nullable: true, description: '0–1.' }) share!: number | null;
  @Field(() => [Exclusion]) excluded!: Exclusion[];
}

@ObjectType({ description: 'Wilson score interval.' })
export class ConfidenceInterval {
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => Float) level!: number;
}

@ObjectType()
export class QuestionResultModel {
  @Field() questionId!: string;
  @Field() text!: string;
  @Field({ description: 'Too few answers here (or it would give away a cell that has too few): not shown.' })
  suppressed!: boolean;
  @Field(() => SurveyRatio, { nullable: true }) sharePositive!: SurveyRatio | null;
  @Field(() => ConfidenceInterval, { nullable: true }) interval!: ConfidenceInterval | null;
  @Field(() => Float, { nullable: true, description: 'The national value from Kolada, as a share 0–1.' }) national!:
    number | null;
  @Field(() => Float, { nullable: true, description: "Kolada's published value for our municipality, as a share 0–1." })
  koladaOwn!: number | null;
  @Field(() => Float, { nullable: true, description: 'The share in the round compared with.' }) previous!:
    number | null;
}

@ObjectType()
export class SurveyResultGroup {
  @Field({ description: 'TOTAL, a unit or provider id, a service area or a gender.' }) key!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Int) answers!: number;
  @Field(() => SurveyRatio, {
    nullable: true,
    description: 'None for gender: how many of each were offered is not known.',
  })
  responseRate!: SurveyRatio | null;
  @Field(() => SurveyRatio, {
    nullable: true,
    description: "The same group's response rate in the round compared with (compareWithRoundId); none for gender.",
  })
  previousResponseRate!: SurveyRatio | null;
  @Field(() => [QuestionResultModel]) questions!: QuestionResultModel[];
}

@ObjectType({ description: "A unit's result in a closed round." })
export class UnitSurveyResult {
  @Field(() => ID) roundId!: string;
  @Field() roundName!: string;
  @Field() period!: string;
  @Field() optedOut!: boolean;
  @Field(() => Int) answers!: number;
  @Field(() => SurveyRatio) responseRate!: SurveyRatio;
  @Field(() => Float, { nullable: true, description: 'All questions pooled; none when a question is suppressed.' })
  sharePositive!: number | null;
}

@ObjectType({
  description: "One answer option's part of a question's answers in a group: one row of a round's answer distribution.",
})
export class SurveyAnswerShare {
  @Field({ description: 'TOTAL, a unit or provider id, a service area or a gender.' }) groupKey!: string;
  @Field(() => String, { nullable: true }) groupName!: string | null;
  @Field() questionId!: string;
  @Field() questionText!: string;
  @Field() optionCode!: string;
  @Field({ description: 'The wording respondents saw.' }) optionLabel!: string;
  @Field({ description: 'Not in the base of the shares, as for the share positive.' }) nonSubstantive!: boolean;
  @Field({
    description: 'Too few answers in the group (or it would give away one that has too few): no count nor share.',
  })
  suppressed!: boolean;
  @Field(() => Int, { nullable: true, description: 'How many gave this answer; none when suppressed.' })
  count!: number | null;
  @Field(() => SurveyRatio, {
    nullable: true,
    description:
      'Over the substantive answers, with what was excluded; none for a non-substantive option or when suppressed.',
  })
  share!: SurveyRatio | null;
}

@ObjectType({ description: 'One pair of options in a cross-tabulation: how many gave both, and the share of the row.' })
export class SurveyCrossTabCell {
  @Field({ description: "The column question's option." }) optionCode!: string;
  @Field() optionLabel!: string;
  @Field({ description: 'Not in the base of the row’s shares, as for the share positive.' }) nonSubstantive!: boolean;
  @Field({ description: 'Too few answers (or it would give away a cell that has too few): no count nor share.' })
  suppressed!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'How many gave the row’s option and this one; none when suppressed.',
  })
  count!: number | null;
  @Field(() => SurveyRatio, {
    nullable: true,
    description:
      "Over the row's substantive answers to the column question, with what was excluded; none for a non-substantive option or when suppressed.",
  })
  share!: SurveyRatio | null;
}

@ObjectType({ description: "One option of the row question, against the column question's options." })
export class SurveyCrossTabRow {
  @Field() optionCode!: string;
  @Field() optionLabel!: string;
  @Field() nonSubstantive!: boolean;
  @Field({ description: 'The whole row is hidden: its total would give a small cell away.' }) suppressed!: boolean;
  @Field(() => Int, { nullable: true, description: 'How many gave this option and answered the column question.' })
  answers!: number | null;
  @Field(() => [SurveyCrossTabCell], { description: "In the order of the column question's options." })
  cells!: SurveyCrossTabCell[];
}

@ObjectType({ description: 'One option of the column question, with its total.' })
export class SurveyCrossTabColumn {
  @Field() optionCode!: string;
  @Field() optionLabel!: string;
  @Field() nonSubstantive!: boolean;
  @Field({ description: 'The whole column is hidden: its total would give a small cell away.' })
  suppressed!: boolean;
  @Field(() => Int, { nullable: true, description: 'How many gave this option and answered the row question.' })
  answers!: number | null;
}

@ObjectType({
  description:
    "Two questions of a round against each other, among those who answered both; suppressed with the round's minimum cell size.",
})
export class SurveyCrossTab {
  @Field(() => ID) roundId!: string;
  @Field(() => Int, { description: 'Cells with fewer answers are hidden, and whatever would give them away.' })
  minCell!: number;
  @Field() rowQuestionId!: string;
  @Field() rowQuestionText!: string;
  @Field() columnQuestionId!: string;
  @Field() columnQuestionText!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'How many answered both questions; none when it would give a cell away.',
  })
  answers!: number | null;
  @Field(() => [SurveyCrossTabRow]) rows!: SurveyCrossTabRow[];
  @Field(() => [SurveyCrossTabColumn]) columns!: SurveyCrossTabColumn[];
}
