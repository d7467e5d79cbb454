import quantile from '@stdlib/stats-base-dists-normal-quantile';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { EtsSpec, linearForecastVariance, modelName, pointForecast } from './ets';
import { fitEts, FittedEts, minimumLength } from './fit';
import { IntervalForecast } from './naive';

/** The models tried: simple, Holt, damped, and Holt-Winters additive and multiplicative. */
export function candidateSpecs(y: number[], period: number): EtsSpec[] {
  const specs: EtsSpec[] = [
    { trend: 'N', season: 'N', period },
    { trend: 'A', season: 'N', period },
    { trend: 'Ad', season: 'N', period },
  ];
  if (period > 1) {
    specs.push(
      { trend: 'N', season: 'A', period },
      { trend: 'A', season: 'A', period },
      { trend: 'Ad', season: 'A', period },
    );
    if (y.every((v) => v > 0)) specs.push({ trend: 'A', season: 'M', period }, { trend: 'Ad', season: 'M', period });
  }
  return specs.filter((s) => y.length >= minimumLength(s));
}

/** Every candidate fitted, the one with the lowest AICc first. */
export function selectEts(y: number[], period: number): FittedEts[] {
  const fits = candidateSpecs(y, period).map((spec) => fitEts(y, spec));
  if (!fits.length) throw new RangeError(`${y.length} observations are too few to fit any model (at least 3)`);
  return fits.sort((a, b) => a.aicc - b.aicc);
}

/**
 * Prediction intervals: exact from the variance formula for linear models; for a
 * multiplicative season, quantiles of simulated future paths (seeded, so repeatable).
 */
export function etsForecast(model: FittedEts, horizon: number, level = 0.95, paths = 2000): IntervalForecast {
  const point = pointForecast(model.spec, model.params, model.state, horizon);
  if (model.spec.season !== 'M') {
    const z = quantile(1 - (1 - level) / 2, 0, 1);
    const sd = linearForecastVariance(model.spec, model.params, model.sigma2, horizon).map(Math.sqrt);
    return { point, lower: point.map((p, i) => p - z * sd[i]), upper: point.map((p, i) => p + z * sd[i]), level };
  }
  const simulated = simulate(model, horizon, paths);
  const at = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    const position = q * (sorted.length - 1);
    const low = Math.floor(position);
    return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (position - low);
  };
  return {
    point,
    lower: simulated.map((column) => at(column, (1 - level) / 2)),
    upper: simulated.map((column) => at(column, 1 - (1 - level) / 2)),
    level,
  };
}

/** Future paths with normal errors of the fitted variance; result[h][path]. */
export function simulate(model: FittedEts, horizon: number, paths: number, seed = 20221231): number[][] {
  const rng = xoroshiro128plus(seed);
  const uniform = () => (unsafeUniformIntDistribution(1, 2 ** 30, rng) - 0.5) / 2 ** 30;
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  const sd = Math.sqrt(model.sigma2);
  const phi = model.spec.trend === 'Ad' ? model.params.phi : 1;
  const out = Array.from({ length: horizon }, () => new Array<number>(paths));
  for (let p = 0; p < paths; p++) {
    let { level, trend } = model.state;
    const seasonal = [...model.state.seasonal];
    for (let h = 0; h < horizon; h++) {
      const base = level + (model.spec.trend === 'N' ? 0 : phi * trend);
      const s = seasonal[0];
      const e = sd * normal();
      out[h][p] = base * s + e;
      level = base + (model.params.alpha * e) / s;
      trend = model.spec.trend === 'N' ? 0 : phi * trend + (model.params.beta * e) / s;
      seasonal.shift();
      seasonal.push(s + (model.params.gamma * e) / base);
    }
  }
  return out;
}

export { modelName };
