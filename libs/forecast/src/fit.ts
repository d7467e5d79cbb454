import { EtsParams, EtsSpec, EtsState, filter } from './ets';
import { minimize } from './optimize';

export interface FittedEts {
  spec: EtsSpec;
  params: EtsParams;
  initial: EtsState;
  /** State after the last observation. */
  state: EtsState;
  fitted: number[];
  residuals: number[];
  n: number;
  sse: number;
  /** The error variance for intervals: SSE / (n − parameters estimated), as R's ets. */
  sigma2: number;
  logLik: number;
  /** Free parameters: smoothing parameters, initial states, and the error variance. */
  k: number;
  aicc: number;
  /** Where the search ended, to start a refit on similar data from (see `fitEts`'s `from`). */
  searchPoint: number[];
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));

/**
 * The fewest observations a model can be fitted on: two more than its parameters, and for a
 * season two full seasons (the starting states need them; 24 months for monthly data).
 */
export function minimumLength(spec: EtsSpec): number {
  const k = parameterCount(spec);
  return Math.max(k + 2, spec.season === 'N' ? 3 : 2 * spec.period);
}

export function parameterCount(spec: EtsSpec): number {
  const smoothing = 1 + (spec.trend === 'N' ? 0 : 1) + (spec.season === 'N' ? 0 : 1) + (spec.trend === 'Ad' ? 1 : 0);
  const states = 1 + (spec.trend === 'N' ? 0 : 1) + (spec.season === 'N' ? 0 : spec.period - 1);
  return smoothing + states + 1;
}

/**
 * Starting states the usual way (Hyndman et al. 2008, §2.6.1): seasonal indices from the first
 * two seasons' deviations from their means, level and trend from the first seasons' means.
 */
export function heuristicInitial(y: number[], spec: EtsSpec): EtsState {
  const m = spec.season === 'N' ? 1 : spec.period;
  const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
  if (spec.season === 'N') {
    const level = y[0];
    const trend =
      spec.trend === 'N' || y.length < 2 ? 0 : (y[Math.min(3, y.length - 1)] - y[0]) / Math.min(3, y.length - 1);
    return { level, trend, seasonal: [] };
  }
  const first = y.slice(0, m);
  const second = y.slice(m, 2 * m);
  const trend = spec.trend === 'N' ? 0 : (mean(second) - mean(first)) / m;
  const seasonal = first.map((v, i) => {
    const a = v - (mean(first) + trend * (i - (m - 1) / 2));
    const b = second[i] - (mean(second) + trend * (i - (m - 1) / 2));
    return (a + b) / 2;
  });
  const level = mean(first) - trend * ((m - 1) / 2 + 1) + trend;
  if (spec.season === 'A') {
    const centre = mean(seasonal);
    return { level, trend, seasonal: seasonal.map((s) => s - centre) };
  }
  const ratios = seasonal.map(
    (s, i) => (s + mean(first) + trend * (i - (m - 1) / 2)) / (mean(first) + trend * (i - (m - 1) / 2)),
  );
  const centre = mean(ratios);
  return { level, trend, seasonal: ratios.map((r) => r / centre) };
}

/**
 * Maximum likelihood for additive errors: with σ² concentrated out, maximising the Gaussian
 * likelihood is minimising n·log(SSE). Parameters are searched on the real line and mapped to
 * the usual region 0 < α < 1, 0 < β < α, 0 < γ < 1 − α, 0.8 < φ < 0.98, with the initial
 * level and trend searched too.
 */
export function fitEts(y: number[], spec: EtsSpec, options: { from?: FittedEts } = {}): FittedEts {
  if (y.length < minimumLength(spec))
    throw new RangeError(
      `${spec.trend}/${spec.season} needs at least ${minimumLength(spec)} observations, got ${y.length}`,
    );
  if (spec.season === 'M' && y.some((v) => v <= 0))
    throw new RangeError('a multiplicative season needs all values above 0');
  const start = heuristicInitial(y, spec);
  const scale = Math.max(1e-8, Math.abs(start.level) * 0.1, 1);
  // Only the parameters the model has are searched: a simplex over unused ones converges slower.
  const hasTrend = spec.trend !== 'N';
  const hasSeason = spec.season !== 'N';
  const slots = { beta: hasTrend ? 1 : -1, gamma: -1, phi: -1, level: 0, trend: -1 };
  let next = hasTrend ? 2 : 1;
  if (hasSeason) slots.gamma = next++;
  if (spec.trend === 'Ad') slots.phi = next++;
  slots.level = next++;
  if (hasTrend) slots.trend = next++;
  const at = (x: number[], slot: number) => (slot < 0 ? 0 : x[slot]);
  const decode = (x: number[]) => {
    const alpha = 0.0001 + 0.9998 * logistic(x[0]);
    const beta = hasTrend ? alpha * (0.0001 + 0.9998 * logistic(at(x, slots.beta))) : 0;
    const gamma = hasSeason ? (1 - alpha) * (0.0001 + 0.9998 * logistic(at(x, slots.gamma))) : 0;
    const phi = spec.trend === 'Ad' ? 0.8 + 0.18 * logistic(at(x, slots.phi)) : 1;
    const params = { alpha, beta, gamma, phi };
    const initial = {
      level: start.level + at(x, slots.level) * scale,
      trend: hasTrend ? start.trend + at(x, slots.trend) * scale * 0.1 : 0,
      seasonal: start.seasonal,
    };
    return { params, initial };
  };
  const objective = (x: number[]) => {
    const { params, initial } = decode(x);
    const { residuals } = filter(y, spec, params, initial);
    const sse = residuals.reduce((s, e) => s + e * e, 0);
    return y.length * Math.log(Math.max(sse, 1e-300));
  };
  const x0 = new Array<number>(next).fill(0);
  x0[0] = logit(0.3);
  if (hasTrend) x0[slots.beta] = logit(0.2);
  if (hasSeason) x0[slots.gamma] = logit(0.1);
  const warm =
    options.from?.spec === spec && options.from.searchPoint.length === next ? options.from.searchPoint : null;
  let best = minimize(objective, warm ?? x0, { maxIterations: 3000, tolerance: 1e-12, step: warm ? 0.2 : 0.5 });
  // A restart from the best point escapes a simplex that collapsed early; a warm start, from a
  // fit to nearly the same data, needs none.
  if (!warm) best = minimize(objective, best.x, { maxIterations: 3000, tolerance: 1e-12 });
  const { params, initial } = decode(best.x);
  const run = filter(y, spec, params, initial);
  const n = y.length;
  const sse = run.residuals.reduce((s, e) => s + e * e, 0);
  const k = parameterCount(spec);
  // The likelihood uses the maximum-likelihood variance SSE / n; intervals the unbiased one.
  const logLik = -0.5 * n * (Math.log(2 * Math.PI * Math.max(sse / n, 1e-300)) + 1);
  const sigma2 = sse / Math.max(n - (k - 1), 1);
  // Too few observations for the correction leave the model out of the choice.
  const aicc = n - k - 1 > 0 ? -2 * logLik + 2 * k + (2 * k * (k + 1)) / (n - k - 1) : Number.POSITIVE_INFINITY;
  return {
    spec,
    params,
    initial,
    state: run.state,
    fitted: run.fitted,
    residuals: run.residuals,
    n,
    sse,
    sigma2,
    logLik,
    k,
    aicc,
    searchPoint: best.x,
  };
}
