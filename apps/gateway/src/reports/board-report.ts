import { Identity } from '@kvalitetsnav/auth';
import { ReportData } from './report-data';
import { ReportDocument, section } from './report-model';

export interface BoardFollowUp {
  title: string;
  type: string;
  status: string;
  reportedOn: string | null;
  decisionNeeded: boolean;
  publishedOn: string | null;
  findings: string | null;
  contract: { reference: string } | null;
  actions: { description: string; deadline: string; status: string }[];
}

export interface BoardReportData {
  year: number;
  month: 'JUNE' | 'NOVEMBER';
  from: string;
  to: string;
  reported: BoardFollowUp[];
  decisionCases: BoardFollowUp[];
}

const FIELDS =
  'title type status reportedOn decisionNeeded publishedOn findings contract { reference } actions { description deadline status }';
const QUERY = `query($year: Int!, $month: BoardReportMonth!) { halfYearFollowUpReport(year: $year, month: $month) { from to followUps { ${FIELDS} } } boardQueue { ${FIELDS} } }`;

export async function fetchBoardReportData(
  data: ReportData,
  year: number,
  month: 'JUNE' | 'NOVEMBER',
  by: Identity,
  step: (label: string) => void,
): Promise<BoardReportData> {
  step('Hämtar uppföljningar');
  const result = await data.query<{
    halfYearFollowUpReport: { from: string; to: string; followUps: BoardFollowUp[] };
    boardQueue: BoardFollowUp[];
  }>('contracts', QUERY, { year, month }, by);
  return {
    year,
    month,
    from: result.halfYearFollowUpReport.from,
    to: result.halfYearFollowUpReport.to,
    reported: result.halfYearFollowUpReport.followUps,
    decisionCases: result.boardQueue,
  };
}

const ACTION_STATUS: Record<string, string> = {
  OPEN: 'Öppen',
  PLAN_RECEIVED: 'Åtgärdsplan inkommen',
  COMPLETED: 'Utförd enligt utföraren',
  VERIFIED: 'Kontrollerad',
};

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
    title: `Halvårsrapport uppföljningar ${d.month === 'JUNE' ? 'juni' : 'november'} ${d.year}`,
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
              f.actions.map((a) => [f.title, a.description, a.deadline, ACTION_STATUS[a.status] ?? a.status]),
            ),
          },
        ],
      }),
    ],
  };
}
