import { assessRisk, lastEndedHalf, missingReports, monthsBefore, riskWindow, Signal } from './risk-rules';

const none = { businessReport: false, staffingReport: false, caseFlowMonths: 0 };
const s = (kind: Signal['kind'], occurredOn: string, value: number | null = null): Signal => ({
  kind,
  occurredOn,
  value,
});

describe('risk score', () => {
  it('looks back twelve months, both ends included, and copes with 29 February', () => {
    expect(riskWindow('2023-01-15')).toEqual({ from: '2022-01-15', to: '2023-01-15' });
    expect(riskWindow('2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
  });

  it('is zero without signals or missing reports', () => {
    expect(assessRisk([], none, '2022-06-01')).toEqual({ score: 0, complaints: 0, parts: [] });
  });

  it('weighs lex Sarah and complaints above routine deviations and counts complaints', () => {
    const result = assessRisk(
      [
        s('SOL_LSS', '2022-03-01'),
        s('SOL_LSS', '2022-04-01'),
        s('COMPLAINT', '2022-05-01'),
        s('LEX_SARAH', '2022-05-02'),
      ],
      none,
      '2022-06-01',
    );
    expect(result).toEqual({
      score: 2 + 3 + 5,
      complaints: 1,
      parts: [
        { kind: 'LEX_SARAH', count: 1, points: 5 },
        { kind: 'COMPLAINT', count: 1, points: 3 },
        { kind: 'SOL_LSS', count: 2, points: 2 },
      ],
    });
  });

  it('ignores signals outside the window', () => {
    const result = assessRisk(
      [s('LEX_MARIA', '2021-05-31'), s('LEX_MARIA', '2022-06-02'), s('HSL', '2021-06-01')],
      none,
      '2022-06-01',
    );
    expect(result.parts).toEqual([{ kind: 'HSL', count: 1, points: 1 }]);
  });

  it('scores only the latest survey result, more the lower it is, and not a suppressed one', () => {
    const low = assessRisk(
      [s('SURVEY_RESULT', '2021-11-01', 0.95), s('SURVEY_RESULT', '2022-05-01', 0.55)],
      none,
      '2022-06-01',
    );
    expect(low.parts).toEqual([{ kind: 'LOW_SURVEY_RESULT', count: 1, points: 5 }]);
    expect(
      assessRisk([s('SURVEY_RESULT', '2022-05-01', 0.55), s('SURVEY_RESULT', '2021-11-01', 0.95)], none, '2022-06-01')
        .score,
    ).toBe(5);
    expect(assessRisk([s('SURVEY_RESULT', '2022-05-01', 0.8)], none, '2022-06-01').score).toBe(0);
    expect(assessRisk([s('SURVEY_RESULT', '2022-05-01', 0.79)], none, '2022-06-01').score).toBe(1);
    expect(assessRisk([s('SURVEY_RESULT', '2022-05-01', null)], none, '2022-06-01').score).toBe(0);
  });

  it('adds missing business, staffing and case-flow reports', () => {
    expect(assessRisk([], { businessReport: true, staffingReport: true, caseFlowMonths: 2 }, '2022-06-01')).toEqual({
      score: 6,
      complaints: 0,
      parts: [
        { kind: 'MISSING_BUSINESS_REPORT', count: 1, points: 2 },
        { kind: 'MISSING_STAFFING_REPORT', count: 1, points: 2 },
        { kind: 'MISSING_CASE_FLOW_MONTH', count: 2, points: 2 },
      ],
    });
  });

  it('adds 4 points for each IVO or JO case open about the contract', () => {
    expect(assessRisk([], none, '2022-06-01', 2)).toEqual({
      score: 8,
      complaints: 0,
      parts: [{ kind: 'OPEN_SUPERVISION', count: 2, points: 8 }],
    });
  });
});

describe('report periods for missing reports', () => {
  it('lists the months before the planning month, across a new year', () => {
    expect(monthsBefore('2022-02-15', 3)).toEqual(['2022-01', '2021-12', '2021-11']);
  });

  it('finds the latest half-year that has ended', () => {
    expect(lastEndedHalf('2022-06-30')).toEqual({ year: 2021, half: 2, lastDay: '2021-12-31' });
    expect(lastEndedHalf('2022-07-01')).toEqual({ year: 2022, half: 1, lastDay: '2022-06-30' });
  });
});

describe('missing reports', () => {
  const asOf = '2022-09-15';
  const nothing = {
    businessReported: new Set<string>(),
    staffingReported: new Set<string>(),
    caseFlowMonths: new Map(),
  };
  const started = { startDate: '2020-01-01' };

  it("count a unit without last year's business report or the last half-year's staffing report", () => {
    expect(missingReports(started, ['u1'], nothing, asOf)).toEqual({
      businessReport: true,
      staffingReport: true,
      caseFlowMonths: 0,
    });
    const filed = { ...nothing, businessReported: new Set(['u1']), staffingReported: new Set(['u1']) };
    expect(missingReports(started, ['u1'], filed, asOf)).toMatchObject({
      businessReport: false,
      staffingReport: false,
    });
    expect(missingReports(started, ['u1', 'u2'], filed, asOf)).toMatchObject({
      businessReport: true,
      staffingReport: true,
    });
  });

  it('do not count for a period the contract had not begun by its end', () => {
    expect(missingReports({ startDate: '2022-01-01' }, ['u1'], nothing, asOf)).toMatchObject({
      businessReport: false,
      staffingReport: true,
    });
    expect(missingReports({ startDate: '2022-07-01' }, ['u1'], nothing, asOf)).toMatchObject({
      businessReport: false,
      staffingReport: false,
    });
  });

  it('count the worst gap of the last three months, only for units that report case flows', () => {
    const caseFlowMonths = new Map([
      ['u1', new Set(['2022-08'])],
      ['u2', new Set(['2022-08', '2022-07', '2022-06'])],
    ]);
    expect(missingReports(started, ['u1', 'u2', 'u3'], { ...nothing, caseFlowMonths }, asOf).caseFlowMonths).toBe(2);
    expect(missingReports(started, ['u3'], { ...nothing, caseFlowMonths }, asOf).caseFlowMonths).toBe(0);
  });
});

describe('an IOP contract whose yearly follow-up is overdue', () => {
  const none = { businessReport: false, staffingReport: false, caseFlowMonths: 0 };
  it('adds two points, like a missing report', () => {
    expect(assessRisk([], none, '2026-06-01', 0, true)).toEqual({
      score: 2,
      complaints: 0,
      parts: [{ kind: 'IOP_NOT_FOLLOWED_UP', count: 1, points: 2 }],
    });
  });
});
