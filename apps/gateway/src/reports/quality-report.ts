import { Identity } from '@kvalitetsnav/auth';
import { number, percent, ReportDocument, section } from './report-model';
import { ReportData } from './report-data';

const SECTOR_NAMES: Record<string, string> = {
  INDIVIDUAL_AND_FAMILY_CARE: 'Individ- och familjeomsorg',
  AUTHORITY: 'Myndighet',
  DISABILITY: 'Funktionshinderomsorg',
  NURSING_HOME: 'Äldreomsorg, särskilt boende',
  HOME_CARE: 'Äldreomsorg, ordinärt boende',
};
const TYPE_NAMES: Record<string, string> = {
  SPECIFIC: 'Fördjupad',
  OVERARCHING: 'Övergripande',
  NEW_START: 'Nystart',
  TRIGGERED: 'Signalstyrd',
  IOP_ANNUAL: 'IOP årlig',
  THEMATIC: 'Tematisk',
};
const STATUS_NAMES: Record<string, string> = {
  PLANNED: 'Planerad',
  IN_PROGRESS: 'Pågår',
  REPORTED: 'Rapporterad',
  CLOSED: 'Avslutad',
  CANCELLED: 'Inställd',
};

interface Ratio {
  numerator: number;
  denominator: number;
  share: number | null;
}

