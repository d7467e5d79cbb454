import { deviationsViolation, RuleViolation } from '@kvalitetsnav/codes';
import type { DeviationKind } from '@kvalitetsnav/events';

/**
 * What a deviation or lex Sarah/Maria report is about (seed 004: planned interventions not
 * carried out, case handling and documentation, treatment, theft, the personal file …) comes from
 * a managed list per kind; a retired category stays on old deviations but cannot be chosen.
 * Complaints have a category of their own (complaintCategory).
 */

export const CATEGORISED_KINDS = [
  'SOL_LSS',
  'HSL',
  'LEX_SARAH',
  'LEX_MARIA',
] as const satisfies readonly DeviationKind[];

export interface ListedCategory {
  code: string;
  kinds: readonly DeviationKind[];
  active: boolean;
}

/** The codes a deviation of the kind may be given: listed for the kind and still in use, in list order. */
export const allowedCategoryCodes = (kind: DeviationKind, listed: readonly ListedCategory[]): string[] =>
  listed.filter((c) => c.active && c.kinds.includes(kind)).map((c) => c.code);

/** No category is fine; a chosen one is on the list, still in use and listed for the deviation's kind. */
export function categoryChoiceViolation(
  code: string | null | undefined,
  kind: DeviationKind,
  listed: readonly ListedCategory[],
): RuleViolation | null {
  if (!code) return null;
  const allowed = allowedCategoryCodes(kind, listed);
  const category = listed.find((c) => c.code === code);
  if (!category?.active)
    return deviationsViolation('NOT_ACTIVE_CATEGORY', 'categoryCode', { value: code, kind, allowed });
  if (!category.kinds.includes(kind))
    return deviationsViolation('CATEGORY_NOT_FOR_KIND', 'categoryCode', {
      value: code,
      kind,
      kinds: category.kinds,
      allowed,
    });
  return null;
}

/** A category is listed for deviations and lex Sarah/Maria only, each kind once, in the list's order. */
export const categoryKinds = (kinds: readonly DeviationKind[]): DeviationKind[] =>
  CATEGORISED_KINDS.filter((k) => kinds.includes(k));

export function categoryKindsViolation(kinds: readonly DeviationKind[]): RuleViolation | null {
  const other = [...new Set(kinds.filter((k) => !(CATEGORISED_KINDS as readonly string[]).includes(k)))];
  return other.length
    ? deviationsViolation('KINDS_NOT_CATEGORISED', 'kinds', { kinds: other, categorised: CATEGORISED_KINDS })
    : null;
}
