import { decompose, hasSeason } from './seasonality';
import { fitEts } from './fit';
import { pointForecast } from './ets';
import { ForecastDistribution, normalDistribution } from './distribution';

/**
 * The Theta method (Assimakopoulos & Nikolopoulos 2000) in the form Hyndman & Billah (2003)
 * showed it to be, and R's thetaf computes: simple exponential smoothing with a drift of half
 * the least-squares slope, on the seasonally adjusted series when it has a season (classical
 * decomposition), the season put back afterwards. Intervals are those of SES with drift,
 * σ√(1 + (h − 1)α²), scaled by the season.
 */
export function thetaDistribution(
  y: number[],
  horizon: number,
  period: number,
  seasonal = hasSeason(y, period),
): ForecastDistribution {
  const n = y.length;
  const season = seasonal ? decompose(y, period) : null;
  const adjust = (v: number, t: number) =>
    !season ? v : season.multiplicative ? v / season.factors[t % period] : v - season.factors[t % period];
  const reseason = (v: number, t: number) =>
    !season ? v : season.multiplicative ? v * season.factors[t % period] : v + season.factors[t % period];
  const x = y.map(adjust);
  const ses = fitEts(x, { trend: 'N', season: 'N', period: 1 });
  const alpha = Math.max(1e-10, ses.params.alpha);
  const tMean = (n - 1) / 2;
  const xMean = x.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  x.forEach((v, t) => {
    sxy += (t - tMean) * (v - xMean);
    sxx += (t - tMean) ** 2;
  });
  const drift = sxx > 0 ? sxy / sxx / 2 : 0;
  const level = pointForecast(ses.spec, ses.params, ses.state, 1)[0];
  const adjusted = Array.from({ length: horizon }, (_, h) => level + drift * (h + (1 - (1 - alpha) ** n) / alpha));
  const sd = adjusted.map((_, h) => Math.sqrt(ses.sigma2 * (1 + h * alpha * alpha)));
  const base = normalDistribution(adjusted, sd);
  const point = adjusted.map((v, h) => reseason(v, n + h));
  return {
    point,
    bounds: (level) => {
      const { lower, upper } = base.bounds(level);
      return { lower: lower.map((v, h) => reseason(v, n + h)), upper: upper.map((v, h) => reseason(v, n + h)) };
    },
  };
}
