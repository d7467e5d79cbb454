import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RuleParams } from '@kvalitetsnav/codes';
import { registerStringEnum, RuleParamsScalar } from '@kvalitetsnav/service-kit';
import { MEASURES } from './forecast-rules';

export const MeasureEnum = registerStringEnum(MEASURES, 'CaseFlowMeasure');

@ObjectType()
export class ForecastPoint {
  @Field() month!: string;
  @Field(() => Float) value!: number;
  @Field(() => Float) lower!: number;
  @Field(() => Float) upper!: number;
}

@ObjectType()
export class HistoryPoint {
  @Field() month!: string;
  @Field(() => Float) value!: number;
}

@ObjectType({ description: 'Rolling-origin accuracy over the history.' })
export class ForecastAccuracy {
  @Field(() => Float, {
    description: 'Mean absolute scaled error; under 1 beats the in-sample seasonal naive forecast.',
  })
  mase!: number;
  @Field(() => Float, { description: 'Symmetric MAPE, percent.' }) smape!: number;
  @Field(() => Int) origins!: number;
}

@ObjectType()
export class CandidateModel {
  @Field() model!: string;
  @Field(() => Float) aicc!: number;
}

@ObjectType({
  description:
    'A forecast with its intervals: the mean of the ETS model chosen by AICc, the Theta method and, for a seasonal series of 36 months or more, the airline model ARIMA(0,1,1)(0,1,1) (of the logarithms when above zero), else a damped-trend ETS model; with its accuracy beside the seasonal naive baseline.',
})
export class Forecast {
  @Field({ description: 'The method, e.g. mean(ETS(A,N,A), Theta, ETS(A,Ad,A)).' }) model!: string;
  @Field(() => [String], { description: 'The models the forecast is the mean of.' }) components!: string[];
  @Field({
    description:
      'Whether a season is modelled: the stable-seasonality F test above 2 (never for an intermittent series).',
  })
  seasonal!: boolean;
  @Field(() => Float) level!: number;
  @Field(() => [HistoryPoint]) history!: HistoryPoint[];
  @Field(() => [ForecastPoint]) points!: ForecastPoint[];
  @Field(() => [CandidateModel]) candidates!: CandidateModel[];
  @Field(() => ForecastAccuracy, {
    nullable: true,
    description: 'Null when it cannot be measured: see noAccuracyReason.',
  })
  accuracy!: ForecastAccuracy | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why accuracy is null, a rule of the catalogue: FORECAST_BACKTEST_TOO_SHORT or FORECAST_ACCURACY_SCALE_ZERO (a history without change from season to season).',
  })
  noAccuracyReason!: string | null;
  @Field(() => RuleParamsScalar, { nullable: true, description: "The reason's params, as the catalogue's." })
  noAccuracyParams!: RuleParams | null;
  @Field(() => ForecastAccuracy, { nullable: true, description: 'The seasonal naive baseline in the same backtest.' })
  baseline!: ForecastAccuracy | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the model beat the baseline in the backtest: trust it more when true.',
  })
  beatsBaseline!: boolean | null;
}

@ObjectType({
  description:
    "Whether a unit's case flows (the provider's, all services) can be forecast: at least 24 months from the first report to the last, none missing.",
})
export class ForecastReadiness {
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field(() => ID) providerId!: string;
  @Field(() => Int, { description: 'Months from the first report to the last.' }) months!: number;
  @Field(() => Int, { description: 'Of those, the months with a report.' }) monthsReported!: number;
  @Field(() => Int, { description: 'The months a forecast needs.' }) needed!: number;
  @Field() ready!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The rule a forecast of the unit would be refused by (extensions.rule), when not ready.',
  })
  rule!: string | null;
  @Field(() => RuleParamsScalar, { nullable: true, description: "The rule's params, as extensions.params." })
  params!: RuleParams | null;
}
