import type { FollowUpStatus, FollowUpType } from '@kvalitetsnav/events';
import { riskWindow } from '../planning/risk-rules';

/**
 * The follow-up plan (seed 002) has every unit followed up "på strukturell nivå" each year. There
 * is no STRUCTURAL follow-up type: the structural level is reached by a round over many units on
 * one area (an OVERARCHING or THEMATIC follow-up) in which the unit was answered, and a follow-up
 * of one of the unit's contracts (SPECIFIC, NEW_START, TRIGGERED, IOP_ANNUAL) goes deeper than
 * that, so it covers the unit too.
 */
export const ROUND_TYPES: readonly FollowUpType[] = ['OVERARCHING', 'THEMATIC'];

/**
 * A follow-up has been done when it is reported: the report is the follow-up's outcome, and
 * closing waits on the provider's actions, which can run into the next year. Its day is the
 * report day (a closed follow-up was reported first).
 */
export const DONE_STATUSES: readonly FollowUpStatus[] = ['REPORTED', 'CLOSED'];

export interface CoverageFollowUp {
  id: string;
  type: FollowUpType;
  status: FollowUpStatus;
  reportedOn: string | null;
  closedOn: string | null;
  contractId: string | null;
  /** For a round: the units answered in it. */
  answeredUnitIds: readonly string[];
}

export interface CoverageUnit {
  unitId: string;
  providerId: string;
  serviceArea: string;
  /** The unit's contracts in force some day of the year. */
  contractIds: readonly string[];
}

/** The day a follow-up was done, or null while it is not. */
export function doneOn(f: Pick<CoverageFollowUp, 'status' | 'reportedOn' | 'closedOn'>): string | null {
  return DONE_STATUSES.includes(f.status) ? (f.reportedOn ?? f.closedOn) : null;
}

/** Whether a follow-up looked at the unit: a round it was answered in, or one of its contracts'. */
export function followsUp(f: CoverageFollowUp, unit: CoverageUnit): boolean {
  if (ROUND_TYPES.includes(f.type)) return f.answeredUnitIds.includes(unit.unitId);
  return f.contractId !== null && unit.contractIds.includes(f.contractId);
}

export interface Count {
  key: string;
  numerator: number;
  denominator: number;
}

export interface Coverage {
  numerator: number;
  denominator: number;
  byServiceArea: Count[];
  byProvider: Count[];
  /** The units with no follow-up done that year, in the order given. */
  uncoveredUnitIds: string[];
}

function countBy(units: readonly CoverageUnit[], covered: ReadonlySet<string>, by: (u: CoverageUnit) => string) {
  return [...new Set(units.map(by))].sort().map((key) => {
    const of = units.filter((u) => by(u) === key);
    return { key, numerator: of.filter((u) => covered.has(u.unitId)).length, denominator: of.length };
  });
}

/**
 * Structural coverage in `year`: of the units given (those with a contract in force that year),
 * how many had a follow-up done that year — reported or closed on a day of the year — that looked
 * at them; the same per service area and per provider, and the units not yet covered.
 */
export function structuralCoverage(
  units: readonly CoverageUnit[],
  followUps: readonly CoverageFollowUp[],
  year: number,
): Coverage {
  const inYear = followUps.filter((f) => doneOn(f)?.startsWith(`${year}-`));
  const covered = new Set(units.filter((u) => inYear.some((f) => followsUp(f, u))).map((u) => u.unitId));
  return {
    numerator: covered.size,
    denominator: units.length,
    byServiceArea: countBy(units, covered, (u) => u.serviceArea),
    byProvider: countBy(units, covered, (u) => u.providerId),
    uncoveredUnitIds: units.filter((u) => !covered.has(u.unitId)).map((u) => u.unitId),
  };
}

export interface IopContract {
  contractId: string;
  form: string;
  startDate: string;
  endDate: string | null;
  terminatedOn: string | null;
}

export interface IopFlag {
  contractId: string;
  /** The last day a follow-up of the contract was done, if ever. */
  lastFollowedUpOn: string | null;
  /** The day the contract should have been followed up by: a year after that, or after its start. */
  dueSince: string;
}

const yearAfter = (day: string) => {
  const next = `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
  return next.endsWith('-02-29') ? next.replace('-02-29', '-03-01') : next;
};

/**
 * IOP contracts are followed up every year (domain.md): an IOP contract active on `asOf` is
 * flagged when no follow-up of it was done in the twelve months up to `asOf`, counting from its
 * start, so a partnership younger than a year is not flagged before it is due.
 */
export function iopWithoutFollowUp(
  contracts: readonly IopContract[],
  followUps: readonly CoverageFollowUp[],
  asOf: string,
): IopFlag[] {
  const { from } = riskWindow(asOf);
  return contracts
    .filter((c) => c.form === 'IOP')
    .filter((c) => c.startDate <= asOf && (!c.endDate || c.endDate >= asOf))
    .filter((c) => !c.terminatedOn || c.terminatedOn > asOf)
    .flatMap((c) => {
      const done = followUps
        .filter((f) => f.contractId === c.contractId)
        .map(doneOn)
        .filter((d): d is string => d !== null && d <= asOf)
        .sort();
      const last = done.at(-1) ?? null;
      if ((last ?? c.startDate) >= from) return [];
      return [{ contractId: c.contractId, lastFollowedUpOn: last, dueSince: yearAfter(last ?? c.startDate) }];
    });
}
