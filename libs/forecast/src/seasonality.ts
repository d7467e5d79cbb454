import quantile from '@stdlib/stats-base-dists-normal-quantile';

/** Sample autocorrelations r_1..r_maxLag (Box & Jenkins): the lag-k covariance over the variance. */
export function acf(y: number[], maxLag: number): number[] {
  const n = y.length;
  const mean = y.reduce((s, v) => s + v, 0) / n;
  const variance = y.reduce((s, v) => s + (v - mean) ** 2, 0);
  return Array.from({ length: maxLag }, (_, i) => {
    const lag = i + 1;
    if (variance === 0 || lag >= n) return 0;
    let sum = 0;
    for (let t = lag; t < n; t++) sum += (y[t] - mean) * (y[t - lag] - mean);
    return sum / variance;
  });
}

/**
 * Whether a series has a season of `period`, tested as R's thetaf does (Assimakopoulos &
 * Nikolopoulos 2000; Hyndman & Billah 2003): the autocorrelation at lag m against its standard
 * error under no seasonality, √((1 + 2 Σ_{k<m} r_k²) / n), one-sided at `confidence` (90 %).
 * Needs two full seasons; a constant series has none.
 */
export function hasSeason(y: number[], period: number, confidence = 0.9): boolean {
  if (period < 2 || y.length < 2 * period) return false;
  const r = acf(y, period);
  if (r.every((v) => v === 0)) return false;
  const se = Math.sqrt((1 + 2 * r.slice(0, period - 1).reduce((s, v) => s + v * v, 0)) / y.length);
  return Math.abs(r[period - 1]) / se > quantile(confidence, 0, 1);
}

export interface Decomposition {
  /** Seasonal factors for positions 0..period−1 of the series (index t uses factors[t % period]). */
  factors: number[];
  multiplicative: boolean;
}

/**
 * Classical decomposition (Kendall & Stuart; R's decompose): a centred moving average of the
 * season's length as the trend, the mean ratio (or difference) to it per season position as the
 * seasonal factor, normalised to mean 1 (or sum 0). Multiplicative when every value is above 0.
 */
export function decompose(y: number[], period: number): Decomposition {
  const multiplicative = y.every((v) => v > 0);
  const m = period;
  const half = Math.floor(m / 2);
  const sums: number[][] = Array.from({ length: m }, () => []);
  for (let t = half; t + half < y.length; t++) {
    let trend: number;
    if (m % 2 === 0) {
      let s = 0.5 * (y[t - half] + y[t + half]);
      for (let j = t - half + 1; j < t + half; j++) s += y[j];
      trend = s / m;
    } else {
      let s = 0;
      for (let j = t - half; j <= t + half; j++) s += y[j];
      trend = s / m;
    }
    if (multiplicative && trend <= 0) continue;
    sums[t % m].push(multiplicative ? y[t] / trend : y[t] - trend);
  }
  const raw = sums.map((xs) => (xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : multiplicative ? 1 : 0));
  const centre = raw.reduce((s, v) => s + v, 0) / m;
  return {
    multiplicative,
    factors: raw.map((v) => (multiplicative ? v / centre : v - centre)),
  };
}
