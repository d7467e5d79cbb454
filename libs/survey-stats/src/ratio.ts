/** Something left out of a figure, and why: an opted-out unit, "vet inte" answers, ... */
export interface Exclusion {
  reason: string;
  count: number;
}

/** A share that shows its working, so anyone can recompute it. */
export interface Ratio {
  numerator: number;
  denominator: number;
  /** numerator / denominator, 0–1; null when there is nothing to divide by. */
  share: number | null;
  excluded: Exclusion[];
}

export function ratio(numerator: number, denominator: number, excluded: Exclusion[] = []): Ratio {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0 || denominator < 0) {
    throw new RangeError(`a ratio needs whole numbers 0 or more, got ${numerator}/${denominator}`);
  }
  if (numerator > denominator)
    throw new RangeError(`the numerator ${numerator} exceeds the denominator ${denominator}`);
  return {
    numerator,
    denominator,
    share: denominator ? numerator / denominator : null,
    excluded: excluded.filter((e) => e.count > 0),
  };
}
