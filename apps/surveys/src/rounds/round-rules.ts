import { RuleViolation, surveysViolation } from '@kvalitetsnav/codes';
import type { SurveyResultEventV1 } from '@kvalitetsnav/events';
import { ratio, Ratio } from '@kvalitetsnav/survey-stats';
import { GroupResult, pooledShare } from '../results/result-rules';

export const ROUND_STATUSES = ['OPEN', 'CLOSED'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export interface RoundUnitChoice {
  unitId: string;
  offered?: number;
  placed?: number | null;
  optedOut: boolean;
  optOutReason?: string | null;
}

/**
 * The units of a new round: each listed once (a unit's offered count would otherwise be
 * counted twice in the response rate), and a unit that opts out says why, since the results
 * name every unit left out of a figure. A unit's people offered are some of its people placed,
 * when those are given.
 */
export function roundUnitProblems(units: RoundUnitChoice[]): RuleViolation[] {
  const problems: RuleViolation[] = [];
  const seen = new Set<string>();
  const reported = new Set<string>();
  units.forEach((u, i) => {
    if (seen.has(u.unitId) && !reported.has(u.unitId)) {
      problems.push(surveysViolation('LISTED_TWICE', 'units', { value: u.unitId }));
      reported.add(u.unitId);
    }
    seen.add(u.unitId);
    if (u.optedOut && !u.optOutReason?.trim())
      problems.push(surveysViolation('OPT_OUT_WITHOUT_REASON', `units.${i}.optOutReason`));
    if (u.placed != null && u.offered !== undefined && u.offered > u.placed)
      problems.push(
        surveysViolation('OFFERED_MORE_THAN_PLACED', `units.${i}.offered`, { offered: u.offered, placed: u.placed }),
      );
  });
  return problems;
}

/**
 * How much of a unit the survey reached: its people offered over its people placed (seed 001:
 * 22 of the 41 young people placed in family homes were offered it). None when placed is not given.
 */
export function unitCoverage(unit: { offered: number; placed: number | null }): Ratio | null {
  return unit.placed === null ? null : ratio(unit.offered, unit.placed);
}

/** Units are registered in contracts; one this service has not heard of is not known (yet). */
export function unknownUnits(ids: readonly string[], known: readonly { id: string }[]): RuleViolation | null {
  const unknown = ids.filter((id) => !known.some((u) => u.id === id));
  return unknown.length ? surveysViolation('UNKNOWN', 'units', { entity: 'UNIT', ids: unknown }) : null;
}

/** A round closes once: closing publishes its results, and they are not published twice. */
export function closeRefusal(round: { status: RoundStatus; closedOn: string | null }): RuleViolation | null {
  return round.status === 'CLOSED'
    ? surveysViolation('ROUND_ALREADY_CLOSED', 'roundId', { closedOn: round.closedOn ?? '' })
    : null;
}

/**
 * What a closed round tells other services: per unit that took part, its offered and answered
 * counts and all questions pooled, or no share when any question is hidden for that unit.
 */
export function roundResultEvent(
  round: { id: string; name: string; period: string },
  units: readonly { unitId: string; providerId: string; offered: number; optedOut: boolean }[],
  perUnit: readonly GroupResult[],
  closedOn: string,
): SurveyResultEventV1 {
  return {
    roundId: round.id,
    name: round.name,
    period: round.period,
    closedOn,
    units: units
      .filter((u) => !u.optedOut)
      .map((u) => {
        const result = perUnit.find((r) => r.key === u.unitId);
        return {
          unitId: u.unitId,
          providerId: u.providerId,
          offered: u.offered,
          answered: result?.answers ?? 0,
          sharePositive: result ? pooledShare(result) : null,
        };
      }),
  };
}
