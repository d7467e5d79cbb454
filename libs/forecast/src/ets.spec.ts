import { filter, linearForecastVariance, pointForecast } from './ets';

const none = { level: 0, trend: 0, seasonal: [] as number[] };

describe('ETS recursions, checked by hand', () => {
  it('simple exponential smoothing, α = 0.5 from level 10', () => {
    // l1 = 10, l2 = .5·12 + .5·10 = 11, l3 = 11, l4 = .5·13 + .5·11 = 12
    const run = filter(
      [10, 12, 11, 13],
      { trend: 'N', season: 'N', period: 1 },
      { alpha: 0.5, beta: 0, gamma: 0, phi: 1 },
      { ...none, level: 10 },
    );
    expect(run.fitted).toEqual([10, 10, 11, 11]);
    expect(run.residuals).toEqual([0, 2, 0, 2]);
    expect(
      pointForecast({ trend: 'N', season: 'N', period: 1 }, { alpha: 0.5, beta: 0, gamma: 0, phi: 1 }, run.state, 3),
    ).toEqual([12, 12, 12]);
  });

  it("Holt's linear trend, α = 0.5, β = 0.1 from level 8 and trend 2", () => {
    // ŷ1 = 10, e1 = 0; ŷ2 = 12, e2 = 1: l2 = 12 + .5 = 12.5, b2 = 2 + .1 = 2.1
    const spec = { trend: 'A' as const, season: 'N' as const, period: 1 };
    const params = { alpha: 0.5, beta: 0.1, gamma: 0, phi: 1 };
    const run = filter([10, 13], spec, params, { ...none, level: 8, trend: 2 });
    expect(run.fitted).toEqual([10, 12]);
    expect(run.state.level).toBeCloseTo(12.5, 12);
    expect(run.state.trend).toBeCloseTo(2.1, 12);
    const f = pointForecast(spec, params, run.state, 2);
    expect(f[0]).toBeCloseTo(14.6, 12);
    expect(f[1]).toBeCloseTo(16.7, 12);
  });

  it('damped trend adds φ + φ² + … of the trend', () => {
    const spec = { trend: 'Ad' as const, season: 'N' as const, period: 1 };
    const f = pointForecast(
      spec,
      { alpha: 0.5, beta: 0.1, gamma: 0, phi: 0.9 },
      { level: 100, trend: 10, seasonal: [] },
      3,
    );
    expect(f[0]).toBeCloseTo(109, 12);
    expect(f[1]).toBeCloseTo(117.1, 12);
    expect(f[2]).toBeCloseTo(124.39, 12);
  });

  it('additive Holt-Winters, quarterly, one step by hand', () => {
    // ŷ1 = (50 + 1) + 5 = 56; y1 = 58, e = 2: l = 51 + .4·2 = 51.8, b = 1 + .1·2 = 1.2, s = 5 + .2·2 = 5.4
    const spec = { trend: 'A' as const, season: 'A' as const, period: 4 };
    const params = { alpha: 0.4, beta: 0.1, gamma: 0.2, phi: 1 };
    const run = filter([58], spec, params, { level: 50, trend: 1, seasonal: [5, -3, 2, -4] });
    expect(run.fitted).toEqual([56]);
    expect(run.state.level).toBeCloseTo(51.8, 12);
    expect(run.state.trend).toBeCloseTo(1.2, 12);
    expect(run.state.seasonal.map((s) => Math.round(s * 1e9) / 1e9)).toEqual([-3, 2, -4, 5.4]);
    const f = pointForecast(spec, params, run.state, 5);
    expect(f.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([50, 56.2, 51.4, 62, 54.8]);
  });

  it('multiplicative Holt-Winters, one step by hand', () => {
    // ŷ1 = (100 + 2)·1.2 = 122.4; y1 = 130, e = 7.6: l = 102 + .3·7.6/1.2 = 103.9, b = 2 + .05·7.6/1.2, s = 1.2 + .1·7.6/102
    const spec = { trend: 'A' as const, season: 'M' as const, period: 2 };
    const run = filter(
      [130],
      spec,
      { alpha: 0.3, beta: 0.05, gamma: 0.1, phi: 1 },
      { level: 100, trend: 2, seasonal: [1.2, 0.8] },
    );
    expect(run.fitted[0]).toBeCloseTo(122.4, 12);
    expect(run.state.level).toBeCloseTo(103.9, 12);
    expect(run.state.trend).toBeCloseTo(2 + (0.05 * 7.6) / 1.2, 12);
    expect(run.state.seasonal[1]).toBeCloseTo(1.2 + (0.1 * 7.6) / 102, 12);
  });
});

describe('forecast variance, against the published closed forms (Hyndman et al. 2008, table 6.1)', () => {
  const sigma2 = 4;
  it('ETS(A,N,N): σ²[1 + α²(h − 1)]', () => {
    const alpha = 0.3;
    const v = linearForecastVariance(
      { trend: 'N', season: 'N', period: 1 },
      { alpha, beta: 0, gamma: 0, phi: 1 },
      sigma2,
      6,
    );
    v.forEach((value, i) => expect(value).toBeCloseTo(sigma2 * (1 + alpha ** 2 * i), 10));
  });

  it('ETS(A,A,N): σ²[1 + (h − 1){α² + αβh + β²h(2h − 1)/6}]', () => {
    const [alpha, beta] = [0.4, 0.1];
    const v = linearForecastVariance(
      { trend: 'A', season: 'N', period: 1 },
      { alpha, beta, gamma: 0, phi: 1 },
      sigma2,
      8,
    );
    v.forEach((value, i) => {
      const h = i + 1;
      expect(value).toBeCloseTo(
        sigma2 * (1 + (h - 1) * (alpha ** 2 + alpha * beta * h + (beta ** 2 * h * (2 * h - 1)) / 6)),
        10,
      );
    });
  });

  it('ETS(A,A,A): adds γk{2α + γ + βm(k + 1)}, k = ⌊(h − 1)/m⌋', () => {
    const [alpha, beta, gamma, m] = [0.3, 0.05, 0.2, 4];
    const v = linearForecastVariance(
      { trend: 'A', season: 'A', period: m },
      { alpha, beta, gamma, phi: 1 },
      sigma2,
      12,
    );
    v.forEach((value, i) => {
      const h = i + 1;
      const k = Math.floor((h - 1) / m);
      const expected =
        1 +
        (h - 1) * (alpha ** 2 + alpha * beta * h + (beta ** 2 * h * (2 * h - 1)) / 6) +
        gamma * k * (2 * alpha + gamma + beta * m * (k + 1));
      expect(value).toBeCloseTo(sigma2 * expected, 10);
    });
  });
});
