import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
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
    'A forecast with its intervals, the model chosen by AICc and its accuracy beside the seasonal naive baseline.',
})
export class Forecast {
  @Field() model!: string;
  @Field(() => Float) level!: number;
  @Field(() => [HistoryPoint]) history!: HistoryPoint[];
  @Field(() => [ForecastPoint]) points!: ForecastPoint[];
  @Field(() => [CandidateModel]) candidates!: CandidateModel[];
  @Field(() => ForecastAccuracy, { nullable: true }) accuracy!: ForecastAccuracy | null;
  @Field(() => ForecastAccuracy, { nullable: true, description: 'The seasonal naive baseline in the same backtest.' })
  baseline!: ForecastAccuracy | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the model beat the baseline in the backtest: trust it more when true.',
  })
  beatsBaseline!: boolean | null;
}
