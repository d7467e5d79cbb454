import quantile from '@stdlib/stats-base-dists-normal-quantile';

export interface Interval {
  low: number;
  high: number;
  level: number;
}

/**
 * The Wilson score interval for a proportion (Newcombe 1998, method 3): unlike the plain
 * normal interval it stays within 0–1 and behaves for small counts and for 0 or n successes.
 */
export function wilsonInterval(successes: number, n: number, level = 0.95): Interval | null {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be between 0 and 1, was ${level}`);
  if (n === 0) return null;
  if (successes < 0 || successes > n) throw new RangeError(`successes must be between 0 and ${n}, was ${successes}`);
  const z = quantile(1 - (1 - level) / 2, 0, 1);
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + z2n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half), level };
}
