import { ContractsRules } from '@kvalitetsnav/codes';
import { SwedishRules } from './rule-messages';

/** Swedish for the rules only the contracts service refuses by. */
export const CONTRACTS_RULE_MESSAGES: SwedishRules<typeof ContractsRules> = {};
