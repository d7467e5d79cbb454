import {
  calendarHalves,
  periodNumbered,
  periodsInOrder,
  plannedOnForPeriod,
  planPeriodViolations,
  planProgress,
  reportedPeriod,
} from './plan-period-rules';

// Seed 002: the plan's periods run 1 December–31 May and 1 June–30 November.
const seed002 = [
  { startsOn: '2026-12-01', endsOn: '2027-05-31', target: 12 },
  { startsOn: '2027-06-01', endsOn: '2027-11-30', target: 8 },
];

describe("a plan's periods", () => {
  it('may be the calendar halves, as every plan had before', () => {
    expect(planPeriodViolations(2027, calendarHalves(2027, 10, 10))).toEqual([]);
  });

  it('may begin on 1 December of the year before, as seed 002 has them', () => {
    expect(planPeriodViolations(2027, seed002)).toEqual([]);
  });

  it('do not begin before 1 December of the year before, nor end after the year', () => {
    expect(
      planPeriodViolations(2027, [
        { startsOn: '2026-11-30', endsOn: '2027-05-31', target: 1 },
        { startsOn: '2027-06-01', endsOn: '2028-01-31', target: 1 },
      ]),
    ).toMatchObject([
      {
        rule: 'PLAN_PERIOD_OUTSIDE_YEAR',
        field: 'periods.0.startsOn',
        params: { value: '2026-11-30', from: '2026-12-01', to: '2027-12-31' },
      },
      { rule: 'PLAN_PERIOD_OUTSIDE_YEAR', field: 'periods.1.endsOn', params: { value: '2028-01-31' } },
    ]);
  });

  it('each end on or after their start; one day is a period', () => {
    expect(planPeriodViolations(2027, [{ startsOn: '2027-03-01', endsOn: '2027-03-01', target: 1 }])).toEqual([]);
    expect(planPeriodViolations(2027, [{ startsOn: '2027-03-01', endsOn: '2027-02-28', target: 1 }])).toMatchObject([
      {
        rule: 'PLAN_PERIOD_ENDS_BEFORE_START',
        field: 'periods.0.endsOn',
        params: { startsOn: '2027-03-01', endsOn: '2027-02-28' },
      },
    ]);
  });

  it('share no day, named at the later one as the board wrote them', () => {
    expect(
      planPeriodViolations(2027, [
        { startsOn: '2027-06-01', endsOn: '2027-11-30', target: 1 },
        { startsOn: '2026-12-01', endsOn: '2027-06-01', target: 1 },
      ]),
    ).toMatchObject([{ rule: 'PLAN_PERIODS_OVERLAP', field: 'periods.1.startsOn', params: { period: 2, other: 1 } }]);
  });

  it('are kept first to last and numbered from 1', () => {
    const ordered = periodsInOrder([seed002[1], seed002[0]]);
    expect(ordered).toEqual(seed002);
    expect(periodNumbered(ordered, 1)).toEqual(seed002[0]);
    expect(periodNumbered(ordered, 3)).toBeNull();
    expect(periodNumbered(ordered, 0)).toBeNull();
  });
});

describe('progress against the plan', () => {
  it("counts per the plan's own period against its target, never below nothing left to plan", () => {
    expect(
      planProgress(seed002, [
        { period: 1, planned: 3, done: 1 },
        { period: 2, planned: 9, done: 0 },
      ]),
    ).toEqual([
      { period: 1, startsOn: '2026-12-01', endsOn: '2027-05-31', target: 12, planned: 3, done: 1, unplanned: 9 },
      { period: 2, startsOn: '2027-06-01', endsOn: '2027-11-30', target: 8, planned: 9, done: 0, unplanned: 0 },
    ]);
    expect(planProgress(seed002, []).map((p) => p.unplanned)).toEqual([12, 8]);
  });
});

describe('follow-ups planned from accepted proposals', () => {
  it('are planned from today while the period is under way', () => {
    expect(plannedOnForPeriod(seed002[0], '2027-01-10')).toBe('2027-01-10');
    expect(plannedOnForPeriod(seed002[0], '2027-05-31')).toBe('2027-05-31');
  });

  it('are planned from the first day of a period not yet begun, begun today, or past', () => {
    expect(plannedOnForPeriod(seed002[1], '2027-03-10')).toBe('2027-06-01');
    expect(plannedOnForPeriod(seed002[1], '2027-06-01')).toBe('2027-06-01');
    expect(plannedOnForPeriod(seed002[0], '2027-09-01')).toBe('2026-12-01');
  });
});

describe('the period a board report covers', () => {
  it("is the plan's period ending nearest the report month's end", () => {
    expect(reportedPeriod(seed002, 2027, 6)).toEqual(seed002[0]);
    expect(reportedPeriod(seed002, 2027, 11)).toEqual(seed002[1]);
  });

  it('is the calendar half for a plan with calendar halves', () => {
    const halves = calendarHalves(2027, 5, 5);
    expect(reportedPeriod(halves, 2027, 6)).toEqual(halves[0]);
    expect(reportedPeriod(halves, 2027, 11)).toEqual(halves[1]);
  });

  it('is none for a plan without periods', () => {
    expect(reportedPeriod([], 2027, 6)).toBeNull();
  });
});
