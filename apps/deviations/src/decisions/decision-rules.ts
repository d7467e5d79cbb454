import { addMonths, quarterBounds, quartersOf } from '@kvalitetsnav/calendar';
import { deviationsViolation, RuleViolation } from '@kvalitetsnav/codes';
import { Sector, SECTORS, sectorOf, ServiceArea } from '@kvalitetsnav/events';

/**
 * Decisions not executed (ej verkställda beslut): a decision on an intervention not carried out
 * within three months is reported to IVO and the board every quarter until it is.
 */

export const MONTHS_TO_EXECUTE = 3;

export interface DecisionFacts {
  decidedOn: string;
  executedOn: string | null;
}

/**
 * Reported in every quarter from the one in which the three months run out until the one in
 * which it is executed (that quarter included). One executed in time is never reported.
 */
export function isReportableInQuarter(decision: DecisionFacts, quarter: string): boolean {
  const due = addMonths(decision.decidedOn, MONTHS_TO_EXECUTE);
  const { from, to } = quarterBounds(quarter);
  if (decision.executedOn !== null && decision.executedOn <= due) return false;
  if (due > to) return false;
  return decision.executedOn === null || decision.executedOn >= from;
}

export interface QuarterCount {
  quarter: string;
  count: number;
  bySector: { sector: Sector; count: number }[];
}

/** The four quarters of a year, each with the decisions to report, by sector. */
export function quarterReports(
  decisions: readonly (DecisionFacts & { serviceArea: ServiceArea })[],
  year: number,
): QuarterCount[] {
  return quartersOf(year).map((quarter) => {
    const reportable = decisions.filter((d) => isReportableInQuarter(d, quarter));
    return {
      quarter,
      count: reportable.length,
      bySector: SECTORS.map((sector) => ({
        sector,
        count: reportable.filter((d) => sectorOf(d.serviceArea) === sector).length,
      })),
    };
  });
}

/** A decision is registered once it has been made: not with a date still to come. */
export function decisionDateViolation(decidedOn: string, today: string): RuleViolation | null {
  return decidedOn > today ? deviationsViolation('IN_THE_FUTURE', 'decidedOn', { value: decidedOn, today }) : null;
}

/** Executed once, on a day from the decision up to today. */
export function executionViolation(decision: DecisionFacts, executedOn: string, today: string): RuleViolation | null {
  if (decision.executedOn)
    return deviationsViolation('ALREADY_EXECUTED', 'decisionId', { executedOn: decision.executedOn });
  if (executedOn < decision.decidedOn || executedOn > today)
    return deviationsViolation('DATE_OUT_OF_RANGE', 'executedOn', {
      value: executedOn,
      earliest: decision.decidedOn,
      today,
    });
  return null;
}
