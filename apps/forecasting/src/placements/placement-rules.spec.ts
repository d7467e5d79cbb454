import type { Identity } from '@kvalitetsnav/auth';
import { placementReportViolations, placementTotals, placementUnitViolation } from './placement-rules';

const report = (overrides = {}) => ({
  month: '2022-02',
  form: 'HVB',
  placed: 2,
  careDays: 56,
  costSek: 112_000,
  ended: 1,
  endedDurationDays: 90,
  ...overrides,
});

describe('whose placements a report counts', () => {
  const provider: Identity = { sub: 'api-key:1', name: 'Familjehemmen', roles: ['PROVIDER'], providerId: 'p1' };
  const official: Identity = { sub: 'u1', name: 'Handläggare', roles: ['QUALITY_OFFICIAL'] };

  it("names a provider's unit when a provider reports", () => {
    expect(placementUnitViolation(provider, 'u-1')).toBeNull();
    expect(placementUnitViolation(provider, null)).toEqual(
      expect.objectContaining({ rule: 'REQUIRED', field: 'unitId', message: 'unitId is required' }),
    );
    expect(placementUnitViolation(provider, '', 'unit_id')).toEqual(expect.objectContaining({ field: 'unit_id' }));
  });

  it("may name no unit when an official reports the administration's own figures", () => {
    expect(placementUnitViolation(official, undefined)).toBeNull();
    expect(placementUnitViolation(official, 'u-1')).toBeNull();
  });
});

describe("a month's placement report", () => {
  it('is accepted for an ended month whose care days fit the people placed', () => {
    expect(placementReportViolations(report(), '2022-03')).toEqual([]);
  });

  it('is refused for a month that has not ended', () => {
    expect(placementReportViolations(report(), '2022-02')).toEqual([
      expect.objectContaining({ rule: 'REPORTED_MONTH_NOT_ENDED', field: 'month' }),
    ]);
  });

  it('is refused with more care days than the people placed could spend in the month', () => {
    expect(placementReportViolations(report({ careDays: 57 }), '2022-03')).toEqual([
      expect.objectContaining({
        rule: 'CARE_DAYS_ABOVE_PLACED',
        field: 'careDays',
        params: { careDays: 57, placed: 2, days: 28 },
        message: 'careDays 57 is more than 2 placed for 28 days',
      }),
    ]);
    expect(placementReportViolations(report({ month: '2024-02', careDays: 58 }), '2024-03')).toEqual([]);
  });

  it('leaves care days unchecked when no one was placed during the month', () => {
    expect(placementReportViolations(report({ placed: 0, careDays: 31 }), '2022-03')).toEqual([]);
  });
});

describe('placements over a period', () => {
  it('are summed per form and in total, with cost per care day and average length of ended placements', () => {
    const totals = placementTotals([
      report({ form: 'HVB', placed: 10, careDays: 290, costSek: 1_160_000, ended: 2, endedDurationDays: 300 }),
      report({ form: 'FAMILY_HOME', placed: 20, careDays: 600, costSek: 600_000, ended: 1, endedDurationDays: 400 }),
    ]);
    expect(totals.map((t) => [t.form, t.placed, t.costPerCareDay, t.averageDurationDays])).toEqual([
      ['FAMILY_HOME', 20, 1000, 400],
      ['HVB', 10, 4000, 150],
      ['TOTAL', 30, 1_760_000 / 890, 700 / 3],
    ]);
  });

  it('have no averages to give where nothing was placed or ended', () => {
    expect(placementTotals([])).toEqual([
      { form: 'TOTAL', placed: 0, careDays: 0, costSek: 0, costPerCareDay: null, ended: 0, averageDurationDays: null },
    ]);
  });
});
