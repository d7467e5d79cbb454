import { addDays, swedishDate } from '@kvalitetsnav/calendar';
import { overdueIfReportedOnOrBefore, twoMonthDeadline, twoMonthRule } from './two-month-rules';

describe('the two-month rule', () => {
  const rule = (
    finalAssessedOn: string | null,
    today = '2022-12-31',
    actionsRegisteredOn: string | null = finalAssessedOn,
  ) => twoMonthRule({ reportedOn: '2022-03-15', actionsRegisteredOn, finalAssessedOn }, today);

  it('is met on the last day and missed the day after', () => {
    expect(rule('2022-05-15')).toEqual({
      deadline: '2022-05-15',
      actionsInTime: true,
      assessedInTime: true,
      overdue: false,
    });
    expect(rule('2022-05-16')).toMatchObject({ assessedInTime: false, overdue: false });
  });

  it('counts a deviation overdue from the day after the deadline until it is assessed', () => {
    expect(rule(null, '2022-05-15')).toMatchObject({ overdue: false, assessedInTime: false });
    expect(rule(null, '2022-05-16')).toMatchObject({ overdue: true });
  });

  it('judges actions and the assessment separately', () => {
    expect(rule('2022-06-01', '2022-12-31', '2022-04-01')).toMatchObject({
      actionsInTime: true,
      assessedInTime: false,
    });
  });

  it('ends on the last day of a shorter month', () => {
    expect(twoMonthDeadline('2022-12-31')).toBe('2023-02-28');
    expect(twoMonthDeadline('2023-12-31')).toBe('2024-02-29');
    expect(twoMonthDeadline('2022-11-30')).toBe('2023-01-30');
  });

  it('takes the report day in Swedish time, not UTC', () => {
    // 23:30 UTC on 31 March is already 1 April in Stockholm (summer time, UTC+2).
    expect(swedishDate(new Date('2022-03-31T23:30:00Z'))).toBe('2022-04-01');
    expect(swedishDate(new Date('2022-03-31T21:59:59Z'))).toBe('2022-03-31');
    // Winter time, UTC+1.
    expect(swedishDate(new Date('2022-12-31T23:00:00Z'))).toBe('2023-01-01');
    expect(
      twoMonthRule(
        { reportedOn: swedishDate(new Date('2022-03-31T23:30:00Z')), actionsRegisteredOn: null, finalAssessedOn: null },
        '2022-06-01',
      ).overdue,
    ).toBe(false);
  });
});

describe('selecting overdue deviations by their report day', () => {
  const overdue = (reportedOn: string, today: string) =>
    twoMonthRule({ reportedOn, actionsRegisteredOn: null, finalAssessedOn: null }, today).overdue;
  const selected = (reportedOn: string, today: string) => reportedOn <= overdueIfReportedOnOrBefore(today);

  it('selects a deviation from the day after its deadline', () => {
    expect(overdueIfReportedOnOrBefore('2022-05-16')).toBe('2022-03-15');
    expect(selected('2022-03-15', '2022-05-15')).toBe(false);
    expect(selected('2022-03-15', '2022-05-16')).toBe(true);
  });

  it('selects every report from 29 to 31 December on the day after the end of February', () => {
    // All three are due on the last day of February, so all become overdue on 1 March together.
    for (const reportedOn of ['2021-12-29', '2021-12-30', '2021-12-31']) {
      expect(selected(reportedOn, '2022-02-28')).toBe(false);
      expect(selected(reportedOn, '2022-03-01')).toBe(true);
    }
    expect(overdueIfReportedOnOrBefore('2022-02-28')).toBe('2021-12-27');
    expect(overdueIfReportedOnOrBefore('2022-03-01')).toBe('2021-12-31');
  });

  it('knows leap years: a report of 29 December 2023 is due on 29 February 2024', () => {
    expect(twoMonthDeadline('2023-12-29')).toBe('2024-02-29');
    expect(selected('2023-12-29', '2024-02-29')).toBe(false);
    expect(selected('2023-12-29', '2024-03-01')).toBe(true);
    expect(selected('2023-12-28', '2024-02-29')).toBe(true);
    expect(selected('2023-12-30', '2024-03-01')).toBe(true);
  });

  it('gives the same answer as the two-month rule for every report day and every today, leap years included', () => {
    const disagreements: string[] = [];
    for (let today = '2023-01-01'; today <= '2025-03-31'; today = addDays(today, 1)) {
      for (let back = 50; back <= 70; back++) {
        const reportedOn = addDays(today, -back);
        if (selected(reportedOn, today) !== overdue(reportedOn, today)) disagreements.push(`${reportedOn} on ${today}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
