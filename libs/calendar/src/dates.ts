/**
 * Calendar dates as Swedish users mean them: `YYYY-MM-DD` strings in Sweden's time zone. They
 * sort and compare as text, and carry no time of day, so a rule "within two months" cannot drift
 * by an hour at the turn of daylight saving time.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date in Sweden: day-based rules follow local time, not UTC. */
export function stockholmToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}

/** The calendar date in Sweden of an instant. */
export const swedishDate = (instant: Date): string => stockholmToday(instant);

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A real calendar date written YYYY-MM-DD: 2022-02-30 is not one. */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/**
 * The same day `months` later (or earlier), or the month's last day when it has no such day:
 * 31 March + 2 months is 31 May, 31 December + 2 months is the last of February.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The latest date whose `addMonths(date, months)` is still before `day`: every date up to it
 * has its deadline behind it. The inverse of the clamped addition, so a query can select
 * "reported more than two months ago" on the date column alone.
 */
export function lastDateWithDeadlineBefore(day: string, months: number): string {
  // addMonths is monotone; its inverse lies within a few days of the plain subtraction.
  let candidate = addDays(addMonths(day, -months), 3);
  while (addMonths(candidate, months) >= day) candidate = addDays(candidate, -1);
  return candidate;
}
