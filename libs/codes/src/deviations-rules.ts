import { CommonRules } from './common-rules';
import { RuleSet, violationsOf } from './rule';

/** The rules only the deviations service refuses by: `extensions.rule` with these params. */
export const DeviationsRules = {} as const satisfies RuleSet;
export type DeviationsRule = keyof typeof DeviationsRules;

export const deviationsViolation = violationsOf({ ...CommonRules, ...DeviationsRules });
