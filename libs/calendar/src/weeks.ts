/**
 * ISO 8601 weeks, e.g. 2022-W07: weeks start on Monday, and week 1 is the one that holds the
 * year's first Thursday, so 1 January can belong to the last week of the year before.
 */

const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY = 86_400_000;

/** The ISO week of a date (YYYY-MM-DD). */
export function isoWeekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  // The Thursday of the date's week decides the week's year.
  const thursday = new Date(d.getTime() + (3 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** A week that exists: a year has 53 weeks only when 28 December falls in week 53. */
export function isIsoWeek(value: string): boolean {
  const match = WEEK.exec(value);
  if (!match) return false;
  const week = Number(match[2]);
  return week >= 1 && week <= Number(isoWeekOf(`${match[1]}-12-28`).slice(6));
}

/** The Monday a week starts on. */
export function weekStart(week: string): string {
  const [year, number] = [Number(week.slice(0, 4)), Number(week.slice(6))];
  const jan4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  return new Date(mondayOfWeek1 + (number - 1) * 7 * DAY).toISOString().slice(0, 10);
}

/** Whether a week lies from `fromWeek` to `toWeek`, both included; no `toWeek` is open-ended. (As text, ISO weeks sort in order.) */
export function isWeekWithin(week: string, fromWeek: string, toWeek: string | null): boolean {
  return fromWeek <= week && (toWeek === null || week <= toWeek);
}
