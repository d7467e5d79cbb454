export const IMPORT_CHANGES = ['NEW', 'CHANGED', 'UNCHANGED'] as const;
export type ImportChange = (typeof IMPORT_CHANGES)[number];

/** What a case-flow report says of a unit, service, month and source, and so what an import compares. */
export interface CaseFlowFigures {
  incoming: number;
  outgoing: number;
  closedByReason: readonly { reason: string; count: number }[];
}

/** What a placement report says of a unit (or the administration), month and form. */
export interface PlacementFigures {
  placed: number;
  careDays: number;
  costSek: number;
  ended: number;
  endedDurationDays: number;
}

/** Closed cases per reason in one order, a reason with none left out (as the import leaves it). */
const reasonsKept = (r: CaseFlowFigures['closedByReason']) =>
  r
    .filter((c) => c.count > 0)
    .map((c) => `${c.reason}:${c.count}`)
    .sort()
    .join(';');

/**
 * A row is NEW when nothing was reported for its unit, service, month and source, UNCHANGED when
 * the latest version says the same (and is then not stored again), otherwise CHANGED (stored as
 * the next version). So importing the same file twice adds nothing the second time.
 */
export function caseFlowChange(latest: CaseFlowFigures | null, row: CaseFlowFigures): ImportChange {
  if (!latest) return 'NEW';
  const same =
    latest.incoming === row.incoming &&
    latest.outgoing === row.outgoing &&
    reasonsKept(latest.closedByReason) === reasonsKept(row.closedByReason);
  return same ? 'UNCHANGED' : 'CHANGED';
}

/** As caseFlowChange, for a month's placements of a unit and form; the cost as it is kept, in öre. */
export function placementChange(before: PlacementFigures | null, row: PlacementFigures): ImportChange {
  if (!before) return 'NEW';
  const same =
    before.placed === row.placed &&
    before.careDays === row.careDays &&
    Math.round(Number(before.costSek) * 100) === Math.round(Number(row.costSek) * 100) &&
    before.ended === row.ended &&
    before.endedDurationDays === row.endedDurationDays;
  return same ? 'UNCHANGED' : 'CHANGED';
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
