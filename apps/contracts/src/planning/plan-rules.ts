import { type Half, halfEnd, halfStart } from '@kvalitetsnav/calendar';

/** The focus areas as the board wrote them, each once, without blanks. */
export function focusAreasOf(areas: readonly string[]): string[] {
  return [...new Set(areas.map((f) => f.trim()).filter(Boolean))];
}

/** Accepted proposals are planned from today while their half-year is under way, else from its first day. */
export function plannedOnForHalf(year: number, half: Half, today: string): string {
  const start = halfStart(year, half);
  return today > start && today <= halfEnd(year, half) ? today : start;
}

export interface HalfProgress {
  half: Half;
  target: number;
  planned: number;
  done: number;
  unplanned: number;
}

/**
 * Specific follow-ups against the plan's target for each half-year: those planned (not
 * cancelled), those done (reported or closed), and how many are still to plan.
 */
export function planProgress(
  plan: { targetFirstHalf: number; targetSecondHalf: number },
  counts: readonly { half: number; planned: number; done: number }[],
): HalfProgress[] {
  return ([1, 2] as const).map((half) => {
    const row = counts.find((c) => c.half === half);
    const target = half === 1 ? plan.targetFirstHalf : plan.targetSecondHalf;
    const planned = row?.planned ?? 0;
    return { half, target, planned, done: row?.done ?? 0, unplanned: Math.max(0, target - planned) };
  });
}
