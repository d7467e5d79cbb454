import { monthBounds } from '@kvalitetsnav/calendar';
import { contractsViolation, RuleViolation } from '@kvalitetsnav/codes';

/** One of a plan's own periods: its days (inclusive) and how many specific follow-ups it aims for. */
export interface PlanPeriod {
  startsOn: string;
  endsOn: string;
  target: number;
}

/** The two calendar halves, as every plan had them before plans had their own periods. */
export const calendarHalves = (year: number, first: number, second: number): PlanPeriod[] => [
  { startsOn: `${year}-01-01`, endsOn: `${year}-06-30`, target: first },
  { startsOn: `${year}-07-01`, endsOn: `${year}-12-31`, target: second },
];

/** The days a plan's periods may cover: its year, and December of the year before (1 December–31 May). */
export const planYearBounds = (year: number) => ({ from: `${year - 1}-12-01`, to: `${year}-12-31` });

/**
 * A plan's periods, in the order the board wrote them: each ends on or after its start, lies
 * within the plan year's bounds, and shares no day with another (a day counts against one target).
 */
export function planPeriodViolations(year: number, periods: readonly PlanPeriod[]): RuleViolation[] {
  const bounds = planYearBounds(year);
  const violations: RuleViolation[] = [];
  periods.forEach((p, i) => {
    if (p.startsOn < bounds.from || p.startsOn > bounds.to)
      violations.push(
        contractsViolation('PLAN_PERIOD_OUTSIDE_YEAR', `periods.${i}.startsOn`, { value: p.startsOn, ...bounds }),
      );
    if (p.endsOn < p.startsOn)
      violations.push(
        contractsViolation('PLAN_PERIOD_ENDS_BEFORE_START', `periods.${i}.endsOn`, {
          startsOn: p.startsOn,
          endsOn: p.endsOn,
        }),
      );
    else if (p.endsOn > bounds.to)
      violations.push(
        contractsViolation('PLAN_PERIOD_OUTSIDE_YEAR', `periods.${i}.endsOn`, { value: p.endsOn, ...bounds }),
      );
    const other = periods.findIndex((q, j) => j < i && q.startsOn <= p.endsOn && p.startsOn <= q.endsOn);
    if (other >= 0 && p.endsOn >= p.startsOn)
      violations.push(
        contractsViolation('PLAN_PERIODS_OVERLAP', `periods.${i}.startsOn`, { period: i + 1, other: other + 1 }),
      );
  });
  return violations;
}

/** As stored: first to last, so period 1 is the earliest. */
export const periodsInOrder = (periods: readonly PlanPeriod[]): PlanPeriod[] =>
  [...periods].sort((a, b) => a.startsOn.localeCompare(b.startsOn));

/** The plan's period with this number (from 1), or null. */
export const periodNumbered = (periods: readonly PlanPeriod[], period: number): PlanPeriod | null =>
  Number.isInteger(period) && period >= 1 ? (periods[period - 1] ?? null) : null;

/** Accepted proposals are planned from today while their period is under way, else from its first day. */
export function plannedOnForPeriod(period: PlanPeriod, today: string): string {
  return today > period.startsOn && today <= period.endsOn ? today : period.startsOn;
}

export interface PeriodProgress {
  period: number;
  startsOn: string;
  endsOn: string;
  target: number;
  planned: number;
  done: number;
  unplanned: number;
}

/**
 * Specific follow-ups against each of the plan's periods' target: those planned in it (not
 * cancelled), those done (reported or closed), and how many are still to plan.
 */
export function planProgress(
  periods: readonly PlanPeriod[],
  counts: readonly { period: number; planned: number; done: number }[],
): PeriodProgress[] {
  return periods.map((p, i) => {
    const row = counts.find((c) => c.period === i + 1);
    const planned = row?.planned ?? 0;
    return { period: i + 1, ...p, planned, done: row?.done ?? 0, unplanned: Math.max(0, p.target - planned) };
  });
}

const daysBetween = (a: string, b: string) =>
  Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

/**
 * The plan period a board report in a month covers: the one whose last day lies nearest the
 * month's end (June hears 1 December–31 May, or January–June; November hears 1 June–30 November,
 * or July–December). Null when the plan has no periods.
 */
export function reportedPeriod(periods: readonly PlanPeriod[], year: number, month: number): PlanPeriod | null {
  const end = monthBounds(`${year}-${String(month).padStart(2, '0')}`).to;
  return periods.reduce<PlanPeriod | null>(
    (best, p) => (!best || daysBetween(p.endsOn, end) < daysBetween(best.endsOn, end) ? p : best),
    null,
  );
}
