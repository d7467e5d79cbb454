import { ForecastingRules, forecastingViolation, ParamsOf, RuleViolation } from '@kvalitetsnav/codes';

type InputRule =
  'FORECAST_SERIES_TOO_SHORT' | 'FORECAST_HORIZON' | 'FORECAST_LEVEL' | 'FORECAST_PERIOD' | 'FORECAST_VALUE_NOT_FINITE';

const FIELD: Record<InputRule, string> = {
  FORECAST_SERIES_TOO_SHORT: 'series',
  FORECAST_HORIZON: 'horizon',
  FORECAST_LEVEL: 'level',
  FORECAST_PERIOD: 'period',
  FORECAST_VALUE_NOT_FINITE: 'series',
};

/** Bad input to the library, refused with the forecasting service's coded rules. */
export function forecastInputViolation<R extends InputRule>(
  rule: R,
  params: ParamsOf<typeof ForecastingRules, R>,
): RuleViolation {
  return (forecastingViolation as (r: string, f: string, p: unknown) => RuleViolation)(rule, FIELD[rule], params);
}

export const HORIZON_LIMITS = { min: 1, max: 120 } as const;

/** Every problem with the input, first found first; none for good input. */
export function inputViolations(
  series: readonly number[],
  horizon: number,
  period: number,
  level: number,
  minimum: number,
): RuleViolation[] {
  const found: RuleViolation[] = [];
  const bad = series.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0)
    found.push(forecastInputViolation('FORECAST_VALUE_NOT_FINITE', { index: bad, value: String(series[bad]) }));
  if (series.length < minimum)
    found.push(forecastInputViolation('FORECAST_SERIES_TOO_SHORT', { needed: minimum, have: series.length }));
  if (!Number.isInteger(horizon) || horizon < HORIZON_LIMITS.min || horizon > HORIZON_LIMITS.max)
    found.push(forecastInputViolation('FORECAST_HORIZON', { ...HORIZON_LIMITS, value: horizon }));
  if (!Number.isInteger(period) || period < 1) found.push(forecastInputViolation('FORECAST_PERIOD', { value: period }));
  if (!(level > 0 && level < 1)) found.push(forecastInputViolation('FORECAST_LEVEL', { value: level }));
  return found;
}
