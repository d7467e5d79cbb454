import { BoardReportData, buildBoardReport } from './board-report';

const data: BoardReportData = {
  year: 2026,
  month: 'JUNE',
  board: null,
  from: '2025-12-01',
  to: '2026-05-31',
  reported: [],
  decisionCases: [],
};

describe('the board report', () => {
  it("names its board in the heading when it covers one board's follow-ups", () => {
    const report = buildBoardReport({ ...data, board: 'Social- och omsorgsnämnden' }, '2026-06-01T08:00:00Z');
    expect(report.title).toBe('Halvårsrapport uppföljningar juni 2026 – Social- och omsorgsnämnden');
  });

  it('names no board when it covers all boards', () => {
    expect(buildBoardReport({ ...data, month: 'NOVEMBER' }, '2026-06-01T08:00:00Z').title).toBe(
      'Halvårsrapport uppföljningar november 2026',
    );
  });
});
