import { Accuracy, NoAccuracyReason, rollingBacktest } from './backtest';
import { autoForecast, forecastByPlan, MIN_OBSERVATIONS, planFits, planMinimum } from './auto';
import { modelName } from './ets';
import { inputViolations } from './input';
import { IntervalForecast } from './naive';
import { seasonalNaive } from './naive';

export interface ForecastResult extends IntervalForecast {
  /** The method: the mean of its components, named. */
  model: string;
  /** The models combined. */
  components: string[];
  /** Whether the seasonality test found a season. */
  seasonal: boolean;
  /** Every ETS model tried and its AICc, best first. */
  candidates: { model: string; aicc: number }[];
  /** The smoothing parameters of the ETS model AICc chose. */
  params: { alpha: number; beta: number; gamma: number; phi: number };
  /** Rolling-origin accuracy of the method and of the seasonal naive baseline, when it can be measured. */
  accuracy: Accuracy | null;
  baseline: Accuracy | null;
  /** Why `accuracy` is null: a rule of the forecasting catalogue, without params beyond `noAccuracyParams`. */
  noAccuracyReason: NoAccuracyReason | null;
  noAccuracyParams: { needed: number; have: number } | null;
  /** True when the method's MASE beats the baseline's in the backtest. */
  beatsBaseline: boolean | null;
  /** Intervals at every level asked for in `levels`, `lower`/`upper` being those at `level`. */
  intervals: { level: number; lower: number[]; upper: number[] }[];
}

/** Origins of the backtest: enough to judge a method, few enough to stay quick. */
export const BACKTEST_ORIGINS = 6;

/**
 * The forecast a user gets: the automatic method's forecast and intervals (see `autoForecast`),
 * and its rolling-origin accuracy beside seasonal naive's: the chosen models refitted at each
 * origin (choosing again at each would cost six times as much). Bad input is refused with the
 * forecasting rules (RuleViolation): non-finite values, fewer than MIN_OBSERVATIONS, a horizon
 * outside 1–120, a period that is not a whole number ≥ 1, a level outside (0, 1).
 */
export function forecast(
  series: number[],
  horizon: number,
  options: { period?: number; level?: number; levels?: number[]; backtest?: boolean } = {},
): ForecastResult {
  const period = options.period ?? 12;
  const level = options.level ?? 0.95;
  const levels = [...new Set([level, ...(options.levels ?? [])])];
  const problems = levels.flatMap((l, i) =>
    inputViolations(series, horizon, period, l, MIN_OBSERVATIONS).filter((v) => i === 0 || v.rule === 'FORECAST_LEVEL'),
  );
  if (problems.length) throw problems[0];
  const auto = autoForecast(series, horizon, period);
  const intervals = levels.map((l) => ({ level: l, ...auto.distribution.bounds(l) }));
  const best = auto.fits[0];
  // Both judged on the same origins, from where the chosen models can all be fitted; a short
  // series gets a shorter backtest horizon rather than none.
  const minTrain = Math.max(
    MIN_OBSERVATIONS + 1,
    Math.min(Math.max(2 * period, planMinimum(auto.plan, period)), series.length - 1),
  );
  const backtestHorizon = Math.max(1, Math.min(horizon, period, series.length - minTrain));
  const backtestOptions = { period, horizon: backtestHorizon, minTrain, maxOrigins: BACKTEST_ORIGINS };
  const measured =
    options.backtest === false
      ? null
      : rollingBacktest(
          series,
          (training) =>
            (planFits(auto.plan, training.length, period)
              ? forecastByPlan(training, backtestHorizon, period, auto.plan, undefined, auto.fitted)
              : autoForecast(training, backtestHorizon, period)
            ).distribution.point,
          backtestOptions,
        );
  const baseline =
    measured?.accuracy && options.backtest !== false
      ? rollingBacktest(series, (training) => seasonalNaive(training, period, backtestHorizon).point, backtestOptions)
          .accuracy
      : null;
  const accuracy = measured?.accuracy ?? null;
  const noAccuracyReason = measured?.reason ?? null;
  return {
    point: auto.distribution.point,
    lower: intervals[0].lower,
    upper: intervals[0].upper,
    level,
    intervals,
    model: auto.model,
    components: auto.components,
    seasonal: auto.seasonal,
    candidates: auto.fits.map((f) => ({ model: modelName(f.spec), aicc: f.aicc })),
    params: best.params,
    accuracy,
    baseline,
    noAccuracyReason,
    noAccuracyParams:
      noAccuracyReason === 'FORECAST_BACKTEST_TOO_SHORT'
        ? { needed: minTrain + backtestHorizon, have: series.length }
        : null,
    beatsBaseline: accuracy && baseline ? accuracy.mase < baseline.mase : null,
  };
}
