/**
 * Exponential smoothing in innovations state-space form with additive errors (Hyndman,
 * Koehler, Ord & Snyder 2008, table 2.2): no/additive/damped trend, no/additive/multiplicative
 * season. β is the state-space smoothing parameter of the trend (Holt's β* times α).
 */

export type Trend = 'N' | 'A' | 'Ad';
export type Season = 'N' | 'A' | 'M';

export interface EtsSpec {
  trend: Trend;
  season: Season;
  /** Season length, e.g. 12 for monthly data; ignored without a season. */
  period: number;
}

export interface EtsParams {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
}

export interface EtsState {
  level: number;
  trend: number;
  /** The last `period` seasonal states, oldest first: seasonal[0] applies to the next step. */
  seasonal: number[];
}

export function modelName(spec: EtsSpec): string {
  return `ETS(A,${spec.trend},${spec.season})`;
}

const dampedSum = (phi: number, h: number) => {
  let sum = 0;
  for (let j = 1; j <= h; j++) sum += phi ** j;
  return sum;
};

export function trendPhi(spec: EtsSpec, params: EtsParams): number {
  return spec.trend === 'Ad' ? params.phi : 1;
}

/** One-step predictions, residuals and the final state, running the recursions over `y`. */
export function filter(
  y: number[],
  spec: EtsSpec,
  params: EtsParams,
  initial: EtsState,
): { fitted: number[]; residuals: number[]; state: EtsState } {
  const phi = trendPhi(spec, params);
  let { level, trend } = initial;
  const seasonal = [...initial.seasonal];
  const fitted: number[] = [];
  const residuals: number[] = [];
  for (const value of y) {
    const base = level + (spec.trend === 'N' ? 0 : phi * trend);
    const s = spec.season === 'N' ? 0 : seasonal[0];
    const prediction = spec.season === 'A' ? base + s : spec.season === 'M' ? base * s : base;
    const e = value - prediction;
    fitted.push(prediction);
    residuals.push(e);
    const divisor = spec.season === 'M' ? s : 1;
    const newLevel = base + (params.alpha * e) / divisor;
    const newTrend = spec.trend === 'N' ? 0 : phi * trend + (params.beta * e) / divisor;
    if (spec.season !== 'N') {
      const newSeason = spec.season === 'A' ? s + params.gamma * e : s + (params.gamma * e) / base;
      seasonal.shift();
      seasonal.push(newSeason);
    }
    level = newLevel;
    trend = newTrend;
  }
  return { fitted, residuals, state: { level, trend, seasonal } };
}

/** Point forecasts 1..horizon steps after the state. */
export function pointForecast(spec: EtsSpec, params: EtsParams, state: EtsState, horizon: number): number[] {
  const phi = trendPhi(spec, params);
  return Array.from({ length: horizon }, (_, i) => {
    const h = i + 1;
    const base = state.level + (spec.trend === 'N' ? 0 : dampedSum(phi, h) * state.trend);
    if (spec.season === 'N') return base;
    const s = state.seasonal[(h - 1) % spec.period];
    return spec.season === 'A' ? base + s : base * s;
  });
}

/**
 * The forecast variance for models linear in their states (additive or no season):
 * σ²(1 + Σ c_j²) with c_j = w′F^(j−1)g, the effect of an error j steps back (Hyndman et al.
 * 2008, ch. 6). Multiplicative seasons are not linear: see `simulate`.
 */
export function linearForecastVariance(spec: EtsSpec, params: EtsParams, sigma2: number, horizon: number): number[] {
  if (spec.season === 'M') throw new Error('multiplicative seasons have no linear variance formula; simulate instead');
  const phi = trendPhi(spec, params);
  const m = spec.season === 'N' ? 0 : spec.period;
  // State vector: [level, trend, s_1 (newest) ... s_m (oldest)].
  const size = 2 + m;
  const w = new Array(size).fill(0);
  w[0] = 1;
  w[1] = spec.trend === 'N' ? 0 : phi;
  if (m) w[size - 1] = 1;
  const F = Array.from({ length: size }, () => new Array(size).fill(0));
  F[0][0] = 1;
  F[0][1] = spec.trend === 'N' ? 0 : phi;
  F[1][1] = spec.trend === 'N' ? 0 : phi;
  if (m) {
    F[2][size - 1] = 1;
    for (let i = 3; i < size; i++) F[i][i - 1] = 1;
  }
  const g = new Array(size).fill(0);
  g[0] = params.alpha;
  g[1] = spec.trend === 'N' ? 0 : params.beta;
  if (m) g[2] = params.gamma;
  const variances: number[] = [];
  let sum = 0;
  let v = g; // F^(j-1) g
  for (let h = 1; h <= horizon; h++) {
    variances.push(sigma2 * (1 + sum));
    const c = w.reduce((s, wi, i) => s + wi * v[i], 0);
    sum += c * c;
    v = F.map((row) => row.reduce((s, fij, j) => s + fij * v[j], 0));
  }
  return variances;
}
