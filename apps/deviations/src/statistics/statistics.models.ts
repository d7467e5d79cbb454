import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { DeviationKind } from '@kvalitetsnav/events';
import { DeviationKindEnum } from '../deviations/deviations.models';
import { Breakdown, BREAKDOWNS } from './breakdown-rules';
import { RATIO_EXCLUSIONS, RatioExclusion, STATISTICS_GROUPINGS, TREND_INTERVALS } from './statistics-rules';

export const StatisticsGroupingEnum = registerStringEnum(STATISTICS_GROUPINGS, 'DeviationGrouping');
export const DeviationBreakdownByEnum = registerStringEnum(
  BREAKDOWNS,
  'DeviationBreakdownBy',
  'What deviations are counted by: category (deviations, lex Sarah/Maria), root cause, complaint category or complainant (complaints).',
);
export const TrendIntervalEnum = registerStringEnum(TREND_INTERVALS, 'TrendInterval');
export const RatioExclusionEnum = registerStringEnum(
  RATIO_EXCLUSIONS,
  'RatioExclusion',
  'Why a ratio leaves items out of its denominator; the Swedish is in libs/swedish.',
);

@ObjectType({ description: 'A share with its working: numerator, denominator, and what was left out.' })
export class Ratio {
  @Field(() => Int) numerator!: number;
  @Field(() => Int) denominator!: number;
  @Field(() => Float, { nullable: true, description: 'numerator / denominator, 0–1; none when the denominator is 0.' })
  share!: number | null;
  @Field(() => Int, { description: 'Left out of the denominator, for the reason in excludedCode.' })
  excluded!: number;
  @Field(() => RatioExclusionEnum, { nullable: true, description: 'Why items were left out; none when none were.' })
  excludedCode!: RatioExclusion | null;
  @Field(() => String, {
    nullable: true,
    deprecationReason: 'Use excludedCode with the Swedish catalogue (libs/swedish)',
  })
  excludedReason!: string | null;
}

@ObjectType()
export class KindCount {
  @Field(() => DeviationKindEnum) kind!: DeviationKind;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Counts of deviations; figures only, no personal data.' })
export class DeviationStatistics {
  @Field(() => Int, { description: 'Everything registered: deviations, lex Sarah/Maria, complaints.' }) total!: number;
  @Field(() => Int, { description: 'Not yet closed.' }) open!: number;
  @Field(() => [KindCount]) byKind!: KindCount[];
  @Field(() => Int, { description: 'Deviations under SoL/LSS and HSL.' }) deviations!: number;
  @Field(() => Int) lexSarah!: number;
  @Field(() => Int) lexSarahSerious!: number;
  @Field(() => Int) lexSarahReportedToIvo!: number;
  @Field(() => Int) lexMaria!: number;
  @Field(() => Int) lexMariaReportedToIvo!: number;
  @Field(() => Int, { description: 'Comments and complaints.' }) complaints!: number;
  @Field(() => Int, { description: 'Deviations past two months without a final assessment.' }) overdue!: number;
  @Field(() => Ratio, { description: 'Finally assessed within two months, of the deviations whose outcome is known.' })
  closedWithinTwoMonths!: Ratio;
  @Field(() => Ratio, { description: 'With actions registered, of all deviations.' }) actionsRegistered!: Ratio;
  // A union, so no class is named in the decorator metadata before it is declared.
  @Field(() => PreviousYearStatistics, {
    nullable: true,
    description:
      "deviationStatistics only: the same figures for the filter's period one year earlier, and the change; none when the filter has no period.",
  })
  previousYear?: PreviousYearStatistics | null;
}

@ObjectType({ description: 'How many more (negative: fewer) there are now than a year earlier.' })
export class DeviationFiguresChange {
  @Field(() => Int) total!: number;
  @Field(() => Int) deviations!: number;
  @Field(() => Int) lexSarah!: number;
  @Field(() => Int) lexMaria!: number;
  @Field(() => Int) complaints!: number;
}

@ObjectType({ description: "The filter's period one year earlier: from (none when open) and to." })
export class StatisticsPeriod {
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field() to!: string;
}

@ObjectType({ description: 'The same figures one year earlier, and the change since.' })
export class PreviousYearStatistics {
  @Field(() => StatisticsPeriod) period!: StatisticsPeriod;
  @Field(() => DeviationStatistics) statistics!: DeviationStatistics;
  @Field(() => DeviationFiguresChange) change!: DeviationFiguresChange;
}

@ObjectType()
export class DeviationBreakdownEntry {
  @Field(() => String, {
    nullable: true,
    description:
      'The category or root cause code, ComplaintCategory or Complainant value; none for the deviations with nothing stated.',
  })
  key!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The managed list's Swedish wording (categories, root causes); none for enum values (libs/swedish).",
  })
  label!: string | null;
  @Field(() => Ratio, { description: 'The deviations with it, of the deviations of the kinds counted.' })
  count!: Ratio;
  @Field(() => Ratio, {
    nullable: true,
    description: 'The same, one year earlier; none when the filter has no period.',
  })
  previousYear!: Ratio | null;
  @Field(() => Int, { nullable: true, description: 'count less the count a year earlier.' })
  change!: number | null;
}

@ObjectType({ description: 'Deviations counted by what they are about, now and a year earlier.' })
export class DeviationBreakdown {
  @Field(() => DeviationBreakdownByEnum) by!: Breakdown;
  @Field(() => [DeviationKindEnum], { description: 'The kinds counted: the denominator is their number.' })
  kinds!: readonly DeviationKind[];
  @Field(() => Int) denominator!: number;
  @Field(() => Int, { nullable: true }) previousYearDenominator!: number | null;
  @Field(() => StatisticsPeriod, { nullable: true, description: 'None when the filter has no period.' })
  previousYearPeriod!: StatisticsPeriod | null;
  @Field(() => [DeviationBreakdownEntry], {
    description: 'The largest count first; the deviations with nothing stated last. Root causes overlap.',
  })
  entries!: DeviationBreakdownEntry[];
}

@ObjectType()
export class DeviationStatisticsGroup {
  @Field({ description: 'The sector, service area, provider id or unit id.' }) key!: string;
  @Field(() => String, { nullable: true, description: "The sector's, service area's, provider's or unit's name." })
  name!: string | null;
  @Field(() => DeviationStatistics) statistics!: DeviationStatistics;
}

@ObjectType()
export class DeviationTrendPoint {
  @Field({ description: 'YYYY-MM, YYYY-Qn or YYYY.' }) period!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) deviations!: number;
  @Field(() => Int) lexSarah!: number;
  @Field(() => Int) lexMaria!: number;
  @Field(() => Int) complaints!: number;
}
