import quantile from '@stdlib/stats-base-dists-normal-quantile';
import { linearForecastVariance, pointForecast } from './ets';
import type { FittedEts } from './fit';
import { simulate } from './simulate';

/** A forecast's point path and its prediction intervals at any level. */
export interface ForecastDistribution {
  point: number[];
  bounds(level: number): { lower: number[]; upper: number[] };
}

export const normalQuantile = (p: number): number => quantile(p, 0, 1);

/** Normal intervals around `point` with standard deviations `sd`. */
export function normalDistribution(point: number[], sd: number[]): ForecastDistribution {
  return {
    point,
    bounds: (level) => {
      const z = normalQuantile(1 - (1 - level) / 2);
      return { lower: point.map((p, i) => p - z * sd[i]), upper: point.map((p, i) => p + z * sd[i]) };
    },
  };
}

/** Linear interpolation between order statistics, as R's quantile type 7. */
export function sampleQuantile(sorted: number[], q: number): number {
  const position = q * (sorted.length - 1);
  const low = Math.floor(position);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (position - low);
}

/**
 * An ETS model's forecast: exact normal intervals from the variance formula for linear models;
 * for a multiplicative season, quantiles of simulated future paths (seeded, so repeatable).
 */
export function etsDistribution(model: FittedEts, horizon: number, paths = 2000): ForecastDistribution {
  const point = pointForecast(model.spec, model.params, model.state, horizon);
  if (model.spec.season !== 'M')
    return normalDistribution(
      point,
      linearForecastVariance(model.spec, model.params, model.sigma2, horizon).map(Math.sqrt),
    );
  // Simulated only when intervals are asked for: a backtest needs the points alone.
  let sorted: number[][] | null = null;
  const columns = () => (sorted ??= simulate(model, horizon, paths).map((column) => column.sort((a, b) => a - b)));
  return {
    point,
    bounds: (level) => {
      const simulated = columns();
      return {
        lower: simulated.map((column) => sampleQuantile(column, (1 - level) / 2)),
        upper: simulated.map((column) => sampleQuantile(column, 1 - (1 - level) / 2)),
      };
    },
  };
}

/**
 * The mean of several forecasts (Bates & Granger 1969; the M4 competition's "comb"): the point
 * the mean of their points, each bound the mean of their bounds, which is exact for normal
 * forecasts whose errors move together and errs wide where they do not.
 */
export function combine(parts: ForecastDistribution[]): ForecastDistribution {
  const mean = (rows: number[][]) => rows[0].map((_, i) => rows.reduce((s, r) => s + r[i], 0) / rows.length);
  return {
    point: mean(parts.map((p) => p.point)),
    bounds: (level) => {
      const each = parts.map((p) => p.bounds(level));
      return { lower: mean(each.map((b) => b.lower)), upper: mean(each.map((b) => b.upper)) };
    },
  };
}

/** For a series that cannot go below zero (counts): point and bounds cut at zero. */
export function atLeastZero(forecast: ForecastDistribution): ForecastDistribution {
  const cut = (xs: number[]) => xs.map((v) => Math.max(0, v));
  return {
    point: cut(forecast.point),
    bounds: (level) => {
      const { lower, upper } = forecast.bounds(level);
      return { lower: cut(lower), upper: cut(upper) };
    },
  };
}
