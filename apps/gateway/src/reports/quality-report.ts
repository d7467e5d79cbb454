import { Identity } from '@kvalitetsnav/auth';
import { ENUM_LABELS, enumLabel, Refusal, surveyExclusion, swedishRefusal } from '@kvalitetsnav/swedish';
import type {
  QualityReportDeviationsQuery,
  QualityReportFlowsQuery,
  QualityReportFollowUpsQuery,
  QualityReportForecastQuery,
  QualityReportSurveyResultsQuery,
} from './__generated__/graphql';
import { ReportData, ReportQueryError } from './report-data';
import { number, percent, ReportDocument, section } from './report-model';
import {
  QUALITY_REPORT_DEVIATIONS,
  QUALITY_REPORT_FLOWS,
  QUALITY_REPORT_FOLLOW_UPS,
  QUALITY_REPORT_FORECAST,
  QUALITY_REPORT_SURVEY_RESULTS,
  REPORT_SURVEY_ROUNDS,
} from './report-operations';

type SurveyResult = QualityReportSurveyResultsQuery['surveyResults'][number];
/** A round's total: it always has a response rate (only the gender split has none). */
type SurveyTotal = SurveyResult & { responseRate: NonNullable<SurveyResult['responseRate']> };

const FOLLOW_UP_STATUSES = Object.keys(ENUM_LABELS.FollowUpStatus) as (keyof typeof ENUM_LABELS.FollowUpStatus)[];

/** What the yearly quality report is written from: the services' answers to its operations. */
export interface QualityReportData {
  year: number;
  municipality: string;
  plan: QualityReportFollowUpsQuery['followUpPlan'];
  followUps: QualityReportFollowUpsQuery['followUps'];
  staffing: QualityReportFollowUpsQuery['staffingReports'];
  sectors: QualityReportDeviationsQuery['deviationStatisticsBy'];
  trend: QualityReportDeviationsQuery['deviationTrend'];
  notExecuted: QualityReportDeviationsQuery['decisionsNotExecutedByQuarter'];
  surveys: ({ name: string; period: string } & SurveyTotal)[];
  caseFlows: QualityReportFlowsQuery['caseFlowKpis'];
  placements: QualityReportFlowsQuery['placementSummary'];
  /** Incoming cases, all units, the next twelve months; null when the history is too short or has gaps. */
  forecast: QualityReportForecastQuery['forecast'] | null;
  /** Why there is no forecast: forecasting's refusal, which the report says in Swedish. */
  forecastProblem: Refusal | null;
}

/** The figures the report states, by name, so a reader (or a test) can check them against the sources. */
export interface QualityReportFigures {
  deviationsBySector: Record<string, number>;
  lexSarahBySector: Record<string, number>;
  lexSarahReportedToIvo: number;
  complaintsBySector: Record<string, number>;
  notExecutedByQuarter: Record<string, number>;
  followUpsDone: number;
  surveyResponseRates: { name: string; numerator: number; denominator: number }[];
}

/** Reads the year's live data from all four services, reporting each step as it goes. */
export async function fetchQualityReportData(
  data: ReportData,
  year: number,
  municipality: string,
  by: Identity,
  step: (label: string) => void,
): Promise<QualityReportData> {
  step('Hämtar avtalsuppföljning');
  const contracts = await data.query('contracts', QUALITY_REPORT_FOLLOW_UPS, { year }, by);
  step('Hämtar avvikelser');
  const deviations = await data.query(
    'deviations',
    QUALITY_REPORT_DEVIATIONS,
    { filter: { from: `${year}-01-01`, to: `${year}-12-31` }, year },
    by,
  );
  step('Hämtar brukarundersökningar');
  const rounds = (await data.query('surveys', REPORT_SURVEY_ROUNDS, {}, by)).surveyRounds.filter(
    (r) => r.status === 'CLOSED' && r.period.startsWith(String(year)),
  );
  const surveys: QualityReportData['surveys'] = [];
  for (const round of rounds) {
    const [total] = (await data.query('surveys', QUALITY_REPORT_SURVEY_RESULTS, { roundId: round.id }, by))
      .surveyResults;
    if (total?.responseRate)
      surveys.push({ name: round.name, period: round.period, ...total, responseRate: total.responseRate });
  }
  step('Hämtar ärendeflöden och placeringar');
  const flows = await data.query(
    'forecasting',
    QUALITY_REPORT_FLOWS,
    { filter: { source: 'PROVIDER', from: `${year}-01`, to: `${year}-12` }, from: `${year}-01`, to: `${year}-12` },
    by,
  );
  step('Hämtar prognos');
  let forecast: QualityReportData['forecast'] = null;
  let forecastProblem: Refusal | null = null;
  try {
    forecast = (await data.query('forecasting', QUALITY_REPORT_FORECAST, {}, by)).forecast;
  } catch (error) {
    if (!(error instanceof ReportQueryError)) throw error;
    forecastProblem = error.refusal;
  }
  return {
    forecast,
    forecastProblem,
    year,
    municipality,
    plan: contracts.followUpPlan,
    followUps: contracts.followUps,
    staffing: contracts.staffingReports,
    sectors: deviations.deviationStatisticsBy,
    trend: deviations.deviationTrend,
    notExecuted: deviations.decisionsNotExecutedByQuarter,
    surveys,
    caseFlows: flows.caseFlowKpis,
    placements: flows.placementSummary,
  };
}

