import { CommonRules, ContractsRules, DeviationsRules, ForecastingRules, SurveysRules } from '@kvalitetsnav/codes';
import { COMMON_RULE_MESSAGES, ERROR_CODE_MESSAGES } from './common-messages';
import { CONTRACTS_RULE_MESSAGES } from './contracts-messages';
import { DEVIATIONS_RULE_MESSAGES } from './deviations-messages';
import { fieldName } from './field-names';
import { FORECASTING_RULE_MESSAGES } from './forecasting-messages';
import { SwedishRules } from './rule-messages';
import { SURVEYS_RULE_MESSAGES } from './surveys-messages';

type AllRules = typeof CommonRules &
  typeof ContractsRules &
  typeof SurveysRules &
  typeof DeviationsRules &
  typeof ForecastingRules;

/** Every rule of every service, in Swedish: one catalogue for the web and the reports. */
export const RULE_MESSAGES: SwedishRules<AllRules> = {
  ...COMMON_RULE_MESSAGES,
  ...CONTRACTS_RULE_MESSAGES,
  ...SURVEYS_RULE_MESSAGES,
  ...DEVIATIONS_RULE_MESSAGES,
  ...FORECASTING_RULE_MESSAGES,
};

/** A refusal as the API sends it in `extensions` (every key optional: a client reads what came). */
export interface Refusal {
  code?: string;
  rule?: string;
  field?: string;
  params?: unknown;
  violations?: readonly Refusal[];
}

const FALLBACK = ERROR_CODE_MESSAGES.INTERNAL_SERVER_ERROR;

/** One broken rule in Swedish, or what its kind of refusal means when the rule is not known here. */
export function swedishRefusal(refusal: Refusal): string {
  const message = refusal.rule
    ? (RULE_MESSAGES as unknown as Record<string, (p: unknown, f: string) => string>)[refusal.rule]
    : undefined;
  if (message) return message(refusal.params ?? {}, fieldName(refusal.field));
  return (refusal.code && (ERROR_CODE_MESSAGES as Record<string, string>)[refusal.code]) || FALLBACK;
}

/** Every broken rule of a refusal in Swedish, each with the field it is about. */
export function swedishRefusals(refusal: Refusal): { field?: string; message: string }[] {
  const all = refusal.violations?.length ? refusal.violations : [refusal];
  return all.map((v) => ({ field: v.field, message: swedishRefusal({ code: refusal.code, ...v }) }));
}
