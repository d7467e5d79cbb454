import { Identity } from '@kvalitetsnav/auth';
import type { KoladaSurveyResultsQuery } from './__generated__/graphql';
import { ReportData } from './report-data';
import {
  KOLADA_DEVIATIONS,
  KOLADA_SURVEY_DEFINITION,
  KOLADA_SURVEY_RESULTS,
  REPORT_SURVEY_ROUNDS,
} from './report-operations';

/**
 * The municipality's own KPIs in the JSON shape of Kolada's API. Our own measures have ids in
 * the KVN series; survey questions tied to a Kolada KPI are reported under that KPI's id.
 */
export const OWN_KPIS = {
  KVN0001: 'Andel avvikelser slutbedömda inom två månader (%)',
  KVN0002: 'Andel avvikelser med registrerade åtgärder (%)',
  KVN0003: 'Antal lex Sarah-rapporter',
  KVN0004: 'Antal synpunkter och klagomål',
} as const;

export interface KoladaValues {
  values: {
    kpi: string;
    municipality: string;
    period: number;
    values: { gender: 'T' | 'K' | 'M'; value: number | null; count: number | null }[];
  }[];
}

type KoladaQuestion = KoladaSurveyResultsQuery['total'][number]['questions'][number];
type Share = { numerator: number; denominator: number; share: number | null } | null;
const pct = (r: Share) => (r && r.share !== null ? Math.round(r.share * 1000) / 10 : null);

export async function buildKoladaExport(
  data: ReportData,
  year: number,
  municipality: string,
  by: Identity,
): Promise<KoladaValues> {
  const values: KoladaValues['values'] = [];
  const push = (kpi: string, gender: 'T' | 'K' | 'M', value: number | null, count: number | null) => {
    let entry = values.find((v) => v.kpi === kpi);
    if (!entry) values.push((entry = { kpi, municipality, period: year, values: [] }));
    entry.values.push({ gender, value, count });
  };
  const d = (
    await data.query('deviations', KOLADA_DEVIATIONS, { filter: { from: `${year}-01-01`, to: `${year}-12-31` } }, by)
  ).deviationStatistics;
  push('KVN0001', 'T', pct(d.closedWithinTwoMonths), d.closedWithinTwoMonths?.denominator ?? null);
  push('KVN0002', 'T', pct(d.actionsRegistered), d.actionsRegistered?.denominator ?? null);
  push('KVN0003', 'T', d.lexSarah, null);
  push('KVN0004', 'T', d.complaints, null);
  const rounds = (await data.query('surveys', REPORT_SURVEY_ROUNDS, {}, by)).surveyRounds.filter(
    (r) => r.status === 'CLOSED' && r.period.startsWith(String(year)),
  );
  for (const round of rounds) {
    const definition = (await data.query('surveys', KOLADA_SURVEY_DEFINITION, { id: round.definitionId }, by))
      .surveyDefinition;
    if (!definition) continue;
    const results = await data.query('surveys', KOLADA_SURVEY_RESULTS, { roundId: round.id }, by);
    const [total] = results.total;
    push(`KVN-RR-${definition.code}`, 'T', pct(total.responseRate), total.responseRate?.denominator ?? null);
    for (const q of definition.questions.filter((x) => x.koladaKpi)) {
      const shareOf = (group: { questions: KoladaQuestion[] } | undefined) =>
        group?.questions.find((r) => r.questionId === q.id);
      const t = shareOf(total);
      push(q.koladaKpi!, 'T', t && !t.suppressed ? pct(t.sharePositive) : null, t?.sharePositive?.denominator ?? null);
      for (const [key, gender] of [
        ['WOMAN', 'K'],
        ['MAN', 'M'],
      ] as const) {
        const g = shareOf(results.gender.find((x) => x.key === key));
        push(
          q.koladaKpi!,
          gender,
          g && !g.suppressed ? pct(g.sharePositive) : null,
          g && !g.suppressed ? (g.sharePositive?.denominator ?? null) : null,
        );
      }
    }
  }
  return { values };
}
