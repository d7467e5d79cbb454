import { totalsPerMonth } from '../case-flows/case-flow-rules';
import { horizonViolation, readinessOf, seriesViolation, valueOf } from './forecast-rules';

const series = (count: number, skip: number[] = []) =>
  totalsPerMonth(
    Array.from({ length: count }, (_, i) => ({
      month: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      incoming: 5,
      outgoing: 3,
    })).filter((_, i) => !skip.includes(i)),
  );

describe('a series to forecast', () => {
  it('has a report for every month, at least 24 of them', () => {
    expect(seriesViolation(series(24))).toBeNull();
  });

  it('is refused with the months that have no report', () => {
    expect(seriesViolation(series(30, [5, 12]))).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'FORECAST_SERIES_HAS_GAPS',
      field: 'series',
      params: { months: ['2020-06', '2021-01'] },
      message: 'the series has months without reports: 2020-06, 2021-01',
    });
  });

  it('is refused when shorter than two years, saying how long it is', () => {
    expect(seriesViolation(series(3))).toMatchObject({
      rule: 'FORECAST_SERIES_TOO_SHORT',
      field: 'series',
      params: { needed: 24, have: 3 },
      message: 'a forecast needs at least 24 months of reports; the series has 3',
    });
    expect(seriesViolation([])?.params).toEqual({ needed: 24, have: 0 });
  });

  it('names its gaps before its length', () => {
    expect(seriesViolation(series(10, [4]))?.rule).toBe('FORECAST_SERIES_HAS_GAPS');
  });

  it('is of new cases, closed cases or their balance', () => {
    const month = { incoming: 5, outgoing: 3, balance: 2 };
    expect([valueOf(month, 'INCOMING'), valueOf(month, 'OUTGOING'), valueOf(month, 'BALANCE')]).toEqual([5, 3, 2]);
  });
});

describe('the forecast horizon', () => {
  it('is 1 to 36 whole months', () => {
    expect([1, 12, 36].map(horizonViolation)).toEqual([null, null, null]);
    expect(horizonViolation(40)).toMatchObject({
      rule: 'FORECAST_HORIZON',
      field: 'horizon',
      params: { min: 1, max: 36, value: 40 },
      message: 'horizon must be 1 to 36 months, was 40',
    });
    expect([0, 2.5].map((h) => horizonViolation(h)?.rule)).toEqual(['FORECAST_HORIZON', 'FORECAST_HORIZON']);
  });
});

describe("a unit's readiness for a forecast", () => {
  it('is ready with two years of reports without a gap', () => {
    expect(readinessOf(series(26))).toEqual({ months: 26, monthsReported: 26, needed: 24, ready: true, refusal: null });
  });

  it('is not ready with too few months, and carries the refusal a forecast would meet', () => {
    const readiness = readinessOf(series(5));
    expect(readiness).toMatchObject({ months: 5, monthsReported: 5, needed: 24, ready: false });
    expect(readiness.refusal).toMatchObject({ rule: 'FORECAST_SERIES_TOO_SHORT', params: { needed: 24, have: 5 } });
  });

  it('is not ready with a month missing, however long the series, and counts only the months reported', () => {
    const readiness = readinessOf(series(30, [3]));
    expect(readiness).toMatchObject({ months: 30, monthsReported: 29, ready: false });
    expect(readiness.refusal?.rule).toBe('FORECAST_SERIES_HAS_GAPS');
  });

  it('is not ready without any report', () => {
    expect(readinessOf([])).toMatchObject({ months: 0, monthsReported: 0, ready: false });
  });
});
