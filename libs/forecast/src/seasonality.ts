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
export function decompose(y: number[], period: number, multiplicative = y.every((v) => v > 0)): Decomposition {
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

/** ln Γ(x) by Lanczos' approximation (g = 7, n = 9), accurate to about 15 digits for x > 0. */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The regularised incomplete beta function I_x(a, b), by its continued fraction (Lentz's method). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const front = Math.exp(a * Math.log(x) + b * Math.log(1 - x) - logGamma(a) - logGamma(b) + logGamma(a + b)) / a;
  const tiny = 1e-300;
  let f = 1;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = Math.abs(d) < tiny ? tiny : d;
  d = 1 / d;
  f = d;
  for (let m = 1; m <= 300; m++) {
    for (const step of [0, 1]) {
      const num =
        step === 0
          ? (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m))
          : -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1 + num * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + num / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      f *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-14) break;
  }
  return front * f;
}

/** P(F > f) for Snedecor's F with d1 and d2 degrees of freedom. */
export function fTail(f: number, d1: number, d2: number): number {
  if (!(f > 0)) return 1;
  return incompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}

/**
 * The stable-seasonality F test (as X-11's table D8): after removing a least-squares line, do
 * the months' means differ by more than the spread within each month allows? Returns the
 * p-value, 1 when it cannot be computed (fewer than two of each position, or no spread).
 */
export function seasonalityPValue(y: number[], period: number): number {
  const { f, d1, d2 } = seasonalityF(y, period);
  return d2 < 1 ? 1 : f === Number.POSITIVE_INFINITY ? 0 : fTail(f, d1, d2);
}

/** The stable-seasonality F statistic and its degrees of freedom (0 and d2 0 when it cannot be computed). */
export function seasonalityF(y: number[], period: number): { f: number; d1: number; d2: number } {
  const n = y.length;
  if (period < 2 || n < 2 * period) return { f: 0, d1: period - 1, d2: 0 };
  const tMean = (n - 1) / 2;
  const yMean = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  y.forEach((v, t) => {
    sxy += (t - tMean) * (v - yMean);
    sxx += (t - tMean) ** 2;
  });
  const slope = sxy / sxx;
  const x = y.map((v, t) => v - yMean - slope * (t - tMean));
  const sums = new Array<number>(period).fill(0);
  const counts = new Array<number>(period).fill(0);
  x.forEach((v, t) => {
    sums[t % period] += v;
    counts[t % period] += 1;
  });
  const means = sums.map((s, j) => s / counts[j]);
  const between = means.reduce((s, m, j) => s + counts[j] * m * m, 0);
  const within = x.reduce((s, v, t) => s + (v - means[t % period]) ** 2, 0);
  const d1 = period - 1;
  const d2 = n - period - 1;
  if (d2 < 1) return { f: 0, d1, d2: 0 };
  if (within <= 0) return { f: between > 0 ? Number.POSITIVE_INFINITY : 0, d1, d2 };
  return { f: between / d1 / (within / d2), d1, d2 };
}
