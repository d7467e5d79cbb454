import { businessReportDueOn, reportingPeriods, reportState, staffingReportDueOn } from './report-due-rules';

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
