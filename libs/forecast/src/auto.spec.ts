import { RuleViolation } from '@kvalitetsnav/codes';
import { autoForecast, candidateSpecs, MIN_OBSERVATIONS } from './auto';
import { atLeastZero, combine, normalDistribution } from './distribution';
import { forecast } from './forecast';
import { rollingBacktest } from './backtest';
import { acf, decompose, fTail, hasSeason, seasonalityF, seasonalityPValue } from './seasonality';
import { intermittent, seasonPays } from './auto';
import { airlineDistribution, logAirlineDistribution } from './airline';
import { thetaDistribution } from './theta';

/** A small LCG and Box–Muller, written out here so the data does not come from the code under test. */
function noise(seed: number) {
  let s = seed;
  const u = () => {
    s = (1103515245 * s + 12345) % 2 ** 31;
    return (s + 0.5) / 2 ** 31;
  };
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}
const PATTERN = [1.3, 1.2, 1.1, 1, 0.9, 0.7, 0.6, 0.8, 0.9, 1, 1.2, 1.3];
const seasonal = (n: number, seed: number, sd = 3) => {
  const e = noise(seed);
  return Array.from({ length: n }, (_, t) => 100 * PATTERN[t % 12] + sd * e());
};
const flat = (n: number, seed: number) => {
  const e = noise(seed);
  return Array.from({ length: n }, () => 50 + 5 * e());
};

describe('the seasonality test (as R thetaf: autocorrelation at lag m, 90 %)', () => {
  it('computes autocorrelations as covariance at the lag over the variance', () => {
    const y = [1, 3, 2, 5, 4, 6];
    const mean = 3.5;
    const variance = y.reduce((s, v) => s + (v - mean) ** 2, 0);
    const lag2 = [2, 3, 4, 5].reduce((s, t) => s + (y[t] - mean) * (y[t - 2] - mean), 0) / variance;
    expect(acf(y, 2)[1]).toBeCloseTo(lag2, 12);
  });

  it('finds a season in five years of a seasonal series', () => {
    expect(hasSeason(seasonal(60, 2), 12)).toBe(true);
  });

  it('finds none in noise, in a constant series, or with fewer than two seasons', () => {
    expect([3, 4, 5, 6, 7].filter((seed) => hasSeason(flat(60, seed), 12)).length).toBeLessThanOrEqual(1);
    expect(hasSeason(new Array(48).fill(7), 12)).toBe(false);
    expect(hasSeason(seasonal(23, 1), 12)).toBe(false);
  });

  it('decomposes a multiplicative season into factors of mean 1', () => {
    const d = decompose(seasonal(48, 3, 0), 12);
    expect(d.multiplicative).toBe(true);
    expect(d.factors.reduce((s, v) => s + v, 0) / 12).toBeCloseTo(1, 10);
    d.factors.forEach((f, i) => expect(f).toBeCloseTo(PATTERN[i] / (PATTERN.reduce((s, v) => s + v, 0) / 12), 2));
  });
});

describe('the season is modelled when it pays (stable-seasonality F above 2)', () => {
  it('computes F tail probabilities as R pf(f, d1, d2, lower.tail = FALSE)', () => {
    expect(fTail(2, 11, 12)).toBeCloseTo(0.1246196, 6);
    expect(fTail(1.5, 11, 48)).toBeCloseTo(0.1627384, 6);
    expect(fTail(3, 1, 10)).toBeCloseTo(0.1139374, 6);
  });

  it("compares the months' means with the spread within months, after a straight line", () => {
    const { f, d1, d2 } = seasonalityF(seasonal(48, 1), 12);
    expect([d1, d2]).toEqual([11, 35]);
    expect(f).toBeGreaterThan(100);
    expect(seasonalityPValue(seasonal(48, 1), 12)).toBeLessThan(1e-6);
    const trendOnly = Array.from({ length: 48 }, (_, t) => 10 + 3 * t);
    expect(seasonalityF(trendOnly, 12).f).toBeLessThan(1e-6);
  });

  it('does not pay in an intermittent series (mostly zeros)', () => {
    const sparse = seasonal(48, 2).map((v, t) => (t % 3 === 0 ? v : 0));
    expect(intermittent(sparse)).toBe(true);
    expect(seasonPays(sparse, 12)).toBe(false);
    expect(intermittent(seasonal(48, 2))).toBe(false);
  });

  it('pays for a season in two years of data and not for noise', () => {
    expect(seasonPays(seasonal(24, 1), 12)).toBe(true);
    expect([3, 4, 5, 6, 7].filter((seed) => seasonPays(flat(60, seed), 12)).length).toBeLessThanOrEqual(1);
    expect(seasonPays(seasonal(60, 1), 1)).toBe(false);
  });
});

