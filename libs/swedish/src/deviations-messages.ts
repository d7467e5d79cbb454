import { DeviationsRules } from '@kvalitetsnav/codes';
import { SwedishRules } from './rule-messages';

/** Swedish for the rules only the deviations service refuses by. */
export const DEVIATIONS_RULE_MESSAGES: SwedishRules<typeof DeviationsRules> = {};
