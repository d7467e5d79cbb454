import {
  addMonths,
  isReportableInQuarter,
  quarterBounds,
  quarterOf,
  swedishDate,
  transitionProblem,
  twoMonthRule,
} from './deviation-rules';

describe('deviation workflow', () => {
  it('moves one step at a time to closed', () => {
    expect(transitionProblem('REPORTED', 'INVESTIGATING')).toBeNull();
    expect(transitionProblem('INVESTIGATING', 'ACTIONS_REGISTERED')).toBeNull();
    expect(transitionProblem('ACTIONS_REGISTERED', 'FINAL_ASSESSMENT')).toBeNull();
    expect(transitionProblem('FINAL_ASSESSMENT', 'CLOSED')).toBeNull();
  });

  it('refuses skipping, going back, standing still and leaving closed', () => {
    expect(transitionProblem('REPORTED', 'CLOSED')).toBe(
      'a deviation that is REPORTED can only go to INVESTIGATING, not CLOSED',
    );
    expect(transitionProblem('FINAL_ASSESSMENT', 'INVESTIGATING')).toBe(
      'a deviation that is FINAL_ASSESSMENT can only go to CLOSED, not INVESTIGATING',
    );
    expect(transitionProblem('INVESTIGATING', 'INVESTIGATING')).toBe(
      'a deviation that is INVESTIGATING can only go to ACTIONS_REGISTERED, not INVESTIGATING',
    );
    expect(transitionProblem('CLOSED', 'REPORTED')).toBe('a deviation that is CLOSED cannot change status');
  });
});

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
    expect(addMonths('2022-12-31', 2)).toBe('2023-02-28');
    expect(addMonths('2023-12-31', 2)).toBe('2024-02-29');
    expect(addMonths('2022-11-30', 2)).toBe('2023-01-30');
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

describe('quarters', () => {
  it.each([
    ['2022-01-01', '2022-Q1'],
    ['2022-03-31', '2022-Q1'],
    ['2022-04-01', '2022-Q2'],
    ['2022-09-30', '2022-Q3'],
    ['2022-12-31', '2022-Q4'],
  ])('puts %s in %s', (date, quarter) => expect(quarterOf(date)).toBe(quarter));

  it('knows where a quarter begins and ends', () => {
    expect(quarterBounds('2022-Q1')).toEqual({ from: '2022-01-01', to: '2022-03-31' });
    expect(quarterBounds('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterBounds('2022-Q4')).toEqual({ from: '2022-10-01', to: '2022-12-31' });
  });
});

describe('decisions not executed', () => {
  it('are reported from the quarter the three months run out until the quarter they are executed', () => {
    const decision = { decidedOn: '2022-02-10', executedOn: '2022-08-20' }; // due 2022-05-10
    expect(['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4'].map((q) => isReportableInQuarter(decision, q))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('are reported every quarter while still not executed', () => {
    const decision = { decidedOn: '2021-11-30', executedOn: null }; // due 2022-02-28
    expect(['2021-Q4', '2022-Q1', '2022-Q2', '2022-Q4'].map((q) => isReportableInQuarter(decision, q))).toEqual([
      false,
      true,
      true,
      true,
    ]);
  });

  it('are never reported when executed within three months, to the day', () => {
    expect(isReportableInQuarter({ decidedOn: '2022-01-31', executedOn: '2022-04-30' }, '2022-Q2')).toBe(false);
    expect(isReportableInQuarter({ decidedOn: '2022-01-31', executedOn: '2022-05-01' }, '2022-Q2')).toBe(true);
  });

  it('are not reported in the quarter the three months run out after its end', () => {
    expect(isReportableInQuarter({ decidedOn: '2022-01-01', executedOn: null }, '2022-Q1')).toBe(false);
    expect(isReportableInQuarter({ decidedOn: '2021-12-31', executedOn: null }, '2022-Q1')).toBe(true);
  });
});
