import type { DeviationKind } from '@kvalitetsnav/events';
import { CATEGORISED_KINDS } from '../categories/category-rules';
import { Ratio, ratio } from './statistics-rules';

/**
 * What the deviations are about, counted: by category (deviations and lex Sarah/Maria), by root
 * cause (every case may have several), by complaint category and by complainant (complaints).
 * Each count is a share of the deviations of the kinds the breakdown applies to, beside the same
 * count for the same period a year earlier.
 */
export const BREAKDOWNS = ['CATEGORY', 'ROOT_CAUSE', 'COMPLAINT_CATEGORY', 'COMPLAINANT'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** The kinds a breakdown applies to: its denominator is their number in the filter. */
export const BREAKDOWN_KINDS: Record<Breakdown, readonly DeviationKind[]> = {
  CATEGORY: CATEGORISED_KINDS,
  ROOT_CAUSE: [...CATEGORISED_KINDS, 'COMPLAINT'],
  COMPLAINT_CATEGORY: ['COMPLAINT'],
  COMPLAINANT: ['COMPLAINT'],
};

export interface BreakdownRow {
  kind: DeviationKind;
  categoryCode: string | null;
  rootCauseCodes: readonly string[];
  complaintCategory: string | null;
  complainant: string | null;
}

/** What a row is counted under; none when it has nothing stated. */
export function keysOf(row: BreakdownRow, by: Breakdown): readonly string[] {
  const one = (value: string | null) => (value ? [value] : []);
  if (by === 'CATEGORY') return one(row.categoryCode);
  if (by === 'ROOT_CAUSE') return [...new Set(row.rootCauseCodes)];
  if (by === 'COMPLAINT_CATEGORY') return one(row.complaintCategory);
  return one(row.complainant);
}

/** A key the breakdown lists: with its wording where a managed list has one; `always` lists it at zero. */
export interface ListedKey {
  key: string;
  label: string | null;
  always: boolean;
}

export interface BreakdownEntry {
  /** None: the deviations with nothing stated. */
  key: string | null;
  label: string | null;
  count: Ratio;
  previousYear: Ratio | null;
  /** The count now less the count a year earlier. */
  change: number | null;
}

export interface BreakdownFigures {
  by: Breakdown;
  kinds: readonly DeviationKind[];
  denominator: number;
  previousYearDenominator: number | null;
  entries: BreakdownEntry[];
}

/**
 * The counts per key, now and (when there is a period to compare with) a year earlier. Listed
 * keys in use are shown, and any key counted in either year, the largest count first; the
 * deviations with nothing stated come last. Root causes overlap: their shares may add up to more
 * than one.
 */
export function breakdown(
  by: Breakdown,
  rows: readonly BreakdownRow[],
  previousRows: readonly BreakdownRow[] | null,
  listed: readonly ListedKey[],
): BreakdownFigures {
  const kinds = BREAKDOWN_KINDS[by];
  const counted = (set: readonly BreakdownRow[]) => {
    const among = set.filter((r) => kinds.includes(r.kind));
    const per = new Map<string | null, number>();
    for (const r of among) {
      const keys = keysOf(r, by);
      for (const key of keys.length ? keys : [null]) per.set(key, (per.get(key) ?? 0) + 1);
    }
    return { denominator: among.length, per };
  };
  const now = counted(rows);
  const before = previousRows ? counted(previousRows) : null;
  const keys = new Map<string, ListedKey>(listed.map((l) => [l.key, l]));
  for (const key of [...now.per.keys(), ...(before?.per.keys() ?? [])])
    if (key !== null && !keys.has(key)) keys.set(key, { key, label: null, always: false });
  const entry = (key: string | null, label: string | null): BreakdownEntry => {
    const count = now.per.get(key) ?? 0;
    const earlier = before ? (before.per.get(key) ?? 0) : null;
    return {
      key,
      label,
      count: ratio(count, now.denominator),
      previousYear: before && earlier !== null ? ratio(earlier, before.denominator) : null,
      change: earlier === null ? null : count - earlier,
    };
  };
  const order = [...keys.values()];
  const entries = order
    .filter((l) => l.always || now.per.has(l.key) || before?.per.has(l.key))
    .map((l) => entry(l.key, l.label))
    .sort(
      (a, b) =>
        b.count.numerator - a.count.numerator ||
        order.findIndex((l) => l.key === a.key) - order.findIndex((l) => l.key === b.key),
    );
  return {
    by,
    kinds,
    denominator: now.denominator,
    previousYearDenominator: before?.denominator ?? null,
    entries: [...entries, entry(null, null)],
  };
}