/** The latest version of each unit's staffing report per half-year. */
function latestStaffing(rows: QualityReportData['staffing']) {
  const latest = new Map<string, QualityReportData['staffing'][number]>();
  for (const r of rows) {
    const key = `${r.unitId}:${r.half}`;
    if ((latest.get(key)?.version ?? 0) < r.version) latest.set(key, r);
  }
  return [...latest.values()];
}

export function buildQualityReport(
  d: QualityReportData,
  generatedAt: string,
): { document: ReportDocument; figures: QualityReportFigures } {
  const sectorName = (s: { key: string; name?: string | null }) => s.name ?? s.key;
  const done = d.followUps.filter((f) => f.status === 'REPORTED' || f.status === 'CLOSED').length;
  const byType = [...new Set(d.followUps.map((f) => f.type))].map((type) => {
    const of = d.followUps.filter((f) => f.type === type);
    return [
      enumLabel('FollowUpType', type),
      ...FOLLOW_UP_STATUSES.map((s) => of.filter((f) => f.status === s).length),
      of.length,
    ];
  });
  const staffing = latestStaffing(d.staffing);
  const staffingRows = [1, 2].map((half) => {
    const rows = staffing.filter((s) => s.half === half);
    const staff = (s: (typeof rows)[number]) => s.permanent + s.temporary + s.hourly;
    const total = rows.reduce((sum, s) => sum + staff(s), 0);
    const weighted = (key: 'sickLeavePercent' | 'staffTurnoverPercent') =>
      total ? rows.reduce((sum, s) => sum + s[key] * staff(s), 0) / total : null;
    return [
      `Halvår ${half}`,
      rows.length,
      number(rows.reduce((s, r) => s + r.managers, 0)),
      number(rows.reduce((s, r) => s + r.permanent, 0)),
      number(rows.reduce((s, r) => s + r.temporary, 0)),
      number(rows.reduce((s, r) => s + r.hourly, 0)),
      weighted('sickLeavePercent') === null ? '–' : `${number(weighted('sickLeavePercent'), 1)} %`,
      weighted('staffTurnoverPercent') === null ? '–' : `${number(weighted('staffTurnoverPercent'), 1)} %`,
    ];
  });
  const ivo = d.sectors.reduce((s, x) => s + x.statistics.lexSarahReportedToIvo, 0);

  const document: ReportDocument = {
    title: `Kvalitetsberättelse ${d.year}`,
    subtitle: `Kommun ${d.municipality} – uppföljning av avtal, brukarundersökningar, avvikelser och prognoser`,
    generatedAt,
    sections: [
      section('Sammanfattning', {
        paragraphs: [
          `Under ${d.year} genomfördes ${done} uppföljningar${d.plan ? ` mot målet ${d.plan.periods.reduce((sum, p) => sum + p.target, 0)} fördjupade uppföljningar` : ''}.`,
          `Verksamheterna registrerade ${number(d.sectors.reduce((s, x) => s + x.statistics.deviations, 0))} avvikelser, ${d.sectors.reduce((s, x) => s + x.statistics.lexSarah, 0)} lex Sarah-rapporter (varav ${ivo} anmälda till IVO) och ${d.sectors.reduce((s, x) => s + x.statistics.complaints, 0)} synpunkter och klagomål.`,
          'Alla andelar anges med täljare och nämnare så att varje siffra kan räknas om från underlaget.',
        ],
      }),
      section('Uppföljning av avtal', {
        paragraphs: d.plan
          ? [`Fokusområden: ${d.plan.focusAreas.join(', ') || '–'}.`]
          : [`Ingen uppföljningsplan är registrerad för ${d.year}.`],
        tables: [
          ...(d.plan
            ? [
                {
                  caption: 'Fördjupade uppföljningar mot planen',
                  columns: ['Period', 'Mål', 'Planerade', 'Genomförda'],
                  rows: d.plan.progress.map((p) => [`${p.startsOn} – ${p.endsOn}`, p.target, p.planned, p.done]),
                },
              ]
            : []),
          {
            caption: 'Uppföljningar per typ och status',
            columns: ['Typ', ...FOLLOW_UP_STATUSES.map((s) => enumLabel('FollowUpStatus', s)), 'Totalt'],
            rows: byType,
          },
        ],
      }),
      section('Brukarundersökningar', {
        paragraphs: d.surveys.length ? [] : [`Inga brukarundersökningar avslutades ${d.year}.`],
        tables: d.surveys.map((s) => ({
          caption: `${s.name} (${s.period}): svarsfrekvens ${percent(s.responseRate.share)} – ${s.responseRate.numerator} svar av ${s.responseRate.denominator} erbjudna`,
          columns: ['Fråga', 'Andel positiva', 'Täljare/nämnare', 'Riket'],
          rows: s.questions.map((q) => [
            q.text,
            q.suppressed ? 'För få svar' : percent(q.sharePositive?.share),
            q.sharePositive ? `${q.sharePositive.numerator}/${q.sharePositive.denominator}` : '–',
            percent(q.national),
          ]),
          note:
            s.responseRate.excluded.map((e) => `Utanför underlaget: ${surveyExclusion(e)} (${e.count}).`).join(' ') ||
            undefined,
        })),
        charts: d.surveys.map((s, i) => ({
          id: `survey-${i}`,
          title: `${s.name}: andel positiva svar`,
          type: 'bar' as const,
          percent: true,
          labels: s.questions.map((q, j) => `Fråga ${j + 1}`),
          datasets: [
            {
              label: 'Kommunen',
              data: s.questions.map((q) => (q.suppressed ? null : (q.sharePositive?.share ?? null))),
            },
            { label: 'Riket', data: s.questions.map((q) => q.national) },
          ],
        })),
      }),
      section('Avvikelser, lex Sarah och klagomål', {
        tables: [
          {
            caption: `Per verksamhetsområde ${d.year}`,
            columns: [
              'Område',
              'Avvikelser',
              'Lex Sarah',
              'varav till IVO',
              'Lex Maria',
              'Synpunkter och klagomål',
              'Slutbedömda inom två månader',
            ],
            rows: d.sectors.map((s) => [
              sectorName(s),
              number(s.statistics.deviations),
              s.statistics.lexSarah,
              s.statistics.lexSarahReportedToIvo,
              s.statistics.lexMaria,
              s.statistics.complaints,
              `${percent(s.statistics.closedWithinTwoMonths.share)} (${s.statistics.closedWithinTwoMonths.numerator}/${s.statistics.closedWithinTwoMonths.denominator})`,
            ]),
            note: 'Andelen slutbedömda inom två månader räknas på avvikelser vars två månader har gått eller som redan är slutbedömda.',
          },
          {
            caption: 'Ej verkställda beslut rapporterade till IVO per kvartal',
            columns: ['Kvartal', 'Antal'],
            rows: d.notExecuted.map((q) => [q.quarter.replace('-Q', ' kvartal '), q.count]),
          },
        ],
        charts: [
          {
            id: 'deviations-by-sector',
            title: 'Avvikelser per verksamhetsområde',
            type: 'bar',
            labels: d.sectors.map((s) => sectorName(s)),
            datasets: [
              { label: 'Avvikelser', data: d.sectors.map((s) => s.statistics.deviations) },
              { label: 'Synpunkter och klagomål', data: d.sectors.map((s) => s.statistics.complaints) },
            ],
          },
          {
            id: 'deviation-trend',
            title: 'Avvikelser per månad',
            type: 'line',
            labels: d.trend.map((t) => t.period),
            datasets: [
              { label: 'Avvikelser', data: d.trend.map((t) => t.deviations) },
              { label: 'Klagomål', data: d.trend.map((t) => t.complaints) },
            ],
          },
        ],
      }),
      section('Personal', {
        paragraphs: staffing.length
          ? [
              'Senaste inlämnade bemanningsuppföljning per enhet och halvår. Sjukfrånvaro och personalomsättning är viktade efter antal anställda.',
            ]
          : ['Inga bemanningsuppföljningar har lämnats in.'],
        tables: staffing.length
          ? [
              {
                caption: 'Bemanning',
                columns: [
                  'Period',
                  'Enheter',
                  'Chefer',
                  'Tillsvidare',
                  'Visstid',
                  'Timavlönade',
                  'Sjukfrånvaro',
                  'Personalomsättning',
                ],
                rows: staffingRows,
              },
            ]
          : [],
      }),
      section('Ärendeflöden och placeringar', {
        tables: [
          {
            caption: 'Inkomna och avslutade ärenden per månad (utförarnas rapporter)',
            columns: ['Månad', 'Inkomna', 'Avslutade', 'Netto'],
            rows: d.caseFlows.map((c) => [c.month, c.incoming, c.outgoing, c.balance]),
          },
          {
            caption: 'Placeringar per placeringsform',
            columns: ['Form', 'Placerade', 'Vårddygn', 'Kostnad (kr)', 'Kr per vårddygn', 'Snittlängd (dygn)'],
            rows: d.placements.map((p) => [
              p.form === 'TOTAL' ? 'Totalt' : p.form,
              p.placed,
              number(p.careDays),
              number(p.costSek),
              number(p.costPerCareDay),
              number(p.averageDurationDays),
            ]),
          },
        ],
        charts: d.caseFlows.length
          ? [
              {
                id: 'case-flows',
                title: 'Ärendeflöde per månad',
                type: 'line',
                labels: d.caseFlows.map((c) => c.month),
                datasets: [
                  { label: 'Inkomna', data: d.caseFlows.map((c) => c.incoming) },
                  { label: 'Avslutade', data: d.caseFlows.map((c) => c.outgoing) },
                ],
              },
            ]
          : [],
      }),
      section('Prognos', {
        paragraphs: d.forecast
          ? [
              `Inkomna ärenden de kommande tolv månaderna enligt modellen ${d.forecast.model}, vald efter lägsta AICc.`,
              d.forecast.accuracy && d.forecast.baseline
                ? `I backtest var träffsäkerheten MASE ${number(d.forecast.accuracy.mase, 2)} mot ${number(d.forecast.baseline.mase, 2)} för en säsongsnaiv prognos; modellen ${d.forecast.beatsBaseline ? 'slår' : 'slår inte'} den naiva prognosen.`
                : 'Historiken är för kort för att mäta träffsäkerheten.',
            ]
          : [
              `Ingen prognos kunde göras. ${d.forecastProblem ? swedishRefusal(d.forecastProblem) : 'Underlag saknas.'}`,
            ],
        tables: d.forecast
          ? [
              {
                caption: 'Prognos för inkomna ärenden, med 95 % prognosintervall',
                columns: ['Månad', 'Prognos', 'Lägst', 'Högst'],
                rows: d.forecast.points.map((p) => [
                  p.month,
                  number(p.value, 1),
                  number(p.lower, 1),
                  number(p.upper, 1),
                ]),
              },
            ]
          : [],
        charts: d.forecast
          ? [
              {
                id: 'forecast',
                title: 'Prognos för inkomna ärenden',
                type: 'line',
                labels: d.forecast.points.map((p) => p.month),
                datasets: [
                  { label: 'Prognos', data: d.forecast.points.map((p) => p.value) },
                  { label: 'Lägst', data: d.forecast.points.map((p) => p.lower) },
                  { label: 'Högst', data: d.forecast.points.map((p) => p.upper) },
                ],
              },
            ]
          : [],
      }),
    ],
  };
  const bySector = (pick: (s: QualityReportData['sectors'][number]['statistics']) => number) =>
    Object.fromEntries(d.sectors.map((s) => [s.key, pick(s.statistics)]));
  return {
    document,
    figures: {
      deviationsBySector: bySector((s) => s.deviations),
      lexSarahBySector: bySector((s) => s.lexSarah),
      lexSarahReportedToIvo: ivo,
      complaintsBySector: bySector((s) => s.complaints),
      notExecutedByQuarter: Object.fromEntries(d.notExecuted.map((q) => [q.quarter, q.count])),
      followUpsDone: done,
      surveyResponseRates: d.surveys.map((s) => ({
        name: s.name,
        numerator: s.responseRate.numerator,
        denominator: s.responseRate.denominator,
      })),
    },
  };
}
