import type { Identity } from '@kvalitetsnav/auth';
import {
  countedPlacements,
  placementReportViolations,
  placementTotals,
  placementUnitViolation,
} from './placement-rules';

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

describe("what a month's placements add up to", () => {
  const report = (unitId: string | null, month: string, form: string, placed: number) => ({
    unitId,
    month,
    form,
    placed,
    careDays: 0,
    costSek: 0,
    ended: 0,
    endedDurationDays: 0,
  });

  it("counts the administration's whole-municipality figure alone where it has given one, so nothing counts twice", () => {
    const reports = [
      report(null, '2026-03', 'HVB', 12),
      report('u-1', '2026-03', 'HVB', 5),
      report('u-2', '2026-03', 'HVB', 4),
    ];
    expect(countedPlacements(reports).map((r) => r.placed)).toEqual([12]);
  });

  it("counts the units' reports where the administration has given no figure for that month and form", () => {
    const reports = [
      report(null, '2026-03', 'HVB', 12),
      report('u-1', '2026-03', 'FAMILY_HOME', 3),
      report('u-1', '2026-04', 'HVB', 5),
      report('u-2', '2026-04', 'HVB', 4),
    ];
    expect(countedPlacements(reports).map((r) => [r.month, r.form, r.placed])).toEqual([
      ['2026-03', 'HVB', 12],
      ['2026-03', 'FAMILY_HOME', 3],
      ['2026-04', 'HVB', 5],
      ['2026-04', 'HVB', 4],
    ]);
  });
});
