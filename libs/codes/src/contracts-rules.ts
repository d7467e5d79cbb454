import { CommonRules } from './common-rules';
import { RuleSet, violationsOf } from './rule';

/** The rules only the contracts service refuses by: `extensions.rule` with these params. */
export const ContractsRules = {} as const satisfies RuleSet;
export type ContractsRule = keyof typeof ContractsRules;

export const contractsViolation = violationsOf({ ...CommonRules, ...ContractsRules });
