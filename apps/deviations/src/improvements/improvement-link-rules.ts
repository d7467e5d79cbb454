import { deviationsViolation, RuleViolation } from '@kvalitetsnav/codes';

/**
 * An improvement can come from a contracts follow-up of its own provider; an overarching
 * follow-up (of no provider) fits any, and an improvement of no provider fits any follow-up.
 */
export function improvementFollowUpViolation(
  improvement: { providerId: string | null },
  followUp: { providerId: string | null },
): RuleViolation | null {
  return improvement.providerId && followUp.providerId && followUp.providerId !== improvement.providerId
    ? deviationsViolation('FOLLOW_UP_OF_ANOTHER_PROVIDER', 'followUpId')
    : null;
}
