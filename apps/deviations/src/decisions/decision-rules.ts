import { addMonths, quarterBounds, quartersOf, stockholmToday } from '@kvalitetsnav/calendar';
import { deviationsViolation, RuleViolation } from '@kvalitetsnav/codes';
import type { ServiceAreaList } from '@kvalitetsnav/unit-catalogue';

/**
 * Decisions not executed (ej verkställda beslut, SoL 16 kap 6 f §, LSS 28 f §): a decision on an
 * intervention not carried out within three months of the decision, or an intervention interrupted
 * and not resumed within three months of the interruption, is reported to IVO and the board every
 * quarter until it is.
 */

export const MONTHS_TO_EXECUTE = 3;

export const DECISION_LAWS = ['SOL', 'LSS'] as const;
export type DecisionLaw = (typeof DECISION_LAWS)[number];

/** The person's gender as IVO asks it; the same values as surveys' `Gender`, so federation composes one enum. */
export const DECISION_GENDERS = ['WOMAN', 'MAN', 'NOT_STATED'] as const;
export type DecisionGender = (typeof DECISION_GENDERS)[number];

export interface DecisionFacts {
  decidedOn: string;
  /** When an executed intervention was interrupted; the three months then run from this day. */
  interruptedOn?: string | null;
  /** Executed, or for an interruption resumed. */
  executedOn: string | null;
}

/** The last day the intervention may begin (or resume) without being reported. */
export function executionDue(decision: DecisionFacts): string {
  return addMonths(decision.interruptedOn ?? decision.decidedOn, MONTHS_TO_EXECUTE);
}

/**
 * Reported in every quarter from the one in which the three months run out until the one in
 * which it is executed (that quarter included). One executed in time is never reported.
 */
export function isReportableInQuarter(decision: DecisionFacts, quarter: string): boolean {
  const due = executionDue(decision);
  const { from, to } = quarterBounds(quarter);
  if (decision.executedOn !== null && decision.executedOn <= due) return false;
  if (due > to) return false;
  return decision.executedOn === null || decision.executedOn >= from;
}

export const quarterName = (year: number, quarter: number) => `${year}-Q${quarter}`;

/** The decisions to report for a quarter, in the order given. */
export function reportableInQuarter<D extends DecisionFacts>(decisions: readonly D[], quarter: string): D[] {
  return decisions.filter((d) => isReportableInQuarter(d, quarter));
}

export interface QuarterCount {
  quarter: string;
  count: number;
  bySector: { sector: string; name: string; count: number }[];
}

/** The four quarters of a year, each with the decisions to report, by every sector of the list. */
export function quarterReports(
  decisions: readonly (DecisionFacts & { serviceArea: string })[],
  year: number,
  areas: ServiceAreaList,
): QuarterCount[] {
  return quartersOf(year).map((quarter) => {
    const reportable = reportableInQuarter(decisions, quarter);
    return {
      quarter,
      count: reportable.length,
      bySector: areas.sectors().map((sector) => ({
        sector: sector.code,
        name: sector.name,
        count: reportable.filter((d) => areas.sectorOf(d.serviceArea) === sector.code).length,
      })),
    };
  });
}

export interface ReportableDecision extends DecisionFacts {
  intervention: string;
  law: DecisionLaw;
  gender: DecisionGender;
}

/** One group of a quarter's reportable decisions: how many of all, and of them how many were executed in the quarter. */
export interface DecisionGroup {
  key: string;
  numerator: number;
  denominator: number;
  share: number | null;
  executedInQuarter: number;
}

export interface QuarterBreakdown {
  quarter: string;
  count: number;
  executedInQuarter: number;
  byIntervention: DecisionGroup[];
  byLaw: DecisionGroup[];
  byGender: DecisionGroup[];
}

