import { stockholmToday } from '@kvalitetsnav/service-kit';

/**
 * The rules of deviation handling (seed 004, seed 002 §3.2.4): a linear workflow, the
 * two-month rule, quarters for IVO and the board, and when a decision counts as not executed.
 * Every day-based rule works on dates in Sweden (Europe/Stockholm), not UTC.
 */

export const DEVIATION_STATUSES = [
  'REPORTED',
  'INVESTIGATING',
  'ACTIONS_REGISTERED',
  'FINAL_ASSESSMENT',
  'CLOSED',
] as const;
export type DeviationStatus = (typeof DEVIATION_STATUSES)[number];

/** Only the next step is allowed: reported → investigating → actions registered → final assessment → closed. */
export function transitionProblem(from: DeviationStatus, to: DeviationStatus): string | null {
  const next = DEVIATION_STATUSES[DEVIATION_STATUSES.indexOf(from) + 1];
  if (to === next) return null;
  return next
    ? `a deviation that is ${from} can only go to ${next}, not ${to}`
    : `a deviation that is ${from} cannot change status`;
}

/** The calendar date in Sweden of an instant. */
export function swedishDate(instant: Date): string {
  return stockholmToday(instant);
}

/** The same day two months later, or the month's last day when it has no such day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

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

/** Actions registered and a final assessment made within two months of the report, to the day. */
export function twoMonthRule(facts: TwoMonthFacts, today: string): TwoMonthOutcome {
  const deadline = addMonths(facts.reportedOn, 2);
  const inTime = (day: string | null) => day !== null && day <= deadline;
  return {
    deadline,
    actionsInTime: inTime(facts.actionsRegisteredOn),
    assessedInTime: inTime(facts.finalAssessedOn),
    overdue: facts.finalAssessedOn === null && today > deadline,
  };
}

/** `2022-Q3` for any date in July–September 2022. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

export function quarterBounds(quarter: string): { from: string; to: string } {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const from = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  return { from, to: previousDay(addMonths(from, 3)) };
}

function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A decision not executed within three months is reported to IVO and the board in every
 * quarter from the one in which the three months run out until the one in which it is
 * executed (that quarter included). One executed in time is never reported.
 */
export function isReportableInQuarter(
  decision: { decidedOn: string; executedOn: string | null },
  quarter: string,
): boolean {
  const due = addMonths(decision.decidedOn, 3);
  const { from, to } = quarterBounds(quarter);
  if (decision.executedOn !== null && decision.executedOn <= due) return false;
  if (due > to) return false;
  return decision.executedOn === null || decision.executedOn >= from;
}
