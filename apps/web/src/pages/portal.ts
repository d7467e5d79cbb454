/** What the provider portal's pages share. */

/** "2025" for a year, "2026 halvår 1" for a half-year. */
export const periodLabel = (year: number, half: number | null | undefined) =>
  half ? `${year} halvår ${half}` : String(year);

/** A decimal as a provider writes it ("4,5" or "4.5"); NaN when it is none. */
export const decimalOf = (text: string) =>
  text.trim() === '' ? NaN : Number(text.replace(/[\s\u00a0]/g, '').replace(',', '.'));

/** A whole count from a number input; an empty one is none (0). */
export const countOf = (text: string) => (text.trim() === '' ? 0 : Number(text));
