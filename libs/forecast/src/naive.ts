import quantile from '@stdlib/stats-base-dists-normal-quantile';

export interface IntervalForecast {
  point: number[];
  lower: number[];
  upper: number[];
  level: number;
}

/**
 * Each month as the same month a season earlier (FPP §5.2). Its residual variance σ² gives
 * var(h) = σ²(k + 1), k = ⌊(h − 1)/m⌋.
 */
export function seasonalNaive(y: number[], period: number, horizon: number, level = 0.95): IntervalForecast {
  const m = period > 1 && y.length >= period ? period : 1;
  const residuals = y.slice(m).map((v, i) => v - y[i]);
  const sigma2 = residuals.length ? residuals.reduce((s, e) => s + e * e, 0) / residuals.length : 0;
  const z = quantile(1 - (1 - level) / 2, 0, 1);
  const point = Array.from({ length: horizon }, (_, i) => y[y.length - m + (i % m)]);
  const sd = point.map((_, i) => Math.sqrt(sigma2 * (Math.floor(i / m) + 1)));
  return { point, lower: point.map((p, i) => p - z * sd[i]), upper: point.map((p, i) => p + z * sd[i]), level };
}
