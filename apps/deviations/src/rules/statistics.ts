import { DEVIATION_KINDS, DeviationKind } from '@kvalitetsnav/events';
import { addMonths, quarterOf, twoMonthRule } from './deviation-rules';

/** Deviations in the narrow sense, which the two-month rule governs (seed 002 §3.2.4). */
export const TWO_MONTH_RULE_KINDS: DeviationKind[] = ['SOL_LSS', 'HSL'];

export interface DeviationRow {
  kind: DeviationKind;
  status: string;
  reportedOn: string;
  actionsRegisteredOn: string | null;
  finalAssessedOn: string | null;
  seriousness: string | null;
  ivoReportedOn: string | null;
}

/** A share that shows its working: numerator, denominator, and what was left out and why. */
export interface Ratio {
  numerator: number;
  denominator: number;
  share: number | null;
  excluded: number;
  excludedReason: string | null;
}

export interface DeviationFigures {
  total: number;
  open: number;
  byKind: { kind: DeviationKind; count: number }[];
  deviations: number;
  lexSarah: number;
  lexSarahSerious: number;
  lexSarahReportedToIvo: number;
  lexMaria: number;
  lexMariaReportedToIvo: number;
  complaints: number;
  overdue: number;
  closedWithinTwoMonths: Ratio;
  actionsRegistered: Ratio;
}

const ratio = (numerator: number, denominator: number, excluded = 0, excludedReason: string | null = null): Ratio => ({
  numerator,
  denominator,
  share: denominator ? numerator / denominator : null,
  excluded,
  excludedReason: excluded ? excludedReason : null,
});

/**
 * The figures for a set of deviations. The share closed within two months counts only
 * deviations whose outcome is known today: finally assessed, or past their deadline; those
 * still inside their two months are reported as excluded.
 */
export function deviationFigures(rows: DeviationRow[], today: string): DeviationFigures {
  const count = (kind: DeviationKind) => rows.filter((r) => r.kind === kind).length;
  const ruled = rows.filter((r) => TWO_MONTH_RULE_KINDS.includes(r.kind));
  const outcomes = ruled.map((r) => twoMonthRule(r, today));
  const decided = ruled.filter((r, i) => r.finalAssessedOn !== null || today > outcomes[i].deadline);
  const lex = (kind: DeviationKind) => rows.filter((r) => r.kind === kind);
  return {
    total: rows.length,
    open: rows.filter((r) => r.status !== 'CLOSED').length,
    byKind: DEVIATION_KINDS.map((kind) => ({ kind, count: count(kind) })).filter((k) => k.count > 0),
    deviations: ruled.length,
    lexSarah: count('LEX_SARAH'),
    lexSarahSerious: lex('LEX_SARAH').filter((r) => r.seriousness === 'SERIOUS').length,
    lexSarahReportedToIvo: lex('LEX_SARAH').filter((r) => r.ivoReportedOn !== null).length,
    lexMaria: count('LEX_MARIA'),
    lexMariaReportedToIvo: lex('LEX_MARIA').filter((r) => r.ivoReportedOn !== null).length,
    complaints: count('COMPLAINT'),
    overdue: outcomes.filter((o) => o.overdue).length,
    closedWithinTwoMonths: ratio(
      decided.filter((r) => twoMonthRule(r, today).assessedInTime).length,
      decided.length,
      ruled.length - decided.length,
      'still within their two months',
    ),
    actionsRegistered: ratio(ruled.filter((r) => r.actionsRegisteredOn !== null).length, ruled.length),
  };
}

export type TrendInterval = 'MONTH' | 'QUARTER' | 'YEAR';

export function periodOf(date: string, interval: TrendInterval): string {
  if (interval === 'YEAR') return date.slice(0, 4);
  if (interval === 'QUARTER') return quarterOf(date);
  return date.slice(0, 7);
}

/** Every period from `from` to `to`, so a trend shows empty periods as zero, not as gaps. */
export function periodsBetween(from: string, to: string, interval: TrendInterval): string[] {
  const periods: string[] = [];
  for (let day = `${from.slice(0, 7)}-01`; day <= to; day = addMonths(day, 1)) {
    const p = periodOf(day, interval);
    if (periods.at(-1) !== p) periods.push(p);
  }
  return periods;
}

export function trend(
  rows: DeviationRow[],
  from: string,
  to: string,
  interval: TrendInterval,
): { period: string; total: number; deviations: number; lexSarah: number; lexMaria: number; complaints: number }[] {
  return periodsBetween(from, to, interval).map((period) => {
    const inPeriod = rows.filter((r) => periodOf(r.reportedOn, interval) === period);
    const count = (kinds: DeviationKind[]) => inPeriod.filter((r) => kinds.includes(r.kind)).length;
    return {
      period,
      total: inPeriod.length,
      deviations: count(TWO_MONTH_RULE_KINDS),
      lexSarah: count(['LEX_SARAH']),
      lexMaria: count(['LEX_MARIA']),
      complaints: count(['COMPLAINT']),
    };
  });
}
