import { Accuracy, backtestEts, backtestSeasonalNaive } from './backtest';
import { etsForecast, selectEts } from './auto';
import { modelName } from './ets';
import { minimumLength } from './fit';
import { IntervalForecast } from './naive';

export interface ForecastResult extends IntervalForecast {
  model: string;
  /** Every model tried and its AICc, best first. */
  candidates: { model: string; aicc: number }[];
  params: { alpha: number; beta: number; gamma: number; phi: number };
  /** Rolling-origin accuracy of the chosen model and of the seasonal naive baseline, when the series is long enough. */
  accuracy: Accuracy | null;
  baseline: Accuracy | null;
  /** True when the chosen model's MASE beats the baseline's in the backtest. */
  beatsBaseline: boolean | null;
}

/** The forecast a user gets: the model AICc chose, its intervals, and whether it beat seasonal naive. */
export function forecast(
  series: number[],
  horizon: number,
  options: { period?: number; level?: number } = {},
): ForecastResult {
  const period = options.period ?? 12;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > 120)
    throw new RangeError(`horizon must be a whole number 1 to 120, was ${horizon}`);
  if (series.some((v) => !Number.isFinite(v))) throw new RangeError('the series must hold only finite numbers');
  const fits = selectEts(series, period);
  const best = fits[0];
  const intervals = etsForecast(best, horizon, options.level ?? 0.95);
  // Both judged on the same origins; a short series gets a shorter backtest horizon rather than none.
  const minTrain = Math.max(minimumLength(best.spec), 2 * period + 2);
  const backtestHorizon = Math.min(horizon, period, series.length - minTrain);
  const backtestOptions = { period, horizon: backtestHorizon, minTrain };
  const accuracy = backtestHorizon >= 1 ? backtestEts(series, best.spec, backtestOptions) : null;
  const baseline = backtestHorizon >= 1 ? backtestSeasonalNaive(series, backtestOptions) : null;
  return {
    ...intervals,
    model: modelName(best.spec),
    candidates: fits.map((f) => ({ model: modelName(f.spec), aicc: f.aicc })),
    params: best.params,
    accuracy,
    baseline,
    beatsBaseline: accuracy && baseline ? accuracy.mase < baseline.mase : null,
  };
}
