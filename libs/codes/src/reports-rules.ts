import { ErrorCode } from './error-code';
import { CommonRules } from './common-rules';
import { rule, RuleSet, violationsOf } from './rule';

/** The rules the report generator (the gateway's /reports) refuses by. */
export const ReportsRules = {
  /** The report is still being generated, or failed: there is no file to fetch. */
  REPORT_NOT_READY: rule<{ id: string; status: string; progress: number }>(
    ErrorCode.CONFLICT,
    (p) => `report ${p.id} is ${p.status.toLowerCase()} (${p.progress} %)`,
  ),
} as const satisfies RuleSet;
export type ReportsRule = keyof typeof ReportsRules;

export const reportsViolation = violationsOf({ ...CommonRules, ...ReportsRules });
