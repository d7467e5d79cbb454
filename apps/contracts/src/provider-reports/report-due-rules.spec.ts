import {
  businessReportDueOn,
  reportingPeriods,
  reportsDue,
  reportState,
  staffingReportDueOn,
} from './report-due-rules';

describe('when providers report', () => {
  it('is due by 31 March the year after for a business report', () => {
    expect(businessReportDueOn(2025)).toBe('2026-03-31');
  });

  it('is due two months after the half-year for staffing, leap years counted', () => {
    expect(staffingReportDueOn(2026, 1)).toBe('2026-08-31');
    expect(staffingReportDueOn(2026, 2)).toBe('2027-02-28');
    expect(staffingReportDueOn(2027, 2)).toBe('2028-02-29');
  });

  it('is submitted, or late, by the first version, to the day', () => {
    expect(reportState('2026-03-31', '2026-03-31', '2026-12-01')).toBe('SUBMITTED');
    expect(reportState('2026-03-31', '2026-04-01', '2026-12-01')).toBe('SUBMITTED_LATE');
  });

  it('is due until its date and overdue the day after, when nothing came', () => {
    expect(reportState('2026-08-31', null, '2026-08-31')).toBe('DUE');
    expect(reportState('2026-08-31', null, '2026-09-01')).toBe('OVERDUE');
  });

  it('asks about last year, the half-year that ended and the one under way', () => {
    expect(reportingPeriods('2026-12-01')).toEqual([
      { kind: 'BUSINESS', year: 2025, half: null, dueOn: '2026-03-31' },
      { kind: 'STAFFING', year: 2026, half: 1, dueOn: '2026-08-31' },
      { kind: 'STAFFING', year: 2026, half: 2, dueOn: '2027-02-28' },
    ]);
    expect(reportingPeriods('2027-01-15').map((p) => [p.kind, p.year, p.half])).toEqual([
      ['BUSINESS', 2026, null],
      ['STAFFING', 2026, 2],
      ['STAFFING', 2027, 1],
    ]);
  });
});

describe("a provider's reports due", () => {
  const periods = reportingPeriods('2026-12-01');
  const submission = (version: number, submittedOn: string) => ({
    unitId: 'u1',
    kind: 'STAFFING' as const,
    year: 2026,
    half: 1 as const,
    version,
    submittedOn,
  });

  it('lists every unit for every period, missing ones overdue or due', () => {
    const due = reportsDue(['u1', 'u2'], periods, [], '2026-12-01');
    expect(due.map((d) => [d.unitId, d.kind, d.year, d.half, d.state])).toEqual([
      ['u1', 'BUSINESS', 2025, null, 'OVERDUE'],
      ['u1', 'STAFFING', 2026, 1, 'OVERDUE'],
      ['u1', 'STAFFING', 2026, 2, 'DUE'],
      ['u2', 'BUSINESS', 2025, null, 'OVERDUE'],
      ['u2', 'STAFFING', 2026, 1, 'OVERDUE'],
      ['u2', 'STAFFING', 2026, 2, 'DUE'],
    ]);
  });

  it('judges lateness by the first version and shows the newest', () => {
    const [, staffing] = reportsDue(
      ['u1'],
      periods,
      [submission(2, '2026-11-30'), submission(1, '2026-08-20')],
      '2026-12-01',
    );
    expect(staffing).toMatchObject({ state: 'SUBMITTED', latestVersion: 2, lastSubmittedOn: '2026-11-30' });
  });

  it("counts only the unit's own report for the same period", () => {
    const other = { ...submission(1, '2026-08-20'), unitId: 'u2' };
    const elsewhen = { ...submission(1, '2026-08-20'), half: 2 as const };
    const [, staffing] = reportsDue(['u1'], periods, [other, elsewhen], '2026-12-01');
    expect(staffing).toMatchObject({ state: 'OVERDUE', latestVersion: null });
  });
});
