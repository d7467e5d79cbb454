/** Lists compare as sets: the same units in another order are no change. */
const same = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000')
    : a === b;

/**
 * What an edit changes: the fields it gives (left out means "keep") whose value differs from
 * the current one. An edit that changes nothing is no change at all: no history, no event.
 */
export function changesOf<T extends object>(current: T, given: { [K in keyof T]?: T[K] }): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(given) as (keyof T)[]) {
    const value = given[key];
    if (value !== undefined && !same(current[key], value)) changes[key] = value as T[keyof T];
  }
  return changes;
}
