/** Months as YYYY-MM strings: case flows and forecasts are monthly; they sort and compare as text. */

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string): boolean => MONTH_PATTERN.test(value);

/** The month of a date: 2022-03-15 → 2022-03. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The month `count` months after (or, negative, before) `month`. */
export function addMonthsToMonth(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonthsToMonth(m, 1)) out.push(m);
  return out;
}

/** The months in `from`–`to` that `reported` does not hold. */
export function missingMonths(reported: readonly string[], from: string, to: string): string[] {
  const have = new Set(reported);
  return monthsBetween(from, to).filter((m) => !have.has(m));
}

/** The first and last day of a month. */
export function monthBounds(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number);
  return {
    from: `${month}-01`,
    to: `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`,
  };
}
