/** Why something was left out of a figure: a stable code clients render in their own words. */
export const EXCLUSION_REASONS = ['OPTED_OUT_UNITS', 'NON_SUBSTANTIVE', 'UNANSWERED'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/** Something left out of a figure, and why: an opted-out unit, "vet inte" answers, ... */
export interface Exclusion {
  reasonCode: ExclusionReason;
  /** OPTED_OUT_UNITS: how many units opted out (their people offered are the count). */
  units?: number;
  count: number;
  /** The reason in English, for API users who read it. */
  reason: string;
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

/** An exclusion with its English reason, which API users have read since before the codes. */
export function exclusion(reasonCode: ExclusionReason, count: number, params: { units?: number } = {}): Exclusion {
  const units = params.units ?? 0;
  const reason = {
    OPTED_OUT_UNITS: `offered at ${units} unit${units === 1 ? '' : 's'} that opted out`,
    NON_SUBSTANTIVE: 'non-substantive answers (vet inte, vill inte svara, inte aktuellt)',
    UNANSWERED: 'question left unanswered',
  }[reasonCode];
  return reasonCode === 'OPTED_OUT_UNITS' ? { reasonCode, units, count, reason } : { reasonCode, count, reason };
}
