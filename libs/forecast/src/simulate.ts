import type { FittedEts } from './fit';

/** Future paths with normal errors of the fitted variance; result[h][path]. */
export function simulate(model: FittedEts, horizon: number, paths: number, seed = 20221231): number[][] {
  // mulberry32: seeded, so intervals repeat, and cheap enough for thousands of paths.
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
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
