import { Injectable } from '@nestjs/common';
import { Args, Field, Float, ID, InputType, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { Identity } from '@kvalitetsnav/auth';
import { forecast } from '@kvalitetsnav/forecast';
import { CurrentIdentity, registerStringEnum, RequireRoles } from '@kvalitetsnav/service-kit';
import { CaseFlowsService } from '../case-flows/case-flows';
import { invalid } from '../errors/forecasting-error';
import { addMonth } from '../rules/months';

export const MEASURES = ['INCOMING', 'OUTGOING', 'BALANCE'] as const;
export type Measure = (typeof MEASURES)[number];
export const MeasureEnum = registerStringEnum(MEASURES, 'CaseFlowMeasure');

@InputType({ description: 'Which monthly case-flow series to forecast.' })
export class ForecastSeriesInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'unitId must be a UUID' }) unitId?:
    string | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'providerId must be a UUID' })
  providerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() service?: string | null;
  @Field(() => MeasureEnum, { defaultValue: 'INCOMING' })
  @IsEnum(MeasureEnum, { message: 'measure must be INCOMING, OUTGOING or BALANCE' })
  measure!: Measure;
}

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

const MIN_MONTHS = 24;

@Injectable()
export class ForecastsService {
  constructor(private readonly caseFlows: CaseFlowsService) {}

  async forecast(series: ForecastSeriesInput, horizon: number, identity: Identity): Promise<Forecast> {
    const months = await this.caseFlows.monthly(
      { unitId: series.unitId, providerId: series.providerId, service: series.service, source: 'PROVIDER' },
      identity,
    );
    const gaps = months.filter((m) => m.reports === 0).map((m) => m.month);
    if (gaps.length) throw invalid('series', `the series has months without reports: ${gaps.join(', ')}`);
    if (months.length < MIN_MONTHS)
      throw invalid(
        'series',
        `a forecast needs at least ${MIN_MONTHS} months of reports; the series has ${months.length}`,
      );
    const values = months.map((m) =>
      series.measure === 'INCOMING' ? m.incoming : series.measure === 'OUTGOING' ? m.outgoing : m.balance,
    );
    const result = forecast(values, horizon, { period: 12 });
    const last = months[months.length - 1].month;
    return {
      model: result.model,
      level: result.level,
      history: months.map((m, i) => ({ month: m.month, value: values[i] })),
      points: result.point.map((value, i) => ({
        month: addMonth(last, i + 1),
        value,
        lower: result.lower[i],
        upper: result.upper[i],
      })),
      candidates: result.candidates,
      accuracy: result.accuracy,
      baseline: result.baseline,
      beatsBaseline: result.beatsBaseline,
    };
  }
}

@Resolver()
export class ForecastsResolver {
  constructor(private readonly forecasts: ForecastsService) {}

  @Query(() => Forecast, {
    description: 'Forecasts a monthly case-flow series (at least 24 months, no gaps) for 1 to 36 months.',
  })
  @RequireRoles('PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING')
  forecast(
    @Args('series', { type: () => ForecastSeriesInput }) series: ForecastSeriesInput,
    @Args('horizon', { type: () => Int }) horizon: number,
    @CurrentIdentity() identity: Identity,
  ): Promise<Forecast> {
    if (!Number.isInteger(horizon) || horizon < 1 || horizon > 36)
      throw invalid('horizon', `horizon must be 1 to 36 months, was ${horizon}`);
    return this.forecasts.forecast(series, horizon, identity);
  }
}
