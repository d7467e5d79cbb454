import { canSeeProvider, type Identity, ownProviderId } from '@kvalitetsnav/auth';
import { isoWeekOf } from '@kvalitetsnav/calendar';
import { RuleViolation, surveysViolation } from '@kvalitetsnav/codes';

/** The weekly pulse survey: who answers for whom, which weeks, and which answers are signals. */

export const PULSE_TOPICS = ['IMPACT', 'STAFFING', 'PROTECTIVE_EQUIPMENT', 'WORRY'] as const;
export type PulseTopic = (typeof PULSE_TOPICS)[number];

/** A week's scores, 1 (no problem) to 5 (severe), as an answer holds them. */
export interface PulseScores {
  impact: number;
  staffing: number;
  protectiveEquipment: number;
  worry: number;
}

const SCORE_OF: Record<PulseTopic, keyof PulseScores> = {
  IMPACT: 'impact',
  STAFFING: 'staffing',
  PROTECTIVE_EQUIPMENT: 'protectiveEquipment',
  WORRY: 'worry',
};

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
export function pulseSignals(answer: PulseScores, threshold: number): { topic: PulseTopic; score: number }[] {
  return PULSE_TOPICS.map((topic) => ({ topic, score: answer[SCORE_OF[topic]] })).filter((s) => s.score >= threshold);
}
