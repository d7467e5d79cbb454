import type { Identity } from '@kvalitetsnav/auth';
import { deviationsViolation, RuleViolation } from '@kvalitetsnav/codes';
import type { DeviationKind } from '@kvalitetsnav/events';

/** What the MAS/MAR answers for: health care (HSL) deviations and lex Maria. */
export const MEDICAL_KINDS: readonly DeviationKind[] = ['HSL', 'LEX_MARIA'];

/**
 * The kinds of deviation a caller sees and handles: every kind, unless the MAS/MAR role is all
 * they have (someone who is also a quality official sees everything a quality official sees).
 */
export function kindsVisibleTo(identity: Identity): readonly DeviationKind[] | undefined {
  const onlyMedical = identity.roles.every((role) => role === 'MEDICALLY_RESPONSIBLE');
  return onlyMedical ? MEDICAL_KINDS : undefined;
}

export function canSeeKind(identity: Identity, kind: DeviationKind): boolean {
  return kindsVisibleTo(identity)?.includes(kind) ?? true;
}

/** Registering a kind the caller does not handle is refused with the kinds they do. */
export function kindNotHandledViolation(identity: Identity, kind: DeviationKind): RuleViolation | null {
  const kinds = kindsVisibleTo(identity);
  return kinds && !kinds.includes(kind)
    ? deviationsViolation('KIND_NOT_HANDLED', 'kind', { kind, kinds: [...kinds] })
    : null;
}

/** Who reads protected text at all (the MAS/MAR for lex Maria only). */
export const PROTECTED_TEXT_READERS = ['ADMIN', 'QUALITY_OFFICIAL', 'MEDICALLY_RESPONSIBLE'] as const;

/**
 * The text as written of a lex Sarah or lex Maria report holds personal data: quality officials
 * read it, and the MAS/MAR reads it for the lex Maria reports they investigate.
 */
export function mayReadProtectedText(identity: Identity, kind: DeviationKind): boolean {
  if (identity.roles.some((role) => role === 'ADMIN' || role === 'QUALITY_OFFICIAL')) return true;
  return identity.roles.includes('MEDICALLY_RESPONSIBLE') && kind === 'LEX_MARIA';
}