function groups<D extends ReportableDecision>(
  reportable: readonly D[],
  keys: readonly string[],
  keyOf: (d: D) => string,
  executed: (d: D) => boolean,
): DecisionGroup[] {
  return keys.map((key) => {
    const of = reportable.filter((d) => keyOf(d) === key);
    return {
      key,
      numerator: of.length,
      denominator: reportable.length,
      share: reportable.length ? of.length / reportable.length : null,
      executedInQuarter: of.filter(executed).length,
    };
  });
}

/**
 * The quarter's report to the board: the reportable decisions by intervention (most first, then
 * by name), by law and by gender, each a share of all reportable that quarter.
 */
export function quarterBreakdown<D extends ReportableDecision>(
  decisions: readonly D[],
  quarter: string,
): QuarterBreakdown {
  const reportable = reportableInQuarter(decisions, quarter);
  const { from, to } = quarterBounds(quarter);
  const executed = (d: D) => d.executedOn !== null && d.executedOn >= from && d.executedOn <= to;
  const interventions = [...new Set(reportable.map((d) => d.intervention))];
  const byIntervention = groups(reportable, interventions, (d) => d.intervention, executed).sort(
    (a, b) => b.numerator - a.numerator || a.key.localeCompare(b.key, 'sv'),
  );
  return {
    quarter,
    count: reportable.length,
    executedInQuarter: reportable.filter(executed).length,
    byIntervention,
    byLaw: groups(reportable, DECISION_LAWS, (d) => d.law, executed),
    byGender: groups(reportable, DECISION_GENDERS, (d) => d.gender, executed),
  };
}

/** A decision is registered once it has been made: not with a date still to come. */
export function decisionDateViolation(decidedOn: string, today: string): RuleViolation | null {
  return decidedOn > today ? deviationsViolation('IN_THE_FUTURE', 'decidedOn', { value: decidedOn, today }) : null;
}

/** An interruption comes after the decision and has happened. */
export function interruptionViolation(decidedOn: string, interruptedOn: string, today: string): RuleViolation | null {
  if (interruptedOn < decidedOn)
    return deviationsViolation('INTERRUPTED_BEFORE_DECISION', 'interruptedOn', { value: interruptedOn, decidedOn });
  if (interruptedOn > today)
    return deviationsViolation('IN_THE_FUTURE', 'interruptedOn', { value: interruptedOn, today });
  return null;
}

/** Executed (or resumed) once, on a day from the decision (or the interruption) up to today. */
export function executionViolation(decision: DecisionFacts, executedOn: string, today: string): RuleViolation | null {
  if (decision.executedOn)
    return deviationsViolation('ALREADY_EXECUTED', 'decisionId', { executedOn: decision.executedOn });
  const earliest = decision.interruptedOn ?? decision.decidedOn;
  if (executedOn < earliest || executedOn > today)
    return deviationsViolation('DATE_OUT_OF_RANGE', 'executedOn', { value: executedOn, earliest, today });
  return null;
}

export const YEARS = { min: 2000, max: 2100 } as const;

/** The years quarters are counted for: the dates of other years are not dates the calendar can bound. */
export function yearViolation(year: number): RuleViolation | null {
  return Number.isInteger(year) && year >= YEARS.min && year <= YEARS.max
    ? null
    : deviationsViolation('OUT_OF_RANGE', 'year', { ...YEARS, whole: true });
}

/** A quarter is reported to IVO once, after it has ended. */
export function quarterReportViolation(
  year: number,
  quarter: number,
  today: string,
  reported: { reportedAt: Date; reportedByName: string } | null,
): RuleViolation | null {
  const name = quarterName(year, quarter);
  if (reported)
    return deviationsViolation('QUARTER_ALREADY_REPORTED', 'quarter', {
      quarter: name,
      reportedOn: stockholmToday(reported.reportedAt),
      reportedBy: reported.reportedByName,
    });
  const { to } = quarterBounds(name);
  if (to >= today) return deviationsViolation('QUARTER_NOT_ENDED', 'quarter', { quarter: name, endsOn: to });
  return null;
}
