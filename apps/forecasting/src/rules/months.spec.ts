import { addMonth, caseFlowProblems, missingMonths, monthsBetween } from './months';

describe('months', () => {
  it('step across years', () => {
    expect(addMonth('2021-12')).toBe('2022-01');
    expect(addMonth('2022-01', -1)).toBe('2021-12');
    expect(monthsBetween('2021-11', '2022-02')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
    expect(monthsBetween('2022-03', '2022-02')).toEqual([]);
  });

  it('list the months without a report', () => {
    expect(missingMonths(['2022-01', '2022-03'], '2022-01', '2022-04')).toEqual(['2022-02', '2022-04']);
  });
});

describe('case-flow reports', () => {
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

  it('accept a past month whose reasons explain every closed case', () => {
    expect(caseFlowProblems(report, '2022-06', reasons)).toEqual([]);
  });

  it('refuse the current month, reasons that do not add up, unknown or repeated reasons', () => {
    expect(caseFlowProblems(report, '2022-05', reasons)).toEqual([
      { field: 'month', message: 'month 2022-05 has not ended (it is 2022-05 now)' },
    ]);
    expect(caseFlowProblems({ ...report, outgoing: 6 }, '2022-06', reasons)).toEqual([
      { field: 'closedByReason', message: 'closedByReason adds up to 5 but outgoing is 6' },
    ]);
    expect(
      caseFlowProblems(
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
      ),
    ).toEqual([
      { field: 'closedByReason.1.reason', message: 'GOALS_MET is listed twice' },
      { field: 'closedByReason.2.reason', message: 'LOTTERY is not an active reason (GOALS_MET, MOVED, OTHER)' },
    ]);
  });
});
