import { ForecastDistribution, normalDistribution } from './distribution';
import { minimize } from './optimize';

/**
 * The airline model of the logarithms for a series above zero, as Box and Jenkins fitted it to
 * the airline data: a season that grows with the level, and intervals that stay above zero.
 * Transformed back, the point is the forecast median.
 */
export function logAirlineDistribution(y: number[], horizon: number, period: number): ForecastDistribution {
  if (y.some((v) => v <= 0)) throw new RangeError('the logarithms need all values above 0');
  const d = airlineDistribution(y.map(Math.log), horizon, period);
  return {
    point: d.point.map(Math.exp),
    bounds: (level) => {
      const { lower, upper } = d.bounds(level);
      return { lower: lower.map(Math.exp), upper: upper.map(Math.exp) };
    },
  };
}

/**
 * Box and Jenkins' "airline" model, ARIMA(0,1,1)(0,1,1)_m: (1 − B)(1 − B^m) y_t =
 * (1 + θB)(1 + ΘB^m) e_t, with θ and Θ by conditional least squares (pre-sample errors 0).
 * A seasonal ARIMA that needs no order search, for the combination's diversity beside ETS.
 * Needs three seasons: two are differenced away.
 */
export function airlineDistribution(y: number[], horizon: number, period: number): ForecastDistribution {
  const m = period;
  const n = y.length;
  if (n < 3 * m) throw new RangeError(`the airline model needs at least ${3 * m} observations, got ${n}`);
  const w = (series: number[], t: number) => series[t] - series[t - 1] - series[t - m] + series[t - m - 1];
  const errorsFor = (theta: number, Theta: number) => {
    const e = new Array<number>(n).fill(0);
    for (let t = m + 1; t < n; t++)
      e[t] =
        w(y, t) -
        theta * e[t - 1] -
        Theta * (t - m > m ? e[t - m] : 0) -
        theta * Theta * (t - m - 1 > m ? e[t - m - 1] : 0);
    return e;
  };
  const decode = (x: number[]) => [Math.tanh(x[0]) * 0.99, Math.tanh(x[1]) * 0.99];
  const sse = (x: number[]) => {
    const [theta, Theta] = decode(x);
    return errorsFor(theta, Theta).reduce((s, v) => s + v * v, 0);
  };
  const best = minimize(sse, [-0.4, -0.6], { maxIterations: 400, tolerance: 1e-10 });
  const [theta, Theta] = decode(best.x);
  const e = errorsFor(theta, Theta);
  const used = n - m - 1;
  const sigma2 = e.reduce((s, v) => s + v * v, 0) / Math.max(used - 2, 1);
  const path = [...y];
  const future = [...e];
  for (let h = 0; h < horizon; h++) {
    const t = n + h;
    future.push(0);
    path.push(
      path[t - 1] +
        path[t - m] -
        path[t - m - 1] +
        theta * future[t - 1] +
        Theta * future[t - m] +
        theta * Theta * future[t - m - 1],
    );
  }
  // ψ-weights of the MA(∞) form give the forecast variance σ² Σ_{j<h} ψ_j².
  const c = (j: number) => (j === 0 ? 1 : j === 1 ? theta : j === m ? Theta : j === m + 1 ? theta * Theta : 0);
  const psi: number[] = [];
  for (let j = 0; j < horizon; j++)
    psi.push(c(j) + (j >= 1 ? psi[j - 1] : 0) + (j >= m ? psi[j - m] : 0) - (j >= m + 1 ? psi[j - m - 1] : 0));
  let cumulative = 0;
  const sd = psi.map((p) => {
    cumulative += p * p;
    return Math.sqrt(sigma2 * cumulative);
  });
  return normalDistribution(path.slice(n), sd);
}
