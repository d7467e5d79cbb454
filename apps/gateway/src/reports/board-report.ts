import { Identity } from '@kvalitetsnav/auth';
import { enumLabel } from '@kvalitetsnav/swedish';
import type { BoardFollowUpFragment, BoardReportMonth } from './__generated__/graphql';
import { ReportData } from './report-data';
import { ReportDocument, section } from './report-model';
import { BOARD_REPORT } from './report-operations';

export type BoardFollowUp = BoardFollowUpFragment;

export interface BoardReportData {
  year: number;
  month: BoardReportMonth;
  /** The board's name, `null` when the report covers all boards. */
  board: string | null;
  from: string;
  to: string;
  reported: BoardFollowUp[];
  decisionCases: BoardFollowUp[];
}

export async function fetchBoardReportData(
  data: ReportData,
  year: number,
  month: BoardReportMonth,
  by: Identity,
  step: (label: string) => void,
  boardId: string | null = null,
): Promise<BoardReportData> {
  step('Hämtar uppföljningar');
  const result = await data.query('contracts', BOARD_REPORT, { year, month, boardId }, by);
  return {
    year,
    month,
    board: boardId ? (result.boards.find((b) => b.id === boardId)?.name ?? null) : null,
    from: result.halfYearFollowUpReport.from,
    to: result.halfYearFollowUpReport.to,
    reported: result.halfYearFollowUpReport.followUps,
    decisionCases: result.boardQueue,
  };
}

/** The half-yearly report to the board (June, November): follow-ups reported in the period, and decision cases. */
export function buildBoardReport(d: BoardReportData, generatedAt: string): ReportDocument {
  const row = (f: BoardFollowUp) => [
    f.title,
    f.contract?.reference ?? '–',
    f.reportedOn ?? '–',
    f.actions.length,
    f.actions.filter((a) => a.status !== 'VERIFIED').length,
    f.publishedOn ? 'Ja' : 'Nej',
  ];
  const columns = ['Uppföljning', 'Avtal', 'Rapporterad', 'Krav på åtgärder', 'Varav öppna', 'Publicerad'];
  return {
    title: `Halvårsrapport uppföljningar ${d.month === 'JUNE' ? 'juni' : 'november'} ${d.year}${d.board ? ` – ${d.board}` : ''}`,
    subtitle: `Uppföljningar rapporterade ${d.from} – ${d.to} och ärenden för beslut i nämnden`,
    generatedAt,
    sections: [
      section('Ärenden för beslut', {
        paragraphs: d.decisionCases.length
          ? d.decisionCases.map((f) => `${f.title}: ${f.findings ?? ''}`)
          : ['Inga uppföljningar väntar på beslut.'],
        tables: [
          { caption: 'Uppföljningar som lyfts till nästa nämndsammanträde', columns, rows: d.decisionCases.map(row) },
        ],
      }),
      section('Övriga uppföljningar under perioden', {
        tables: [
          { caption: `Rapporterade ${d.from} – ${d.to}`, columns, rows: d.reported.map(row) },
          {
            caption: 'Krav på åtgärder',
            columns: ['Uppföljning', 'Åtgärd', 'Senast', 'Status'],
            rows: d.reported.flatMap((f) =>
              f.actions.map((a) => [f.title, a.description, a.deadline, enumLabel('FollowUpActionStatus', a.status)]),
            ),
          },
        ],
      }),
    ],
  };
}
