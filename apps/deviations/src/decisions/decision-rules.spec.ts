import { quarterBounds, quarterOf } from '@kvalitetsnav/calendar';
import { decisionDateViolation, executionViolation, isReportableInQuarter, quarterReports } from './decision-rules';

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

  it('are counted per quarter of the year and per sector', () => {
    const reports = quarterReports(
      [
        { decidedOn: '2021-12-15', executedOn: '2022-04-10', serviceArea: 'LSS_SERVICE_HOME' },
        { decidedOn: '2021-11-01', executedOn: null, serviceArea: 'LSS_GROUP_HOME' },
        { decidedOn: '2022-08-01', executedOn: null, serviceArea: 'NURSING_HOME' },
      ],
      2022,
    );
    expect(reports.map((r) => [r.quarter, r.count])).toEqual([
      ['2022-Q1', 2],
      ['2022-Q2', 2],
      ['2022-Q3', 1],
      ['2022-Q4', 2],
    ]);
    expect(reports[3].bySector).toEqual([
      { sector: 'INDIVIDUAL_AND_FAMILY_CARE', count: 0 },
      { sector: 'AUTHORITY', count: 0 },
      { sector: 'DISABILITY', count: 1 },
      { sector: 'NURSING_HOME', count: 1 },
      { sector: 'HOME_CARE', count: 0 },
    ]);
  });
});

describe('registering and executing a decision', () => {
  it('refuses a decision dated after today', () => {
    expect(decisionDateViolation('2022-06-01', '2022-06-01')).toBeNull();
    expect(decisionDateViolation('2022-06-02', '2022-06-01')).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'IN_THE_FUTURE',
      field: 'decidedOn',
      params: { value: '2022-06-02', today: '2022-06-01' },
    });
  });

  it('is executed once, on a day from the decision up to today', () => {
    const open = { decidedOn: '2022-01-10', executedOn: null };
    expect(executionViolation(open, '2022-01-10', '2022-06-01')).toBeNull();
    expect(executionViolation(open, '2022-06-01', '2022-06-01')).toBeNull();
    for (const day of ['2022-01-09', '2022-06-02'])
      expect(executionViolation(open, day, '2022-06-01')).toMatchObject({
        code: 'VALIDATION_FAILED',
        rule: 'DATE_OUT_OF_RANGE',
        field: 'executedOn',
        params: { value: day, earliest: '2022-01-10', today: '2022-06-01' },
        message: 'executedOn must be between 2022-01-10 and today (2022-06-01)',
      });
    expect(executionViolation({ ...open, executedOn: '2022-03-01' }, '2022-04-01', '2022-06-01')).toMatchObject({
      code: 'CONFLICT',
      rule: 'ALREADY_EXECUTED',
      field: 'decisionId',
      params: { executedOn: '2022-03-01' },
      message: 'already executed on 2022-03-01',
    });
  });
});

describe('quarters, as decisions not executed are reported', () => {
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
