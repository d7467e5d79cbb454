/**
 * The deviations list a page at a time, sorted server-side: the list is too long to send whole
 * (the older `deviations` stops at 500), so paging and sorting must happen where all rows are.
 */

export const DEVIATION_SORT_FIELDS = ['REPORTED', 'OCCURRED', 'KIND', 'STATUS', 'UNIT', 'PROVIDER'] as const;
export type DeviationSortField = (typeof DEVIATION_SORT_FIELDS)[number];

/** The most rows one page may hold, and the default. */
export const DEVIATION_PAGE_MAX = 200;
export const DEVIATION_PAGE_DEFAULT = 50;

/**
 * The SQL columns a sort orders by (d: the deviation, u: its unit, p: its provider), the field
 * first. Ties fall to the newest report, then the id, so a row never moves between pages.
 */
export function sortColumns(field: DeviationSortField): string[] {
  const first: Record<DeviationSortField, string | null> = {
    REPORTED: null,
    OCCURRED: 'd.occurred_on',
    KIND: 'd.kind',
    STATUS: 'd.status',
    UNIT: 'u.name',
    PROVIDER: 'p.name',
  };
  return [first[field], 'd.reported_at', 'd.id'].filter((c): c is string => c !== null);
}
