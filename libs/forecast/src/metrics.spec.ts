import { mase, seasonalNaiveScale, smape } from './metrics';
import { seasonalNaive } from './naive';

describe('accuracy measures, by hand', () => {
  it('scales MASE by the in-sample seasonal naive error', () => {
    // Training 1,2,3,4,6 with m = 2: |3−1|,|4−2|,|6−3| → mean 7/3.
    expect(seasonalNaiveScale([1, 2, 3, 4, 6], 2)).toBeCloseTo(7 / 3, 12);
    // Forecast errors 1 and 3: MAE 2, MASE 2 / (7/3) = 6/7.
    expect(mase([10, 12], [9, 15], [1, 2, 3, 4, 6], 2)).toBeCloseTo(6 / 7, 12);
    // Non-seasonal scale: mean of |2−1|,|4−2|,|7−4| = 2.
    expect(mase([5], [4], [1, 2, 4, 7], 1)).toBeCloseTo(0.5, 12);
  });

  it('computes sMAPE in percent and treats two zeros as no error', () => {
    // 200·2/(10+12) = 18.18…, 200·0/… = 0 → mean 9.09…
    expect(smape([10, 5], [12, 5])).toBeCloseTo(200 / 22, 10);
    expect(smape([0], [0])).toBe(0);
  });
});

describe('seasonal naive', () => {
  it('repeats the last season and widens by whole seasons', () => {
    const f = seasonalNaive([1, 2, 3, 4, 5, 6], 3, 4);
    expect(f.point).toEqual([4, 5, 6, 4]);
    // Residuals 3, 3, 3: σ² = 9; h ≤ 3 → sd 3, h = 4 → sd √18.
    expect(f.upper[0] - f.point[0]).toBeCloseTo(1.959964 * 3, 5);
    expect(f.upper[3] - f.point[3]).toBeCloseTo(1.959964 * Math.sqrt(18), 5);
  });
});