export interface QualityReportData {
  year: number;
  municipality: string;
  plan: {
    focusAreas: string[];
    targetFirstHalf: number;
    targetSecondHalf: number;
    progress: { half: number; target: number; planned: number; done: number }[];
  } | null;
  followUps: { type: string; status: string }[];
  staffing: {
    unitId: string;
    half: number;
    version: number;
    managers: number;
    permanent: number;
    temporary: number;
    hourly: number;
    sickLeavePercent: number;
    staffTurnoverPercent: number;
  }[];
  sectors: {
    key: string;
    statistics: {
      deviations: number;
      lexSarah: number;
      lexSarahReportedToIvo: number;
      lexMaria: number;
      lexMariaReportedToIvo: number;
      complaints: number;
      closedWithinTwoMonths: Ratio;
    };
  }[];
  trend: { period: string; deviations: number; complaints: number }[];
  notExecuted: { quarter: string; count: number }[];
  surveys: {
    name: string;
    period: string;
    answers: number;
    responseRate: Ratio & { excluded: { reason: string; count: number }[] };
    questions: { text: string; suppressed: boolean; sharePositive: Ratio | null; national: number | null }[];
  }[];
  caseFlows: { month: string; incoming: number; outgoing: number; balance: number }[];
  placements: {
    form: string;
    placed: number;
    careDays: number;
    costSek: number;
    costPerCareDay: number | null;
    averageDurationDays: number | null;
  }[];
  /** Incoming cases, all units, the next twelve months; null when the history is too short or has gaps. */
  forecast: {
    model: string;
    points: { month: string; value: number; lower: number; upper: number }[];
    accuracy: { mase: number } | null;
    baseline: { mase: number } | null;
    beatsBaseline: boolean | null;
  } | null;
  forecastProblem: string | null;
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

const FOLLOW_UPS = `query($year: Int!) { followUpPlan(year: $year) { focusAreas targetFirstHalf targetSecondHalf progress { half target planned done } } followUps(year: $year) { type status } staffingReports(year: $year) { unitId half version managers permanent temporary hourly sickLeavePercent staffTurnoverPercent } }`;
const DEVIATIONS = `query($filter: StatisticsFilter, $year: Int!) {
  deviationStatisticsBy(groupBy: SECTOR, filter: $filter) { key statistics { deviations lexSarah lexSarahReportedToIvo lexMaria lexMariaReportedToIvo complaints closedWithinTwoMonths { numerator denominator share } } }
  deviationTrend(interval: MONTH, filter: $filter) { period deviations complaints }
  decisionsNotExecutedByQuarter(year: $year) { quarter count }
}`;
const ROUNDS = `{ surveyRounds { id name period status } }`;
const RESULTS = `query($roundId: ID!) { surveyResults(roundId: $roundId) { answers responseRate { numerator denominator share excluded { reason count } } questions { text suppressed sharePositive { numerator denominator share } national } } }`;
const FORECAST = `{ forecast(series: { measure: INCOMING }, horizon: 12) { model points { month value lower upper } accuracy { mase } baseline { mase } beatsBaseline } }`;
const FLOWS = `query($filter: CaseFlowFilter, $from: String!, $to: String!) { caseFlowKpis(filter: $filter) { month incoming outgoing balance } placementSummary(from: $from, to: $to) { form placed careDays costSek costPerCareDay averageDurationDays } }`;

/** Reads the year's live data from all four services, reporting each step as it goes. */
export async function fetchQualityReportData(
  data: ReportData,
  year: number,
  municipality: string,
  by: Identity,
  step: (label: string) => void,
): Promise<QualityReportData> {
  step('Hämtar avtalsuppföljning');
  const contracts = await data.query<{
    followUpPlan: QualityReportData['plan'];
    followUps: QualityReportData['followUps'];
    staffingReports: QualityReportData['staffing'];
  }>('contracts', FOLLOW_UPS, { year }, by);
  step('Hämtar avvikelser');
  const deviations = await data.query<{
    deviationStatisticsBy: QualityReportData['sectors'];
    deviationTrend: QualityReportData['trend'];
    decisionsNotExecutedByQuarter: QualityReportData['notExecuted'];
  }>('deviations', DEVIATIONS, { filter: { from: `${year}-01-01`, to: `${year}-12-31` }, year }, by);
  step('Hämtar brukarundersökningar');
  const rounds = (
    await data.query<{ surveyRounds: { id: string; name: string; period: string; status: string }[] }>(
      'surveys',
      ROUNDS,
      {},
      by,
    )
  ).surveyRounds.filter((r) => r.status === 'CLOSED' && r.period.startsWith(String(year)));
  const surveys: QualityReportData['surveys'] = [];
  for (const round of rounds) {
    const [total] = (
      await data.query<{ surveyResults: Omit<QualityReportData['surveys'][number], 'name' | 'period'>[] }>(
        'surveys',
        RESULTS,
        { roundId: round.id },
        by,
      )
    ).surveyResults;
    surveys.push({ name: round.name, period: round.period, ...total });
  }
  step('Hämtar ärendeflöden och placeringar');
  const flows = await data.query<{
    caseFlowKpis: QualityReportData['caseFlows'];
    placementSummary: QualityReportData['placements'];
  }>(
    'forecasting',
    FLOWS,
    { filter: { source: 'PROVIDER', from: `${year}-01`, to: `${year}-12` }, from: `${year}-01`, to: `${year}-12` },
    by,
  );
  step('Hämtar prognos');
  let forecast: QualityReportData['forecast'] = null;
  let forecastProblem: string | null = null;
  try {
    forecast = (
      await data.query<{ forecast: NonNullable<QualityReportData['forecast']> }>('forecasting', FORECAST, {}, by)
    ).forecast;
  } catch (error) {
    forecastProblem = error instanceof Error ? error.message.replace(/^forecasting: /, '') : String(error);
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

/** The services' exclusion reasons are English; the report is Swedish. */
export function swedishExclusion(reason: string): string {
  const optedOut = /^offered at (\d+) units? that opted out$/.exec(reason);
  if (optedOut)
    return `erbjudna vid ${optedOut[1]} ${optedOut[1] === '1' ? 'enhet' : 'enheter'} som avstod från att delta`;
  if (reason.startsWith('non-substantive answers')) return 'svaren "vet inte", "vill inte svara" och "inte aktuellt"';
  if (reason === 'question left unanswered') return 'obesvarade frågor';
  return reason;
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
  const sectorName = (key: string) => SECTOR_NAMES[key] ?? key;
  const done = d.followUps.filter((f) => f.status === 'REPORTED' || f.status === 'CLOSED').length;
  const byType = [...new Set(d.followUps.map((f) => f.type))].map((type) => {
    const of = d.followUps.filter((f) => f.type === type);
    return [
      TYPE_NAMES[type] ?? type,
      ...Object.keys(STATUS_NAMES).map((s) => of.filter((f) => f.status === s).length),
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
          `Under ${d.year} genomfördes ${done} uppföljningar${d.plan ? ` mot målet ${d.plan.targetFirstHalf + d.plan.targetSecondHalf} fördjupade uppföljningar` : ''}.`,
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
                  columns: ['Halvår', 'Mål', 'Planerade', 'Genomförda'],
                  rows: d.plan.progress.map((p) => [`Halvår ${p.half}`, p.target, p.planned, p.done]),
                },
              ]
            : []),
          {
            caption: 'Uppföljningar per typ och status',
            columns: ['Typ', ...Object.values(STATUS_NAMES), 'Totalt'],
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
            s.responseRate.excluded
              .map((e) => `Utanför underlaget: ${swedishExclusion(e.reason)} (${e.count}).`)
              .join(' ') || undefined,
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
              sectorName(s.key),
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
            labels: d.sectors.map((s) => sectorName(s.key)),
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
          : [`Ingen prognos kunde göras: ${d.forecastProblem ?? 'underlag saknas'}.`],
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
