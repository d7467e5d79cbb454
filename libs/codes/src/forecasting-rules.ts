import { CommonRules } from './common-rules';
import { ErrorCode } from './error-code';
import { rule, RuleSet, violationsOf } from './rule';

/** Spelt out for rules without params: under `satisfies RuleSet` an inferred one would be `never`. */
type NoParams = Record<string, never>;

/** The rules only the forecasting service refuses by: `extensions.rule` with these params. */
export const ForecastingRules = {
  /** A provider's own service cases are source PROVIDER; the assessed (bistånd) cases are the administration's. */
  PROVIDER_REPORTS_OWN_CASES: rule<NoParams>(
    ErrorCode.FORBIDDEN,
    () => 'a provider reports its own service cases (source PROVIDER)',
  ),
  /** Monthly figures are reported once the month is over. */
  REPORTED_MONTH_NOT_ENDED: rule<{ month: string; currentMonth: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.month} has not ended (it is ${p.currentMonth} now)`,
  ),
  /** The closed cases explained by reason must add up to the cases that went out. */
  REASONS_DO_NOT_ADD_UP: rule<{ explained: number; outgoing: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} adds up to ${p.explained} but outgoing is ${p.outgoing}`,
  ),
  CLOSURE_REASON_NOT_ACTIVE: rule<{ reason: string; active: readonly string[] }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `${p.reason} is not an active reason (${p.active.join(', ')})`,
  ),
  /** LISTED_TWICE for closure reasons, in the sentence API users have read since the first version. */
  CLOSURE_REASON_LISTED_TWICE: rule<{ reason: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `${p.reason} is listed twice`,
  ),
  /** No more care days than the people placed could spend in the month. */
  CARE_DAYS_ABOVE_PLACED: rule<{ careDays: number; placed: number; days: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.careDays} is more than ${p.placed} placed for ${p.days} days`,
  ),
  /** A forecast is made from a series with a report for every month. */
  FORECAST_SERIES_HAS_GAPS: rule<{ months: readonly string[] }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `the series has months without reports: ${p.months.join(', ')}`,
  ),
  FORECAST_SERIES_TOO_SHORT: rule<{ needed: number; have: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `a forecast needs at least ${p.needed} months of reports; the series has ${p.have}`,
  ),
  FORECAST_HORIZON: rule<{ min: number; max: number; value: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} must be ${p.min} to ${p.max} months, was ${p.value}`,
  ),
  /** The forecast library's own bounds on what it is given (libs/forecast). */
  FORECAST_LEVEL: rule<{ value: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} must lie strictly between 0 and 1, was ${p.value}`,
  ),
  FORECAST_PERIOD: rule<{ value: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} must be a whole number 1 or more, was ${p.value}`,
  ),
  /** `value` as text: NaN and Infinity have no JSON number. */
  FORECAST_VALUE_NOT_FINITE: rule<{ index: number; value: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} must hold only finite numbers; value ${p.index} is ${p.value}`,
  ),
  /**
   * Why a forecast has no backtest accuracy (not a refusal: the forecast itself is given). The
   * history never changes from a month to the same month a season before, so MASE has no scale.
   */
  FORECAST_ACCURACY_SCALE_ZERO: rule<NoParams>(
    ErrorCode.VALIDATION_FAILED,
    () => 'the history does not change from season to season, so the backtest has no scale to measure errors by',
  ),
  /** Too few months to hold some out for a backtest after the fewest the models are fitted on. */
  FORECAST_BACKTEST_TOO_SHORT: rule<{ needed: number; have: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `a backtest needs at least ${p.needed} months; the series has ${p.have}`,
  ),
  /** A projection needs the share of each age band using the service area. */
  NO_USAGE_RATES: rule<{ serviceArea: string; name: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `no usage rates are set for ${p.serviceArea}; set them with setUsageRates`,
  ),
  NOT_AN_AGE_BAND: rule<{ value: string }>(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} must look like 80-84 or 90+`),
  POPULATION_CSV_UNREADABLE: rule<{ reason: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `the file is not valid CSV: ${p.reason}`,
  ),
  POPULATION_CSV_HEADER: rule<NoParams>(
    ErrorCode.VALIDATION_FAILED,
    () => 'the header must be region, ålder, then one column per year',
  ),
  /** A column after region and ålder whose header is not a year. */
  POPULATION_YEAR_COLUMN: rule<{ column: number; header: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `column ${p.column} ("${p.header}") is not a year`,
  ),
  POPULATION_AGE_BAND: rule<{ line: number; value: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `line ${p.line}: ålder "${p.value}" is not an age band like "80-84 år" or "90+ år"`,
  ),
  /** A population figure that is not a whole number 0 or more; `header` is its year column's. */
  POPULATION_COUNT: rule<{ line: number; column: number; header: string; value: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `line ${p.line}: ${p.header} "${p.value}" is not a whole number 0 or more`,
  ),
  // Importing monthly reports (case flows, placements) from CSV: the file as a whole.
  MONTHLY_CSV_UNREADABLE: rule<{ reason: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `the file is not valid CSV: ${p.reason}`,
  ),
  MONTHLY_CSV_EMPTY: rule<NoParams>(ErrorCode.VALIDATION_FAILED, () => 'the file has no header and no rows'),
  MONTHLY_CSV_COLUMN_MISSING: rule<{ column: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `${p.column} is a required column but missing from the header`,
  ),
  /** A column the file's format does not have (for case flows: nor an active closure reason). */
  MONTHLY_CSV_COLUMN_UNKNOWN: rule<{ column: string; known: readonly string[] }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `${p.column} is not a known column (known: ${p.known.join(', ')})`,
  ),
  MONTHLY_CSV_TOO_MANY_ROWS: rule<{ rows: number; max: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `the file has ${p.rows} rows; at most ${p.max} per file`,
  ),
  /** A report once per file (a unit, service, month and source; a month and placement form): two would make two versions at once. */
  MONTHLY_CSV_ROW_REPEATED: rule<{ line: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `line ${p.line} already reports the same month`,
  ),
} as const satisfies RuleSet;
export type ForecastingRule = keyof typeof ForecastingRules;

export const forecastingViolation = violationsOf({ ...CommonRules, ...ForecastingRules });
