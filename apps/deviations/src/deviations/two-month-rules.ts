import { addMonths, lastDateWithDeadlineBefore } from '@kvalitetsnav/calendar';
import type { DeviationKind } from '@kvalitetsnav/events';

/**
 * Actions registered and a final assessment made within two months of the report, to the day
 * (seed 002 §3.2.4): reported 15 March, due 15 May; reported 31 December, due the last day of
 * February.
 */

export const TWO_MONTHS = 2;

/** Deviations in the narrow sense, which the two-month rule governs. */
export const TWO_MONTH_RULE_KINDS: readonly DeviationKind[] = ['SOL_LSS', 'HSL'];

export interface TwoMonthFacts {
  reportedOn: string;
  actionsRegisteredOn: string | null;
  finalAssessedOn: string | null;
}

export interface TwoMonthOutcome {
  /** The last day actions and the final assessment are due. */
  deadline: string;
  actionsInTime: boolean;
  assessedInTime: boolean;
  /** Past the deadline without a final assessment. */
  overdue: boolean;
}

export const twoMonthDeadline = (reportedOn: string): string => addMonths(reportedOn, TWO_MONTHS);

export function twoMonthRule(facts: TwoMonthFacts, today: string): TwoMonthOutcome {
  const deadline = twoMonthDeadline(facts.reportedOn);
  const inTime = (day: string | null) => day !== null && day <= deadline;
  return {
    deadline,
    actionsInTime: inTime(facts.actionsRegisteredOn),
    assessedInTime: inTime(facts.finalAssessedOn),
    overdue: facts.finalAssessedOn === null && today > deadline,
  };
}

/**
 * The latest report day whose deadline is behind `today`: a deviation reported on or before it
 * and not finally assessed is overdue. The same rule as `twoMonthRule`, turned around so a query
 * selects overdue deviations by the report date alone.
 */
export const overdueIfReportedOnOrBefore = (today: string): string => lastDateWithDeadlineBefore(today, TWO_MONTHS);
