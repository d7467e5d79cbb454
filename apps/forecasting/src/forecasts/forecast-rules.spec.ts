import { totalsPerMonth } from '../case-flows/case-flow-rules';
import { horizonViolation, seriesViolation, valueOf } from './forecast-rules';

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
