import { improvementStatistics, ImprovementStatisticsRow } from './improvement-statistics-rules';

const started = (startedOn: string): ImprovementStatisticsRow => ({
  startedOn,
  actDecision: null,
  actCompletedOn: null,
});
const acted = (startedOn: string, actDecision: 'ADOPT' | 'ADAPT' | 'ABANDON', actCompletedOn: string) => ({
  startedOn,
  actDecision,
  actCompletedOn,
});

describe('counting improvements per period by outcome', () => {
  it('gives every quarter from the first to the last, empty ones as zero', () => {
    const periods = improvementStatistics([], '2026-01-01', '2026-12-31', 'QUARTER');
    expect(periods.map((p) => p.period)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periods[0]).toMatchObject({ from: '2026-01-01', to: '2026-03-31', started: 0, finished: 0, openAtEnd: 0 });
    expect(periods[0].adopted).toMatchObject({ numerator: 0, denominator: 0, share: null });
  });

  it('counts an improvement as started in the period it was started in', () => {
    const [q1, q2] = improvementStatistics(
      [started('2026-02-10'), started('2026-04-01')],
      '2026-01-01',
      '2026-06-30',
      'QUARTER',
    );
    expect([q1.started, q2.started]).toEqual([1, 1]);
  });

  it('counts it as finished in the period its ACT phase completed, by the decision, each a share of the finished', () => {
    const rows = [
      acted('2025-11-01', 'ADOPT', '2026-02-01'),
      acted('2026-01-05', 'ADOPT', '2026-03-31'),
      acted('2026-01-05', 'ADAPT', '2026-03-01'),
      acted('2026-01-05', 'ABANDON', '2026-04-01'),
    ];
    const [q1, q2] = improvementStatistics(rows, '2026-01-01', '2026-06-30', 'QUARTER');
    expect(q1.finished).toBe(3);
    expect(q1.adopted).toMatchObject({ numerator: 2, denominator: 3 });
    expect(q1.adapted).toMatchObject({ numerator: 1, denominator: 3 });
    expect(q1.abandoned).toMatchObject({ numerator: 0, denominator: 3 });
    expect(q2.finished).toBe(1);
    expect(q2.abandoned).toMatchObject({ numerator: 1, denominator: 1, share: 1 });
  });

  it('counts as open at the end of a period those started by then and not adopted or abandoned by then; adapted ones go on', () => {
    const rows = [
      started('2026-01-10'),
      acted('2026-01-10', 'ADAPT', '2026-02-01'),
      acted('2026-01-10', 'ADOPT', '2026-05-01'),
      acted('2026-01-10', 'ABANDON', '2026-03-01'),
      started('2026-04-02'),
    ];
    const [q1, q2] = improvementStatistics(rows, '2026-01-01', '2026-06-30', 'QUARTER');
    expect(q1.openAtEnd).toBe(3);
    expect(q2.openAtEnd).toBe(3);
  });

  it('cuts the first and last period to the filter, and counts per year too', () => {
    const rows = [started('2025-12-31'), started('2026-03-01'), acted('2026-01-01', 'ADOPT', '2026-09-01')];
    const [y] = improvementStatistics(rows, '2026-02-01', '2026-06-30', 'YEAR');
    expect(y).toMatchObject({
      period: '2026',
      from: '2026-02-01',
      to: '2026-06-30',
      started: 1,
      finished: 0,
      openAtEnd: 3,
    });
  });
});
