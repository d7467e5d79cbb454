import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { DeviationKind } from '@kvalitetsnav/events';
import { DeviationKindEnum } from '../deviations/deviations.models';
import { RATIO_EXCLUSIONS, RatioExclusion, STATISTICS_GROUPINGS, TREND_INTERVALS } from './statistics-rules';

export const StatisticsGroupingEnum = registerStringEnum(STATISTICS_GROUPINGS, 'DeviationGrouping');
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
