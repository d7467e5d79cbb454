import { etsForecast, selectEts, simulate } from './auto';
import { filter, linearForecastVariance } from './ets';
import { fitEts, heuristicInitial, minimumLength } from './fit';
import { forecast } from './forecast';

/** A small LCG and Box–Muller, written out here so the data does not come from the code under test. */
function noise(seed: number) {
  let s = seed;
  const u = () => {
    s = (1103515245 * s + 12345) % 2 ** 31;
    return (s + 0.5) / 2 ** 31;
  };
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

/** Holt's model by its textbook equations: y = l + b + e; l' = l + b + αe; b' = b + βe. */
function holtSeries(n: number, alpha: number, beta: number, sd: number, seed: number): number[] {
  const e = noise(seed);
  let l = 100;
  let b = 1;
  const y: number[] = [];
  for (let t = 0; t < n; t++) {
    const err = sd * e();
    y.push(l + b + err);
    l = l + b + alpha * err;
    b = b + beta * err;
  }
  return y;
}

function seasonalSeries(n: number, seed: number): number[] {
  const e = noise(seed);
  const pattern = [12, 8, 4, 0, -4, -10, -14, -10, -4, 2, 8, 12];
  return Array.from({ length: n }, (_, t) => 200 + 0.5 * t + pattern[t % 12] + 2 * e());
}

describe('maximum likelihood fitting', () => {
  it("recovers Holt's smoothing parameters from a long simulated series", () => {
    const y = holtSeries(600, 0.6, 0.15, 2, 7);
    const fit = fitEts(y, { trend: 'A', season: 'N', period: 1 });
    expect(fit.params.alpha).toBeGreaterThan(0.5);
    expect(fit.params.alpha).toBeLessThan(0.7);
    expect(fit.params.beta).toBeGreaterThan(0.08);
    expect(fit.params.beta).toBeLessThan(0.22);
    expect(Math.sqrt(fit.sigma2)).toBeCloseTo(2, 0);
  });

  it('fits at least as well as the true parameters (it is a maximum)', () => {
    const y = holtSeries(200, 0.4, 0.05, 3, 11);
    const fit = fitEts(y, { trend: 'A', season: 'N', period: 1 });
    const truth = filter(
      y,
      { trend: 'A', season: 'N', period: 1 },
      { alpha: 0.4, beta: 0.05, gamma: 0, phi: 1 },
      { level: 100, trend: 1, seasonal: [] },
    );
    expect(fit.sse).toBeLessThanOrEqual(truth.residuals.reduce((s, r) => s + r * r, 0) * 1.0001);
  });

  it('computes the log-likelihood and AICc from the SSE as published (Hyndman et al. 2008, §5.2)', () => {
    const y = seasonalSeries(48, 3);
    const fit = fitEts(y, { trend: 'A', season: 'A', period: 12 });
    const n = y.length;
    expect(fit.logLik).toBeCloseTo(-0.5 * n * (Math.log((2 * Math.PI * fit.sse) / n) + 1), 8);
    expect(fit.k).toBe(3 + 2 + 11 + 1);
    expect(fit.aicc).toBeCloseTo(-2 * fit.logLik + 2 * fit.k + (2 * fit.k * (fit.k + 1)) / (n - fit.k - 1), 8);
  });

  it('starts seasonal states centred: additive sum 0, multiplicative mean 1', () => {
    const y = seasonalSeries(36, 5);
    const additive = heuristicInitial(y, { trend: 'A', season: 'A', period: 12 });
    expect(additive.seasonal.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 8);
    const multiplicative = heuristicInitial(y, { trend: 'A', season: 'M', period: 12 });
    expect(multiplicative.seasonal.reduce((s, v) => s + v, 0) / 12).toBeCloseTo(1, 8);
  });

  it('refuses too short a series and a multiplicative season on zeros', () => {
    expect(minimumLength({ trend: 'A', season: 'A', period: 12 })).toBe(24);
    expect(() => fitEts([1, 2, 3], { trend: 'A', season: 'A', period: 12 })).toThrow('needs at least 24 observations');
    expect(() => fitEts([0, ...seasonalSeries(40, 1)], { trend: 'A', season: 'M', period: 12 })).toThrow(
      'needs all values above 0',
    );
  });
});

describe('model choice by AICc', () => {
  it('picks a seasonal model for seasonal data and a plain level for noise', () => {
    expect(selectEts(seasonalSeries(60, 9), 12)[0].spec.season).not.toBe('N');
    const e = noise(5);
    const flat = Array.from({ length: 60 }, () => 50 + e());
    expect(selectEts(flat, 12)[0].spec).toEqual({ trend: 'N', season: 'N', period: 12 });
  });
});

describe('prediction intervals', () => {
  it('use the error variance SSE / (n − parameters estimated), as R does', () => {
    const y = seasonalSeries(48, 6);
    const fit = fitEts(y, { trend: 'A', season: 'A', period: 12 });
    expect(fit.sigma2).toBeCloseTo(fit.sse / (48 - (fit.k - 1)), 10);
  });

  it('from simulation agree with the variance formula where both apply', () => {
    // A multiplicative season of all ones with γ = 0 is Holt's linear model.
    const model = fitEts(holtSeries(80, 0.5, 0.1, 2, 3), { trend: 'A', season: 'N', period: 1 });
    const asMultiplicative = {
      ...model,
      spec: { ...model.spec, season: 'M' as const, period: 4 },
      state: { ...model.state, seasonal: [1, 1, 1, 1] },
      params: { ...model.params, gamma: 0 },
    };
    const paths = simulate(asMultiplicative, 6, 20000);
    const variances = linearForecastVariance(model.spec, model.params, model.sigma2, 6);
    paths.forEach((column, h) => {
      const mean = column.reduce((s, v) => s + v, 0) / column.length;
      const variance = column.reduce((s, v) => s + (v - mean) ** 2, 0) / column.length;
      expect(variance / variances[h]).toBeGreaterThan(0.95);
      expect(variance / variances[h]).toBeLessThan(1.05);
    });
  });

  it('widen with the horizon and contain the point forecast', () => {
    const [best] = selectEts(seasonalSeries(60, 2), 12);
    const f = etsForecast(best, 18);
    f.point.forEach((p, i) => {
      expect(f.lower[i]).toBeLessThan(p);
      expect(f.upper[i]).toBeGreaterThan(p);
    });
    expect(f.upper[17] - f.lower[17]).toBeGreaterThan(f.upper[0] - f.lower[0]);
  });
});

describe('forecast', () => {
  it('names its method, gives intervals and its backtest beside the seasonal naive baseline', () => {
    const result = forecast(seasonalSeries(48, 4), 6);
    expect(result.model).toMatch(/^mean\(ETS\(A,(N|A|Ad),(A|M)\), Theta, ARIMA\(0,1,1\)\(0,1,1\)\[12\] of log\)$/);
    expect(result.point).toHaveLength(6);
    expect(result.components[0]).toBe(result.candidates[0].model);
    expect(result.accuracy!.origins).toBeGreaterThan(0);
    expect(result.baseline!.origins).toBe(result.accuracy!.origins);
    // A trend the seasonal naive forecast cannot follow: the fitted model should beat it.
    expect(result.beatsBaseline).toBe(true);
  });

  it('refuses a bad horizon or a series with gaps', () => {
    expect(() => forecast(seasonalSeries(48, 1), 0)).toThrow('horizon must be 1 to 120 months, was 0');
    expect(() => forecast([1, Number.NaN, 3, 4, 5], 2)).toThrow('value 1 is NaN');
  });
});
