export const IMPORT_CHANGES = ['NEW', 'CHANGED', 'UNCHANGED'] as const;
export type ImportChange = (typeof IMPORT_CHANGES)[number];

/** What a staffing report says of a unit's half-year, and so what an import compares. */
export interface StaffingFigures {
  managers: number;
  permanent: number;
  temporary: number;
  hourly: number;
  sickLeavePercent: number;
  staffTurnoverPercent: number;
  jobTitles: readonly { title: string; headcount: number }[];
}

/** Percentages as they are kept (two decimals), job titles trimmed and in the order given. */
const kept = (f: StaffingFigures) => ({
  managers: f.managers,
  permanent: f.permanent,
  temporary: f.temporary,
  hourly: f.hourly,
  sickLeavePercent: Math.round(Number(f.sickLeavePercent) * 100) / 100,
  staffTurnoverPercent: Math.round(Number(f.staffTurnoverPercent) * 100) / 100,
  jobTitles: f.jobTitles.map((t) => `${t.title.trim()}:${t.headcount}`).join(';'),
});

/**
 * A row is NEW when its unit has no report of the half-year, UNCHANGED when the latest version
 * says the same (and is then not stored again), otherwise CHANGED (stored as the next version).
 * So importing the same file twice adds nothing the second time.
 */
export function staffingChange(latest: StaffingFigures | null, row: StaffingFigures): ImportChange {
  if (!latest) return 'NEW';
  const [a, b] = [kept(latest), kept(row)];
  return (Object.keys(a) as (keyof typeof a)[]).every((k) => a[k] === b[k]) ? 'UNCHANGED' : 'CHANGED';
}

/** How many rows of a file are new, changed and unchanged. */
export function changeCounts(changes: readonly ImportChange[]): {
  created: number;
  changed: number;
  unchanged: number;
} {
  const count = (c: ImportChange) => changes.filter((x) => x === c).length;
  return { created: count('NEW'), changed: count('CHANGED'), unchanged: count('UNCHANGED') };
}
