/**
 * Small cells are not shown: with fewer than `min` answers a figure is unreliable and may
 * point at a person. A published total makes one hidden cell recoverable by subtraction
 * (total − the others), so when exactly one cell of a split is hidden, the smallest shown
 * cell is hidden with it, and so on until no cell can be worked out.
 */

export const DEFAULT_MIN_CELL = 5;

export interface Cell {
  key: string;
  n: number;
}

export interface Suppression {
  /** Keys of the cells to hide. */
  cells: Set<string>;
  /** The total would give away a hidden cell (it has no other cell to hide behind). */
  hideTotal: boolean;
}

/**
 * A cell with 0 answers reveals nothing and is shown as empty, not hidden. `alreadyHidden`
 * names cells hidden for another reason (e.g. in a table, by the other way of adding up):
 * they are hidden here too, and count when asking whether one hidden cell stands alone.
 */
export function suppress(
  cells: Cell[],
  min = DEFAULT_MIN_CELL,
  totalShown = true,
  alreadyHidden: ReadonlySet<string> = new Set(),
): Suppression {
  if (!Number.isInteger(min) || min < 1) throw new RangeError(`min must be a whole number 1 or more, was ${min}`);
  const hidden = new Set(
    cells.filter((c) => (c.n > 0 && c.n < min) || (alreadyHidden.has(c.key) && c.n > 0)).map((c) => c.key),
  );
  if (!totalShown) return { cells: hidden, hideTotal: false };
  // One hidden cell can be recovered from the total: hide the next smallest with it.
  while (hidden.size === 1) {
    const next = cells
      .filter((c) => !hidden.has(c.key) && c.n > 0)
      .sort((a, b) => a.n - b.n || a.key.localeCompare(b.key))[0];
    if (!next) break;
    hidden.add(next.key);
  }
  return { cells: hidden, hideTotal: hidden.size === 1 };
}