describe('the airline model ARIMA(0,1,1)(0,1,1)', () => {
  it('continues a season on a trend', () => {
    const e = noise(4);
    const y = Array.from({ length: 60 }, (_, t) => 50 + t + 10 * PATTERN[t % 12] + 0.3 * e());
    const f = airlineDistribution(y, 12, 12);
    f.point.forEach((p, h) => expect(Math.abs(p - (50 + 60 + h + 10 * PATTERN[h]))).toBeLessThan(2));
    const { lower, upper } = f.bounds(0.95);
    expect(upper[11] - lower[11]).toBeGreaterThan(upper[0] - lower[0]);
  });

  it('of the logarithms stays above zero and grows its season with the level', () => {
    const y = Array.from({ length: 48 }, (_, t) => (20 + t) * PATTERN[t % 12]);
    const f = logAirlineDistribution(y, 12, 12);
    f.bounds(0.95).lower.forEach((v) => expect(v).toBeGreaterThan(0));
    expect(f.point[0] / f.point[6]).toBeCloseTo(((20 + 48) * PATTERN[0]) / ((20 + 54) * PATTERN[6]), 1);
  });

  it('needs three seasons', () => {
    expect(() => airlineDistribution(seasonal(35, 1), 6, 12)).toThrow('at least 36');
  });
});

describe('the Theta method (Hyndman & Billah 2003, as R thetaf)', () => {
  it('extrapolates half the least-squares slope of a line', () => {
    const e = noise(9);
    const y = Array.from({ length: 48 }, (_, t) => 20 + 2 * t + 0.5 * e());
    const f = thetaDistribution(y, 6, 12, false);
    for (let h = 1; h < 6; h++) expect(f.point[h] - f.point[h - 1]).toBeCloseTo(1, 1);
  });

  it('puts the season back on the seasonally adjusted forecast', () => {
    const y = seasonal(48, 4, 0);
    const f = thetaDistribution(y, 12, 12, true);
    f.point.forEach((p, h) => expect(p / (100 * PATTERN[h])).toBeGreaterThan(0.97));
    f.point.forEach((p, h) => expect(p / (100 * PATTERN[h])).toBeLessThan(1.03));
  });

  it('widens its intervals with the horizon', () => {
    const { lower, upper } = thetaDistribution(flat(40, 2), 12, 12, false).bounds(0.95);
    expect(upper[11] - lower[11]).toBeGreaterThan(upper[0] - lower[0]);
  });
});

describe('the combination', () => {
  const a = normalDistribution([10, 20], [1, 2]);
  const b = normalDistribution([20, 40], [3, 4]);

  it('is the mean of the points and the mean of the bounds', () => {
    const c = combine([a, b]);
    expect(c.point).toEqual([15, 30]);
    const [ba, bb, bc] = [a.bounds(0.8), b.bounds(0.8), c.bounds(0.8)];
    bc.lower.forEach((v, i) => expect(v).toBeCloseTo((ba.lower[i] + bb.lower[i]) / 2, 12));
    bc.upper.forEach((v, i) => expect(v).toBeCloseTo((ba.upper[i] + bb.upper[i]) / 2, 12));
  });

  it('forecasts a season with the ETS model AICc chose, Theta and the airline model', () => {
    const auto = autoForecast(seasonal(60, 5), 12, 12);
    expect(auto.components).toEqual([
      expect.stringMatching(/^ETS\(A,(N|A|Ad),(A|M)\)$/),
      'Theta',
      'ARIMA(0,1,1)(0,1,1)[12] of log',
    ]);
  });

  it('forecasts without a season, or with under three seasons, with the best damped-trend ETS third', () => {
    expect(autoForecast(flat(60, 5), 12, 12).components[2]).toBe('ETS(A,Ad,N)');
    expect(autoForecast(seasonal(30, 5), 12, 12).components[2]).toMatch(/^ETS\(A,Ad,(A|M)\)$/);
  });
});

describe('the automatic choice', () => {
  it('tries only seasonal models when the series has a season, and none otherwise', () => {
    expect(autoForecast(seasonal(60, 6), 12, 12).fits.every((f) => f.spec.season !== 'N')).toBe(true);
    expect(autoForecast(flat(60, 8), 12, 12).fits.every((f) => f.spec.season === 'N')).toBe(true);
  });

  it('fits a season from two years of months, the least the API accepts', () => {
    const auto = autoForecast(seasonal(24, 7), 12, 12);
    expect(auto.seasonal).toBe(true);
    expect(auto.fits[0].spec.season).not.toBe('N');
  });

  it('offers a multiplicative season without trend, ETS(A,N,M), for series above zero', () => {
    expect(candidateSpecs(seasonal(36, 1), 12, true)).toContainEqual({ trend: 'N', season: 'M', period: 12 });
    expect(candidateSpecs([0, ...seasonal(35, 1)], 12, true).some((s) => s.season === 'M')).toBe(false);
  });
});

