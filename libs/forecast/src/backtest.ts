import { EtsSpec } from './ets';
import { fitEts } from './fit';
import { mase, seasonalNaiveScale, smape } from './metrics';
import { seasonalNaive } from './naive';
import { pointForecast } from './ets';

export interface Accuracy {
  mase: number;
  smape: number;
  /** Forecast origins evaluated. */
  origins: number;
}

export interface BacktestOptions {
  period: number;
  horizon: number;
  /** Observations before the first origin; default two seasons, or 12. */
  minTrain?: number;
  /** At most this many origins, the latest ones kept evenly spaced; default every origin. */
  maxOrigins?: number;
}

/** Why a backtest gave no accuracy: too few observations, or a history with no scale. */
export type NoAccuracyReason = 'FORECAST_BACKTEST_TOO_SHORT' | 'FORECAST_ACCURACY_SCALE_ZERO';

export type BacktestResult = { accuracy: Accuracy; reason: null } | { accuracy: null; reason: NoAccuracyReason };

/** The origins a rolling backtest uses: every one from minTrain, or at most `max`, evenly spaced to the last. */
export function backtestOrigins(length: number, minTrain: number, horizon: number, max = Infinity): number[] {
  const last = length - horizon;
  if (last < minTrain) return [];
  const count = Math.min(last - minTrain + 1, max);
  const step = count > 1 ? (last - minTrain) / (count - 1) : 0;
  return Array.from({ length: count }, (_, i) => Math.round(last - (count - 1 - i) * step));
}

/**
 * Rolling-origin evaluation (FPP §5.10): fit on y[0..t), forecast `horizon` steps, compare,
 * move the origin, and average MASE and sMAPE over the origins. An origin whose training has
 * no seasonal naive error (a flat history) has no MASE scale and is left out; with none left,
 * the result says so instead of giving an infinite error.
 */
export function rollingBacktest(
  y: number[],
  forecastFrom: (training: number[]) => number[],
  options: BacktestOptions,
): BacktestResult {
  const { period, horizon } = options;
  const minTrain = options.minTrain ?? Math.max(2 * period + 2, 12);
  const origins = backtestOrigins(y.length, minTrain, horizon, options.maxOrigins);
  if (!origins.length || horizon < 1) return { accuracy: null, reason: 'FORECAST_BACKTEST_TOO_SHORT' };
  const maseValues: number[] = [];
  const smapeValues: number[] = [];
  for (const origin of origins) {
    const training = y.slice(0, origin);
    if (seasonalNaiveScale(training, period) === 0) continue;
    const actual = y.slice(origin, origin + horizon);
    const forecast = forecastFrom(training).slice(0, horizon);
    maseValues.push(mase(actual, forecast, training, period));
    smapeValues.push(smape(actual, forecast));
  }
  if (!maseValues.length) return { accuracy: null, reason: 'FORECAST_ACCURACY_SCALE_ZERO' };
  const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
  return { accuracy: { mase: mean(maseValues), smape: mean(smapeValues), origins: maseValues.length }, reason: null };
}

/** `rollingBacktest`'s accuracy, or null when it has none. */
export function rollingOrigin(
  y: number[],
  forecastFrom: (training: number[]) => number[],
  options: BacktestOptions,
): Accuracy | null {
  return rollingBacktest(y, forecastFrom, options).accuracy;
}

export function backtestEts(y: number[], spec: EtsSpec, options: BacktestOptions): Accuracy | null {
  return rollingOrigin(
    y,
    (training) => {
      const model = fitEts(training, spec);
      return pointForecast(spec, model.params, model.state, options.horizon);
    },
    { ...options, minTrain: Math.max(options.minTrain ?? 0, 2 * options.period + 2) },
  );
}

export function backtestSeasonalNaive(y: number[], options: BacktestOptions): Accuracy | null {
  return rollingOrigin(y, (training) => seasonalNaive(training, options.period, options.horizon).point, {
    ...options,
    minTrain: Math.max(options.minTrain ?? 0, 2 * options.period + 2),
  });
}
