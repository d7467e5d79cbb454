import { addMonthsToMonth, monthOf, quarterOf } from '@kvalitetsnav/calendar';
import { DEVIATION_KINDS, DeviationKind } from '@kvalitetsnav/events';
import type { ServiceAreaList } from '@kvalitetsnav/unit-catalogue';
import { TWO_MONTH_RULE_KINDS, twoMonthRule } from '../deviations/two-month-rules';

/**
 * Why a ratio leaves deviations out: a code, so the web and the reports say it in Swedish
 * (libs/swedish), never a sentence a client must parse.
 */
export const RATIO_EXCLUSIONS = ['STILL_WITHIN_TWO_MONTHS'] as const;
export type RatioExclusion = (typeof RATIO_EXCLUSIONS)[number];

/** The English of each exclusion, for API users reading the deprecated `excludedReason`. */
const EXCLUSION_TEXT: Record<RatioExclusion, string> = {
  STILL_WITHIN_TWO_MONTHS: 'still within their two months',
};

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
  excludedCode: RatioExclusion | null;
  /** @deprecated The English of `excludedCode`. */
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

export const ratio = (
  numerator: number,
  denominator: number,
  excluded = 0,
  excludedCode: RatioExclusion | null = null,
): Ratio => ({
  numerator,
  denominator,
  share: denominator ? numerator / denominator : null,
  excluded,
  excludedCode: excluded ? excludedCode : null,
  excludedReason: excluded && excludedCode ? EXCLUSION_TEXT[excludedCode] : null,
});

/**
 * The figures for a set of deviations. The share closed within two months counts only
 * deviations whose outcome is known today: finally assessed, or past their deadline; those
 * still inside their two months are reported as excluded.
 */
export function deviationFigures(rows: readonly DeviationRow[], today: string): DeviationFigures {
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
      'STILL_WITHIN_TWO_MONTHS',
    ),
    actionsRegistered: ratio(ruled.filter((r) => r.actionsRegisteredOn !== null).length, ruled.length),
  };
}

export const TREND_INTERVALS = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type TrendInterval = (typeof TREND_INTERVALS)[number];

export function periodOf(date: string, interval: TrendInterval): string {
  if (interval === 'YEAR') return date.slice(0, 4);
  if (interval === 'QUARTER') return quarterOf(date);
  return monthOf(date);
}

/** Every period from `from` to `to`, so a trend shows empty periods as zero, not as gaps. */
export function periodsBetween(from: string, to: string, interval: TrendInterval): string[] {
  const periods: string[] = [];
  for (let month = monthOf(from); month <= monthOf(to); month = addMonthsToMonth(month, 1)) {
    const p = periodOf(`${month}-01`, interval);
    if (periods.at(-1) !== p) periods.push(p);
  }
  return periods;
}

export function trend(
  rows: readonly DeviationRow[],
  from: string,
  to: string,
  interval: TrendInterval,
): { period: string; total: number; deviations: number; lexSarah: number; lexMaria: number; complaints: number }[] {
  return periodsBetween(from, to, interval).map((period) => {
    const inPeriod = rows.filter((r) => periodOf(r.reportedOn, interval) === period);
    const count = (kinds: readonly DeviationKind[]) => inPeriod.filter((r) => kinds.includes(r.kind)).length;
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

export const STATISTICS_GROUPINGS = ['SECTOR', 'SERVICE_AREA', 'PROVIDER', 'UNIT'] as const;
export type StatisticsGrouping = (typeof STATISTICS_GROUPINGS)[number];

export type PlacedRow = DeviationRow & { unitId: string; providerId: string; serviceArea: string };

const keyOf = (r: PlacedRow, by: StatisticsGrouping, areas: ServiceAreaList): string | null =>
  by === 'SECTOR'
    ? areas.sectorOf(r.serviceArea)
    : by === 'SERVICE_AREA'
      ? r.serviceArea
      : by === 'PROVIDER'
        ? r.providerId
        : r.unitId;

/**
 * The figures per group; every sector of the list is listed, in its order, also one without
 * deviations. A row whose area the list does not have yet is in no sector's figures.
 */
export function groupedFigures(
  rows: readonly PlacedRow[],
  by: StatisticsGrouping,
  today: string,
  areas: ServiceAreaList,
): { key: string; figures: DeviationFigures }[] {
  const groups = new Map<string, PlacedRow[]>();
  if (by === 'SECTOR') areas.sectors().forEach((s) => groups.set(s.code, []));
  for (const r of rows) {
    const key = keyOf(r, by, areas);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()].map(([key, groupRows]) => ({ key, figures: deviationFigures(groupRows, today) }));
}

/** The same day one year earlier; 29 February becomes 28 February. */
export function aYearEarlier(date: string): string {
  const [year, month, day] = date.split('-');
  const earlier = `${Number(year) - 1}`.padStart(4, '0');
  return month === '02' && day === '29' ? `${earlier}-02-28` : `${earlier}-${month}-${day}`;
}

export interface Period {
  from: string | null;
  to: string;
}

/**
 * The filter's period one year earlier, to compare with: an open end is today, an open start stays
 * open. A filter without a period (neither from nor to) counts everything and has nothing to compare with.
 */
export function previousYearPeriod(
  from: string | null | undefined,
  to: string | null | undefined,
  today: string,
): Period | null {
  if (!from && !to) return null;
  return { from: from ? aYearEarlier(from) : null, to: aYearEarlier(to ?? today) };
}

export interface FiguresChange {
  total: number;
  deviations: number;
  lexSarah: number;
  lexMaria: number;
  complaints: number;
}

/** How much more (or, negative, fewer) there are now than a year earlier. */
export function figuresChange(now: DeviationFigures, yearEarlier: DeviationFigures): FiguresChange {
  return {
    total: now.total - yearEarlier.total,
    deviations: now.deviations - yearEarlier.deviations,
    lexSarah: now.lexSarah - yearEarlier.lexSarah,
    lexMaria: now.lexMaria - yearEarlier.lexMaria,
    complaints: now.complaints - yearEarlier.complaints,
  };
}
