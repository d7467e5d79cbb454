import { weekStart } from '@kvalitetsnav/calendar';
import { RuleViolation, surveysViolation } from '@kvalitetsnav/codes';

/** What came of an official's contact with a provider about a pulse signal. */
export const PULSE_FOLLOW_UP_OUTCOMES = ['RESOLVED', 'ACTION_NEEDED', 'NO_ACTION'] as const;
export type PulseFollowUpOutcome = (typeof PULSE_FOLLOW_UP_OUTCOMES)[number];

export interface PulseFollowUpShape {
  week: string;
  contactedBy: string;
  contactedOn: string;
  outcomeText: string;
}

/**
 * A follow-up is of a signal: the provider's answer that week (its unit's, when it names one) holds at least one. It says who
 * contacted the provider and what came of it, and the contact was made in the signal's week or
 * later, and not after today.
 */
export function pulseFollowUpRefusals(followUp: PulseFollowUpShape, signals: number, today: string): RuleViolation[] {
  const problems: RuleViolation[] = [];
  if (signals === 0) problems.push(surveysViolation('PULSE_NO_SIGNAL', 'week', { week: followUp.week }));
  if (!followUp.contactedBy.trim()) problems.push(surveysViolation('REQUIRED', 'contactedBy'));
  const start = weekStart(followUp.week);
  if (followUp.contactedOn > today)
    problems.push(surveysViolation('IN_THE_FUTURE', 'contactedOn', { value: followUp.contactedOn, today }));
  else if (followUp.contactedOn < start)
    problems.push(
      surveysViolation('PULSE_CONTACT_BEFORE_WEEK', 'contactedOn', { week: followUp.week, weekStart: start }),
    );
  if (!followUp.outcomeText.trim()) problems.push(surveysViolation('REQUIRED', 'outcomeText'));
  return problems;
}

/**
 * A follow-up may name the unit the signal was at: a unit of the provider followed up. A unit of
 * another provider is refused naming both, so the official sees which provider it is of.
 */
export function pulseFollowUpUnitRefusal(
  unitId: string | null,
  unit: { id: string; name: string; providerId: string } | null,
  provider: { id: string; name: string },
): RuleViolation | null {
  if (!unitId) return null;
  if (!unit) return surveysViolation('UNKNOWN', 'unitId', { entity: 'UNIT', ids: [unitId] });
  if (unit.providerId !== provider.id)
    return surveysViolation('PULSE_UNIT_NOT_OF_PROVIDER', 'unitId', {
      unitId: unit.id,
      unitName: unit.name,
      providerId: provider.id,
      providerName: provider.name,
    });
  return null;
}
