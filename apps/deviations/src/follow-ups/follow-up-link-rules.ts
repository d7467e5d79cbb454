import { deviationsViolation, RuleViolation } from '@kvalitetsnav/codes';

/**
 * A deviation's actions can belong to a contracts follow-up that required them, when the
 * follow-up is of the deviation's own provider (an overarching one, of no provider, fits any).
 */
export function followUpLinkViolation(
  deviation: { providerId: string },
  followUp: { providerId: string | null },
): RuleViolation | null {
  return followUp.providerId && followUp.providerId !== deviation.providerId
    ? deviationsViolation('FOLLOW_UP_OF_ANOTHER_PROVIDER', 'followUpId')
    : null;
}
