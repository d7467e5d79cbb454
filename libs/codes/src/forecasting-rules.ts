import { CommonRules } from './common-rules';
import { RuleSet, violationsOf } from './rule';

/** The rules only the forecasting service refuses by: `extensions.rule` with these params. */
export const ForecastingRules = {} as const satisfies RuleSet;
export type ForecastingRule = keyof typeof ForecastingRules;

export const forecastingViolation = violationsOf({ ...CommonRules, ...ForecastingRules });
