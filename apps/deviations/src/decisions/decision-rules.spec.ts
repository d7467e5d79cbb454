import { quarterBounds, quarterOf } from '@kvalitetsnav/calendar';
import {
  decisionDateViolation,
  executionViolation,
  interruptionViolation,
  isReportableInQuarter,
  quarterBreakdown,
  quarterReports,
  quarterReportViolation,
  ReportableDecision,
  yearViolation,
} from './decision-rules';
import { SEEDED_SERVICE_AREA_LIST as SEEDED_LIST } from '@kvalitetsnav/unit-catalogue';

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
      SEEDED_LIST,
    );
    expect(reports.map((r) => [r.quarter, r.count])).toEqual([
      ['2022-Q1', 2],
      ['2022-Q2', 2],
      ['2022-Q3', 1],
      ['2022-Q4', 2],
    ]);
    expect(reports[3].bySector).toEqual([
      { sector: 'INDIVIDUAL_AND_FAMILY_CARE', name: 'Individ- och familjeomsorg', count: 0 },
      { sector: 'AUTHORITY', name: 'Myndighet', count: 0 },
      { sector: 'DISABILITY', name: 'Funktionshinderomsorg', count: 1 },
      { sector: 'NURSING_HOME', name: 'Äldreomsorg, särskilt boende', count: 1 },
      { sector: 'HOME_CARE', name: 'Äldreomsorg, ordinärt boende', count: 0 },
    ]);
  });
});

describe('interrupted interventions', () => {
  it('are reported when not resumed within three months of the interruption, not of the decision', () => {
    const decision = { decidedOn: '2020-03-01', interruptedOn: '2022-02-10', executedOn: null }; // due 2022-05-10
    expect(['2022-Q1', '2022-Q2', '2022-Q3'].map((q) => isReportableInQuarter(decision, q))).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('are never reported when resumed within three months of the interruption', () => {
    const decision = { decidedOn: '2020-03-01', interruptedOn: '2022-02-10', executedOn: '2022-05-10' };
    expect(['2022-Q1', '2022-Q2'].map((q) => isReportableInQuarter(decision, q))).toEqual([false, false]);
  });

  it('are reported up to the quarter they are resumed in', () => {
    const decision = { decidedOn: '2020-03-01', interruptedOn: '2022-02-10', executedOn: '2022-07-01' };
    expect(['2022-Q2', '2022-Q3', '2022-Q4'].map((q) => isReportableInQuarter(decision, q))).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe("a quarter's board report", () => {
  const decision = (over: Partial<ReportableDecision>): ReportableDecision => ({
    decidedOn: '2021-12-01',
    executedOn: null,
    intervention: 'Bostad med särskild service',
    law: 'LSS',
    gender: 'WOMAN',
    ...over,
  });
  const decisions = [
    decision({}),
    decision({ gender: 'MAN' }),
    decision({ gender: 'MAN', executedOn: '2022-03-15' }),
    decision({ intervention: 'Särskilt boende', law: 'SOL' }),
    decision({ intervention: 'Kontaktperson', decidedOn: '2022-02-01' }), // due in Q2: not reported in Q1
  ];

  it('breaks the reportable decisions down by intervention, most first, each a share of all reportable', () => {
    const report = quarterBreakdown(decisions, '2022-Q1');
    expect([report.count, report.executedInQuarter]).toEqual([4, 1]);
    expect(report.byIntervention.map((g) => [g.key, g.numerator, g.denominator, g.executedInQuarter])).toEqual([
      ['Bostad med särskild service', 3, 4, 1],
      ['Särskilt boende', 1, 4, 0],
    ]);
    expect(report.byIntervention[0].share).toBe(0.75);
  });

  it('breaks them down by law and by gender, every value listed even when none', () => {
    const report = quarterBreakdown(decisions, '2022-Q1');
    expect(report.byLaw.map((g) => [g.key, g.numerator])).toEqual([
      ['SOL', 1],
      ['LSS', 3],
    ]);
    expect(report.byGender.map((g) => [g.key, g.numerator, g.executedInQuarter])).toEqual([
      ['WOMAN', 2, 0],
      ['MAN', 2, 1],
      ['NOT_STATED', 0, 0],
    ]);
  });

  it('has no shares when nothing is reportable', () => {
    const report = quarterBreakdown([], '2022-Q1');
    expect([report.count, report.byIntervention, report.byLaw[0].share]).toEqual([0, [], null]);
  });
});

describe('reporting a quarter to IVO', () => {
  it('is done once the quarter has ended', () => {
    expect(quarterReportViolation(2022, 1, '2022-04-01', null)).toBeNull();
    expect(quarterReportViolation(2022, 1, '2022-03-31', null)).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'QUARTER_NOT_ENDED',
      field: 'quarter',
      params: { quarter: '2022-Q1', endsOn: '2022-03-31' },
    });
  });

  it('is for a year from 2000 to 2100', () => {
    expect([2000, 2100].map(yearViolation)).toEqual([null, null]);
    for (const year of [1, 1999, 2101, 2022.5])
      expect(yearViolation(year)).toMatchObject({
        rule: 'OUT_OF_RANGE',
        field: 'year',
        params: { min: 2000, max: 2100, whole: true },
      });
  });

  it('is done once per quarter', () => {
    const reported = { reportedAt: new Date('2022-04-10T08:00:00Z'), reportedByName: 'Eva' };
    expect(quarterReportViolation(2022, 1, '2022-05-01', reported)).toMatchObject({
      code: 'CONFLICT',
      rule: 'QUARTER_ALREADY_REPORTED',
      params: { quarter: '2022-Q1', reportedOn: '2022-04-10', reportedBy: 'Eva' },
    });
  });
});

describe('registering and executing a decision', () => {
  it('refuses an interruption before the decision or still to come', () => {
    expect(interruptionViolation('2022-01-10', '2022-01-10', '2022-06-01')).toBeNull();
    expect(interruptionViolation('2022-01-10', '2022-01-09', '2022-06-01')).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'INTERRUPTED_BEFORE_DECISION',
      field: 'interruptedOn',
      params: { value: '2022-01-09', decidedOn: '2022-01-10' },
    });
    expect(interruptionViolation('2022-01-10', '2022-06-02', '2022-06-01')).toMatchObject({
      rule: 'IN_THE_FUTURE',
      field: 'interruptedOn',
      params: { value: '2022-06-02', today: '2022-06-01' },
    });
  });

  it('resumes an interrupted intervention no earlier than the interruption', () => {
    const interrupted = { decidedOn: '2021-01-10', interruptedOn: '2022-02-01', executedOn: null };
    expect(executionViolation(interrupted, '2022-02-01', '2022-06-01')).toBeNull();
    expect(executionViolation(interrupted, '2022-01-31', '2022-06-01')).toMatchObject({
      rule: 'DATE_OUT_OF_RANGE',
      field: 'executedOn',
      params: { value: '2022-01-31', earliest: '2022-02-01', today: '2022-06-01' },
    });
  });

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
