import { CommonRules } from './common-rules';
import { RuleSet, violationsOf } from './rule';

/** The rules only the surveys service refuses by: `extensions.rule` with these params. */
export const SurveysRules = {} as const satisfies RuleSet;
export type SurveysRule = keyof typeof SurveysRules;

export const surveysViolation = violationsOf({ ...CommonRules, ...SurveysRules });
