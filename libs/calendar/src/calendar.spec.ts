import {
  addDays,
  addMonths,
  addMonthsToMonth,
  halfEnd,
  halfOf,
  halfStart,
  isIsoDate,
  isIsoWeek,
  isMonth,
  isoWeekOf,
  lastDateWithDeadlineBefore,
  missingMonths,
  monthBounds,
  monthsBetween,
  previousHalf,
  quarterBounds,
  quarterOf,
  stockholmToday,
  weekStart,
} from './index';

describe('today in Sweden', () => {
  it('follows Swedish time around midnight UTC, in winter and summer', () => {
    expect(stockholmToday(new Date('2022-01-31T22:59:59Z'))).toBe('2022-01-31');
    expect(stockholmToday(new Date('2022-01-31T23:00:00Z'))).toBe('2022-02-01');
    expect(stockholmToday(new Date('2022-06-30T21:59:59Z'))).toBe('2022-06-30');
    expect(stockholmToday(new Date('2022-06-30T22:00:00Z'))).toBe('2022-07-01');
  });
});

describe('dates', () => {
  it('are real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2022-02-29')).toBe(false);
    expect(isIsoDate('2022-02-30')).toBe(false);
    expect(isIsoDate('2022-13-01')).toBe(false);
    expect(isIsoDate('2022-1-01')).toBe(false);
  });

  it('move by months to the same day, or the last day of a shorter month', () => {
    expect(addMonths('2022-03-15', 2)).toBe('2022-05-15');
    expect(addMonths('2022-03-31', 2)).toBe('2022-05-31');
    expect(addMonths('2021-12-31', 2)).toBe('2022-02-28');
    expect(addMonths('2023-12-31', 2)).toBe('2024-02-29');
    expect(addMonths('2022-01-15', 6)).toBe('2022-07-15');
    expect(addMonths('2022-03-31', -1)).toBe('2022-02-28');
  });

  it('move by days across months and years', () => {
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
  });

  it('know the last date whose deadline months later has passed by a given day', () => {
    // Reported 2022-03-15: due 2022-05-15, overdue from 2022-05-16.
    expect(lastDateWithDeadlineBefore('2022-05-16', 2)).toBe('2022-03-15');
    expect(lastDateWithDeadlineBefore('2022-05-15', 2)).toBe('2022-03-14');
    // Every date from 29 to 31 December has its deadline on the last of February.
    expect(lastDateWithDeadlineBefore('2022-03-01', 2)).toBe('2021-12-31');
    expect(lastDateWithDeadlineBefore('2022-02-28', 2)).toBe('2021-12-27');
    for (let day = '2021-01-01'; day <= '2024-12-31'; day = addDays(day, 1)) {
      const last = lastDateWithDeadlineBefore(day, 2);
      expect([addMonths(last, 2) < day, addMonths(addDays(last, 1), 2) < day]).toEqual([true, false]);
    }
  });
});

describe('months', () => {
  it('step across years', () => {
    expect(addMonthsToMonth('2021-12', 1)).toBe('2022-01');
    expect(addMonthsToMonth('2022-01', -1)).toBe('2021-12');
    expect(addMonthsToMonth('2022-01', -25)).toBe('2019-12');
    expect(monthsBetween('2021-11', '2022-02')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
    expect(monthsBetween('2022-03', '2022-02')).toEqual([]);
  });

  it('are written YYYY-MM', () => {
    expect(isMonth('2022-12')).toBe(true);
    expect(isMonth('2022-13')).toBe(false);
    expect(isMonth('2022-1')).toBe(false);
  });

  it('list the months without a report', () => {
    expect(missingMonths(['2022-01', '2022-03'], '2022-01', '2022-04')).toEqual(['2022-02', '2022-04']);
  });

  it('run from the first to the last day', () => {
    expect(monthBounds('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthBounds('2022-12')).toEqual({ from: '2022-12-01', to: '2022-12-31' });
  });
});

describe('quarters and half-years', () => {
  it('put a date in its quarter', () => {
    expect(quarterOf('2022-01-01')).toBe('2022-Q1');
    expect(quarterOf('2022-09-30')).toBe('2022-Q3');
    expect(quarterOf('2022-10-01')).toBe('2022-Q4');
    expect(quarterBounds('2022-Q1')).toEqual({ from: '2022-01-01', to: '2022-03-31' });
    expect(quarterBounds('2022-Q4')).toEqual({ from: '2022-10-01', to: '2022-12-31' });
  });

  it('put a date in its half-year, January–June or July–December', () => {
    expect(halfOf('2022-06-30')).toEqual({ year: 2022, half: 1 });
    expect(halfOf('2022-07-01')).toEqual({ year: 2022, half: 2 });
    expect([halfStart(2022, 2), halfEnd(2022, 1), halfEnd(2022, 2)]).toEqual([
      '2022-07-01',
      '2022-06-30',
      '2022-12-31',
    ]);
    expect(previousHalf('2022-03-01')).toEqual({ year: 2021, half: 2 });
    expect(previousHalf('2022-08-01')).toEqual({ year: 2022, half: 1 });
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2022-01-01', '2021-W52'], // a Saturday: still the last week of 2021
    ['2022-01-03', '2022-W01'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2022-03-16', '2022-W11'],
  ])('puts %s in %s', (date, week) => expect(isoWeekOf(date)).toBe(week));

  it('knows which weeks exist', () => {
    expect(isIsoWeek('2020-W53')).toBe(true);
    expect(isIsoWeek('2022-W53')).toBe(false);
    expect(isIsoWeek('2022-W00')).toBe(false);
    expect(isIsoWeek('2022-7')).toBe(false);
  });

  it('start on a Monday', () => {
    expect(weekStart('2022-W01')).toBe('2022-01-03');
    expect(weekStart('2020-W53')).toBe('2020-12-28');
    expect(weekStart('2025-W01')).toBe('2024-12-30');
    for (let day = '2019-12-01'; day <= '2026-01-31'; day = addDays(day, 1)) {
      const start = weekStart(isoWeekOf(day));
      expect(start <= day && addDays(start, 7) > day && new Date(`${start}T00:00:00Z`).getUTCDay() === 1).toBe(true);
    }
  });
});
