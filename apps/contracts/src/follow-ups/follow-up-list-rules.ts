/** The columns a page of follow-ups sorts by, each with the ones that break its ties. */
export const FOLLOW_UP_SORT_FIELDS = [
  'PLANNED_ON',
  'TITLE',
  'TYPE',
  'STATUS',
  'CONTRACT',
  'PROVIDER',
  'RESPONSIBLE',
] as const;
export type FollowUpSortField = (typeof FOLLOW_UP_SORT_FIELDS)[number];

const COLUMN: Record<FollowUpSortField, string> = {
  PLANNED_ON: 'f.planned_on',
  TITLE: 'f.title',
  TYPE: 'f.type',
  STATUS: 'f.status',
  CONTRACT: 'c.reference',
  PROVIDER: 'p.name',
  RESPONSIBLE: 'f.responsible',
};

/**
 * The ORDER BY of a page: the chosen column (blanks last either way), then planned date and
 * title, then id, so every row has one place and paging neither repeats nor skips a row.
 */
export function followUpOrder(
  sortBy: FollowUpSortField,
  descending: boolean,
): [string, 'ASC' | 'DESC', 'NULLS LAST'][] {
  const direction = descending ? 'DESC' : 'ASC';
  const ties = (['f.planned_on', 'f.title', 'f.id'] as const).filter((c) => c !== COLUMN[sortBy]);
  return [
    [COLUMN[sortBy], direction, 'NULLS LAST'],
    ...ties.map((c) => [c, 'ASC', 'NULLS LAST'] as [string, 'ASC', 'NULLS LAST']),
  ];
}

/** A search text as a LIKE pattern that finds it anywhere, its own % and _ taken literally. */
export function containsPattern(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