describe('intervals of counts', () => {
  it('never go below zero for a series without negative values', () => {
    const e = noise(3);
    const counts = Array.from({ length: 48 }, () => Math.max(0, Math.round(0.8 + e())));
    const f = forecast(counts, 12, { levels: [0.8] });
    f.intervals.forEach(({ lower }) => lower.forEach((v) => expect(v).toBeGreaterThanOrEqual(0)));
    f.point.forEach((v) => expect(v).toBeGreaterThanOrEqual(0));
  });

  it('are cut at zero, not shifted', () => {
    const cut = atLeastZero(normalDistribution([1, 5], [2, 0.1])).bounds(0.95);
    expect(cut.lower[0]).toBe(0);
    expect(cut.lower[1]).toBeCloseTo(5 - 1.959964 * 0.1, 5);
  });

  it('cover 80 % and 95 % of simulated futures within a few points', () => {
    const inside = { 0.8: 0, 0.95: 0 };
    let total = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const y = seasonal(72, seed, 6);
      const f = forecast(y.slice(0, 60), 12, { level: 0.8, levels: [0.95], backtest: false });
      f.intervals.forEach(({ level, lower, upper }) =>
        y.slice(60).forEach((v, h) => {
          if (v >= lower[h] && v <= upper[h]) inside[level as 0.8 | 0.95] += 1;
        }),
      );
      total += 12;
    }
    expect(inside[0.8] / total).toBeGreaterThan(0.74);
    expect(inside[0.8] / total).toBeLessThan(0.9);
    expect(inside[0.95] / total).toBeGreaterThan(0.9);
  });
});

describe('bad input', () => {
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (e) {
      const v = e as RuleViolation;
      return { rule: v.rule, field: v.field, params: v.params };
    }
    throw new Error('not refused');
  };

  it('a series too short names the real minimum', () => {
    expect(MIN_OBSERVATIONS).toBe(5);
    expect(refusal(() => forecast([1, 2, 3, 4], 3))).toEqual({
      rule: 'FORECAST_SERIES_TOO_SHORT',
      field: 'series',
      params: { needed: 5, have: 4 },
    });
    expect(forecast([1, 2, 3, 4, 5], 3).point).toHaveLength(3);
  });

  it('a level outside (0, 1)', () => {
    for (const level of [0, 1, 95, -0.5, Number.NaN])
      expect(refusal(() => forecast(flat(30, 1), 3, { level })).rule).toBe('FORECAST_LEVEL');
    expect(refusal(() => forecast(flat(30, 1), 3, { levels: [1.5] })).params).toEqual({ value: 1.5 });
  });

  it('a period that is zero or fractional', () => {
    for (const period of [0, 1.5, -12])
      expect(refusal(() => forecast(flat(30, 1), 3, { period }))).toEqual({
        rule: 'FORECAST_PERIOD',
        field: 'period',
        params: { value: period },
      });
  });

  it('values that are not finite', () => {
    expect(refusal(() => forecast([1, 2, Number.POSITIVE_INFINITY, 4, 5, 6], 3))).toEqual({
      rule: 'FORECAST_VALUE_NOT_FINITE',
      field: 'series',
      params: { index: 2, value: 'Infinity' },
    });
  });

  it('a backtest without scale gives no accuracy and says why, never Infinity', () => {
    const same = new Array(36).fill(4);
    const result = forecast(same, 6);
    expect(result.accuracy).toBeNull();
    expect(result.noAccuracyReason).toBe('FORECAST_ACCURACY_SCALE_ZERO');
    expect(rollingBacktest(same, () => new Array(6).fill(5), { period: 12, horizon: 6, minTrain: 24 })).toEqual({
      accuracy: null,
      reason: 'FORECAST_ACCURACY_SCALE_ZERO',
    });
  });

  it('a series too short for a backtest gives no accuracy and says why', () => {
    const result = forecast([3, 4, 5, 4, 3], 2);
    expect(result.accuracy).toBeNull();
    expect(result.noAccuracyReason).toBe('FORECAST_BACKTEST_TOO_SHORT');
    expect(result.noAccuracyParams).toEqual({ needed: 7, have: 5 });
  });
});
