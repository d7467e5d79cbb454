import { canSeeProvider, type Identity, ownProviderId } from '@kvalitetsnav/auth';
import { isoWeekOf, isWeekWithin } from '@kvalitetsnav/calendar';
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

/** Weeks of weekly pulse surveys; a period without `toWeek` goes on until it is ended. */
export interface PulseWeeks {
  fromWeek: string;
  toWeek: string | null;
}

/** ISO weeks as YYYY-Www sort as text, so comparing the strings compares the weeks. */
const overlap = (a: PulseWeeks, b: PulseWeeks) =>
  (b.toWeek === null || a.fromWeek <= b.toWeek) && (a.toWeek === null || b.fromWeek <= a.toWeek);

/** The pulse period a week belongs to, if it is a pulse week. */
export function pulsePeriodOf<P extends PulseWeeks>(periods: readonly P[], week: string): P | null {
  return periods.find((p) => isWeekWithin(week, p.fromWeek, p.toWeek)) ?? null;
}

/**
 * A period's weeks: it ends no earlier than it starts, and shares no week with another period.
 * `clashField` is the input a clash is blamed on (the start when opening, the last week when ending).
 */
export function openPulsePeriodRefusals(
  weeks: PulseWeeks,
  others: readonly (PulseWeeks & { name: string })[],
  clashField: 'fromWeek' | 'lastWeek' = 'fromWeek',
): RuleViolation[] {
  if (weeks.toWeek !== null && weeks.toWeek < weeks.fromWeek)
    return [surveysViolation('PULSE_PERIOD_ENDS_BEFORE_START', 'toWeek', { fromWeek: weeks.fromWeek })];
  const clash = others.find((o) => overlap(weeks, o));
  return clash
    ? [
        surveysViolation('PULSE_PERIOD_OVERLAP', clashField, {
          name: clash.name,
          fromWeek: clash.fromWeek,
          toWeek: clash.toWeek,
        }),
      ]
    : [];
}

/**
 * Ending a period sets its last week: not before it started, and not a week that has already
 * begun and been asked for as a pulse week (so the weeks the providers were asked stay pulse weeks).
 * A period that has already ended stays ended.
 */
export function endPulsePeriodRefusal(period: PulseWeeks, lastWeek: string, today: string): RuleViolation | null {
  const thisWeek = isoWeekOf(today);
  if (period.toWeek !== null && period.toWeek < thisWeek)
    return surveysViolation('PULSE_PERIOD_ENDED', 'id', { toWeek: period.toWeek });
  if (lastWeek < period.fromWeek)
    return surveysViolation('PULSE_PERIOD_ENDS_BEFORE_START', 'lastWeek', { fromWeek: period.fromWeek });
  if (lastWeek < thisWeek)
    return surveysViolation('PULSE_WEEK_PASSED', 'lastWeek', { value: lastWeek, week: thisWeek });
  return null;
}
