import { forecastingViolation, RuleViolation } from '@kvalitetsnav/codes';
import type { MonthTotals } from '../case-flows/case-flow-rules';

/** Which monthly figure of the case flows a forecast is made for. */
export const MEASURES = ['INCOMING', 'OUTGOING', 'BALANCE'] as const;
export type Measure = (typeof MEASURES)[number];

/** Two years: enough for the seasonal models to see each month twice. */
export const MIN_MONTHS = 24;
export const HORIZON = { min: 1, max: 36 } as const;

export function horizonViolation(horizon: number): RuleViolation | null {
  return Number.isInteger(horizon) && horizon >= HORIZON.min && horizon <= HORIZON.max
    ? null
    : forecastingViolation('FORECAST_HORIZON', 'horizon', { ...HORIZON, value: horizon });
}

/**
 * A series can be forecast when every month from its first to its last has a report, and it
 * has at least MIN_MONTHS of them. A gap is named before the length: filling it is the fix.
 */
export function seriesViolation(months: readonly Pick<MonthTotals, 'month' | 'reports'>[]): RuleViolation | null {
  const gaps = months.filter((m) => m.reports === 0).map((m) => m.month);
  if (gaps.length) return forecastingViolation('FORECAST_SERIES_HAS_GAPS', 'series', { months: gaps });
  if (months.length < MIN_MONTHS)
    return forecastingViolation('FORECAST_SERIES_TOO_SHORT', 'series', { needed: MIN_MONTHS, have: months.length });
  return null;
}

export const valueOf = (month: Pick<MonthTotals, 'incoming' | 'outgoing' | 'balance'>, measure: Measure): number =>
  measure === 'INCOMING' ? month.incoming : measure === 'OUTGOING' ? month.outgoing : month.balance;

export interface Readiness {
  /** Months from the first report to the last, the length of the series a forecast would use. */
  months: number;
  /** Of those, the months with a report. */
  monthsReported: number;
  needed: number;
  ready: boolean;
  /** What a forecast of the series would be refused with, when it would be. */
  refusal: RuleViolation | null;
}

/** Whether a series can be forecast now, and if not, the refusal a forecast would meet. */
export function readinessOf(months: readonly Pick<MonthTotals, 'month' | 'reports'>[]): Readiness {
  const refusal = seriesViolation(months);
  return {
    months: months.length,
    monthsReported: months.filter((m) => m.reports > 0).length,
    needed: MIN_MONTHS,
    ready: refusal === null,
    refusal,
  };
}
