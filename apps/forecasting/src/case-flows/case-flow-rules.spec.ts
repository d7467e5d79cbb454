import type { Identity } from '@kvalitetsnav/auth';
import { RuleViolation } from '@kvalitetsnav/codes';
import {
  caseFlowReportViolations,
  monthNotEnded,
  sourceViolation,
  totalsPerMonth,
  unreportedMonths,
} from './case-flow-rules';

const refusal = (v: RuleViolation) => ({ rule: v.rule, field: v.field, params: v.params, message: v.message });

describe('a monthly case-flow report', () => {
  const report = {
    month: '2022-05',
    incoming: 7,
    outgoing: 5,
    closedByReason: [
      { reason: 'GOALS_MET', count: 3 },
      { reason: 'MOVED', count: 2 },
    ],
  };
  const reasons = ['GOALS_MET', 'MOVED', 'OTHER'];

  it('is accepted for a past month when its reasons explain every closed case', () => {
    expect(caseFlowReportViolations(report, '2022-06', reasons)).toEqual([]);
  });

  it('is refused for the current month, which has not ended', () => {
    expect(caseFlowReportViolations(report, '2022-05', reasons).map(refusal)).toEqual([
      {
        rule: 'REPORTED_MONTH_NOT_ENDED',
        field: 'month',
        params: { month: '2022-05', currentMonth: '2022-05' },
        message: 'month 2022-05 has not ended (it is 2022-05 now)',
      },
    ]);
    expect(monthNotEnded('2022-07', '2022-05')?.rule).toBe('REPORTED_MONTH_NOT_ENDED');
    expect(monthNotEnded('2022-04', '2022-05')).toBeNull();
  });

  it('is refused when the closed cases by reason do not add up to the outgoing cases', () => {
    expect(caseFlowReportViolations({ ...report, outgoing: 6 }, '2022-06', reasons).map(refusal)).toEqual([
      {
        rule: 'REASONS_DO_NOT_ADD_UP',
        field: 'closedByReason',
        params: { explained: 5, outgoing: 6 },
        message: 'closedByReason adds up to 5 but outgoing is 6',
      },
    ]);
  });

  it('is refused for a reason named twice or one not in use, each at its place in the list', () => {
    const refused = caseFlowReportViolations(
      {
        ...report,
        closedByReason: [
          { reason: 'GOALS_MET', count: 3 },
          { reason: 'GOALS_MET', count: 1 },
          { reason: 'LOTTERY', count: 1 },
        ],
      },
      '2022-06',
      reasons,
    );
    expect(refused.map((v) => ({ field: v.field, message: v.message }))).toEqual([
      { field: 'closedByReason.1.reason', message: 'GOALS_MET is listed twice' },
      { field: 'closedByReason.2.reason', message: 'LOTTERY is not an active reason (GOALS_MET, MOVED, OTHER)' },
    ]);
    expect(refused.map((v) => [v.rule, v.params])).toEqual([
      ['CLOSURE_REASON_LISTED_TWICE', { reason: 'GOALS_MET' }],
      ['CLOSURE_REASON_NOT_ACTIVE', { reason: 'LOTTERY', active: reasons }],
    ]);
  });

  it('names every problem at once', () => {
    expect(caseFlowReportViolations({ ...report, outgoing: 6 }, '2022-05', ['MOVED']).map((v) => v.rule)).toEqual([
      'REPORTED_MONTH_NOT_ENDED',
      'REASONS_DO_NOT_ADD_UP',
      'CLOSURE_REASON_NOT_ACTIVE',
    ]);
  });
});

describe('whose cases a report counts', () => {
  const provider: Identity = { sub: 'api-key:x', name: 'X', roles: ['PROVIDER'], providerId: 'p1' };
  const official: Identity = { sub: 'anna', name: 'Anna', roles: ['QUALITY_OFFICIAL'] };

  it("lets a provider report only its own service cases, and officials the administration's too", () => {
    expect(sourceViolation(provider, 'PROVIDER')).toBeNull();
    expect(sourceViolation(provider, 'ADMINISTRATION')).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'PROVIDER_REPORTS_OWN_CASES',
      field: 'source',
      message: 'a provider reports its own service cases (source PROVIDER)',
    });
    expect(sourceViolation(official, 'ADMINISTRATION')).toBeNull();
  });
});

describe('throughput per month', () => {
  const reports = [
    { month: '2022-01', incoming: 5, outgoing: 3 },
    { month: '2022-01', incoming: 2, outgoing: 2 },
    { month: '2022-03', incoming: 4, outgoing: 6 },
  ];

  it('adds up the reports of each month, with the balance, and counts a month no one reported as zero reports', () => {
    expect(totalsPerMonth(reports)).toEqual([
      { month: '2022-01', incoming: 7, outgoing: 5, balance: 2, reports: 2 },
      { month: '2022-02', incoming: 0, outgoing: 0, balance: 0, reports: 0 },
      { month: '2022-03', incoming: 4, outgoing: 6, balance: -2, reports: 1 },
    ]);
  });

  it('covers the months asked for, and nothing when nothing was reported', () => {
    expect(totalsPerMonth(reports, '2021-12', '2022-01').map((m) => [m.month, m.reports])).toEqual([
      ['2021-12', 0],
      ['2022-01', 2],
    ]);
    expect(totalsPerMonth([], '2022-01', '2022-12')).toEqual([]);
  });
});

describe('months a unit has not reported', () => {
  it('are the ended months from its first report on that have no report', () => {
    expect(unreportedMonths(['2022-03', '2022-01'], '2022-06')).toEqual(['2022-02', '2022-04', '2022-05']);
  });

  it('start at the month asked for when that is later than the first report', () => {
    expect(unreportedMonths(['2022-01'], '2022-06', '2022-04')).toEqual(['2022-04', '2022-05']);
    expect(unreportedMonths(['2022-03'], '2022-06', '2021-01')).toEqual(['2022-04', '2022-05']);
  });

  it('are none for a unit that has never reported', () => {
    expect(unreportedMonths([], '2022-06')).toEqual([]);
  });
});
