import { quarterBounds } from '@kvalitetsnav/calendar';
import { periodsBetween, ratio, Ratio } from '../statistics/statistics-rules';
import { ActDecision } from './improvement-cycle-rules';

export const IMPROVEMENT_INTERVALS = ['QUARTER', 'YEAR'] as const;
export type ImprovementInterval = (typeof IMPROVEMENT_INTERVALS)[number];

export interface ImprovementStatisticsRow {
  /** The day it was started, YYYY-MM-DD. */
  startedOn: string;
  actDecision: ActDecision | null;
  /** The day its ACT phase last completed. */
  actCompletedOn: string | null;
}

export interface ImprovementPeriodFigures {
  /** YYYY-Qn or YYYY. */
  period: string;
  from: string;
  to: string;
  started: number;
  finished: number;
  adopted: Ratio;
  adapted: Ratio;
  abandoned: Ratio;
  openAtEnd: number;
}

const boundsOf = (period: string): { from: string; to: string } =>
  period.length === 4 ? { from: `${period}-01-01`, to: `${period}-12-31` } : quarterBounds(period);

/**
 * Per quarter or year from `from` to `to` (the first and last period cut to them): started are
 * the improvements started in it; finished are those whose ACT phase completed in it, by the
 * decision taken: adopted (it worked), adapted (another cycle) or abandoned, each a share of the
 * finished; open at its end are those started by then that were not adopted or abandoned by then.
 */
export function improvementStatistics(
  rows: readonly ImprovementStatisticsRow[],
  from: string,
  to: string,
  interval: ImprovementInterval,
): ImprovementPeriodFigures[] {
  return periodsBetween(from, to, interval).map((period) => {
    const bounds = boundsOf(period);
    const start = bounds.from < from ? from : bounds.from;
    const end = bounds.to > to ? to : bounds.to;
    const within = (day: string | null) => day !== null && day >= start && day <= end;
    const finished = rows.filter((r) => r.actDecision && within(r.actCompletedOn));
    const decided = (decision: ActDecision) =>
      ratio(finished.filter((r) => r.actDecision === decision).length, finished.length);
    const endedBy = (r: ImprovementStatisticsRow) =>
      r.actDecision !== 'ADAPT' && r.actDecision !== null && r.actCompletedOn !== null && r.actCompletedOn <= end;
    return {
      period,
      from: start,
      to: end,
      started: rows.filter((r) => within(r.startedOn)).length,
      finished: finished.length,
      adopted: decided('ADOPT'),
      adapted: decided('ADAPT'),
      abandoned: decided('ABANDON'),
      openAtEnd: rows.filter((r) => r.startedOn <= end && !endedBy(r)).length,
    };
  });
}
