import { canSeeProvider, type Identity, ownProviderId } from '@kvalitetsnav/auth';
import { isoWeekOf } from '@kvalitetsnav/calendar';
import { RuleViolation, surveysViolation } from '@kvalitetsnav/codes';

/** The weekly pulse survey: who answers for whom, which weeks, and which answers are signals. */

export const PULSE_TOPICS = ['impact', 'staffing', 'protectiveEquipment', 'worry'] as const;
export type PulseTopic = (typeof PULSE_TOPICS)[number];

/**
 * A provider answers for itself (naming itself is fine); an official answers on a provider's
 * behalf and says which.
 */
export function answeringProviderRefusal(identity: Identity, requested?: string | null): RuleViolation | null {
  if (requested && !canSeeProvider(identity, requested)) return surveysViolation('OWN_PROVIDER_ONLY', 'providerId');
  if (!ownProviderId(identity) && !requested) return surveysViolation('PROVIDER_FOR_OFFICIALS', 'providerId');
  return null;
}

/** A week is answered once it has begun: this week or an earlier one, never a week to come. */
export function pulseWeekRefusal(week: string, today: string): RuleViolation | null {
  return week > isoWeekOf(today) ? surveysViolation('IN_THE_FUTURE', 'week', { value: week, today }) : null;
}

/** The topics scored at or above the threshold. */
export function pulseSignals(
  answer: Record<PulseTopic, number>,
  threshold: number,
): { topic: PulseTopic; score: number }[] {
  return PULSE_TOPICS.filter((t) => answer[t] >= threshold).map((topic) => ({ topic, score: answer[topic] }));
}
