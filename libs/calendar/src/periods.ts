import { addDays, addMonths } from './dates';

/** Quarters (`2022-Q3`) and half-years (1: January–June, 2: July–December) of dates. */

export type Half = 1 | 2;

/** `2022-Q3` for any date in July–September 2022. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

export function quarterBounds(quarter: string): { from: string; to: string } {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const from = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(addMonths(from, 3), -1) };
}

/** The four quarters of a year, first to last. */
export const quartersOf = (year: number): string[] => [1, 2, 3, 4].map((q) => `${year}-Q${q}`);

/** The half-year a date falls in. */
export function halfOf(date: string): { year: number; half: Half } {
  return { year: Number(date.slice(0, 4)), half: Number(date.slice(5, 7)) <= 6 ? 1 : 2 };
}

/** The first day of a half-year: 1 January or 1 July. */
export const halfStart = (year: number, half: Half): string => `${year}-${half === 1 ? '01' : '07'}-01`;

/** The last day of a half-year: 30 June or 31 December. */
export const halfEnd = (year: number, half: Half): string => `${year}-${half === 1 ? '06-30' : '12-31'}`;

/** The half-year before the one a date falls in: the last one that has ended. */
export function previousHalf(date: string): { year: number; half: Half } {
  const { year, half } = halfOf(date);
  return half === 2 ? { year, half: 1 } : { year: year - 1, half: 2 };
}
