import { addMonths, lastDateWithDeadlineBefore } from '@kvalitetsnav/calendar';
import type { DeviationStatus } from '../deviations/deviation-workflow-rules';

/**
 * Retention (gallring): once a deviation has been closed for the configured time, the protected
 * original of a lex Sarah / lex Maria report is deleted, and later its free texts are replaced by
 * a fixed marker. Counts, kinds, dates, statuses, categories and root causes stay, so the
 * statistics are the same before and after.
 */

export interface RetentionSettings {
  /** Months after closing that the protected original is kept. */
  protectedTextMonths: number;
  /** Months after closing that the free texts are kept. */
  freeTextMonths: number;
}

/** What the run needs to know of a deviation to decide. */
export interface RetentionCandidate {
  id: string;
  status: DeviationStatus;
  closedOn: string | null;
  /** Whether its protected original is still kept. */
  hasOriginal: boolean;
  /** Whether an earlier run already replaced its free texts. */
  freeTextsCulled: boolean;
}

export interface RetentionPlan {
  /** The latest closing day whose original is removed (its time has passed by today). */
  originalsClosedBy: string;
  /** The latest closing day whose free texts are anonymised. */
  freeTextsClosedBy: string;
  /** What the free texts read afterwards. */
  marker: string;
  /** Deviations whose protected original is deleted. */
  removeOriginals: string[];
  /** Deviations whose free texts are replaced by the marker. */
  anonymiseFreeTexts: string[];
}

/** The fixed Swedish text that replaces a culled free text, dated with the run's day. */
export const retentionMarker = (today: string): string => `[Gallrad ${today}]`;

/** Whether a text is the marker (the database lets only this into the access log's reason). */
export const isRetentionMarker = (text: string | null): boolean =>
  text !== null && /^\[Gallrad \d{4}-\d{2}-\d{2}\]$/.test(text);

/** A closed deviation's time has passed when its closing day plus the months lies before today. */
const timeHasPassed = (closedOn: string, months: number, today: string): boolean => addMonths(closedOn, months) < today;

/**
 * What a run on `today` culls. Only CLOSED deviations whose closing day plus the retention time
 * lies before today: their original is deleted if still kept, and their free texts replaced by
 * the marker unless an earlier run did it. Open deviations, and closed ones still within their
 * time, are not touched.
 */
export function retentionPlan(
  today: string,
  settings: RetentionSettings,
  candidates: readonly RetentionCandidate[],
): RetentionPlan {
  const closed = candidates.filter(
    (d): d is RetentionCandidate & { closedOn: string } => d.status === 'CLOSED' && d.closedOn !== null,
  );
  return {
    originalsClosedBy: lastDateWithDeadlineBefore(today, settings.protectedTextMonths),
    freeTextsClosedBy: lastDateWithDeadlineBefore(today, settings.freeTextMonths),
    marker: retentionMarker(today),
    removeOriginals: closed
      .filter((d) => d.hasOriginal && timeHasPassed(d.closedOn, settings.protectedTextMonths, today))
      .map((d) => d.id),
    anonymiseFreeTexts: closed
      .filter((d) => !d.freeTextsCulled && timeHasPassed(d.closedOn, settings.freeTextMonths, today))
      .map((d) => d.id),
  };
}
