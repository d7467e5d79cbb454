/** What the provider portal's pages share. */

/** "2025" for a year, "2026 halvår 1" for a half-year. */
export const periodLabel = (year: number, half: number | null | undefined) =>
  half ? `${year} halvår ${half}` : String(year);
