import { EtsSpec } from './ets';
import { fitEts } from './fit';
import { mase, smape } from './metrics';
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
}

/**
 * Rolling-origin evaluation (FPP §5.10): fit on y[0..t), forecast `horizon` steps, compare,
 * move the origin one step, and average MASE and sMAPE over all origins.
 */
export function rollingOrigin(
  y: number[],
  forecastFrom: (training: number[]) => number[],
  options: BacktestOptions,
): Accuracy | null {
  const { period, horizon } = options;
  const minTrain = options.minTrain ?? Math.max(2 * period + 2, 12);
  const maseValues: number[] = [];
  const smapeValues: number[] = [];
  for (let origin = minTrain; origin + horizon <= y.length; origin++) {
    const training = y.slice(0, origin);
    const actual = y.slice(origin, origin + horizon);
    const forecast = forecastFrom(training).slice(0, horizon);
    maseValues.push(mase(actual, forecast, training, period));
    smapeValues.push(smape(actual, forecast));
  }
  if (!maseValues.length) return null;
  const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
  return { mase: mean(maseValues), smape: mean(smapeValues), origins: maseValues.length };
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
