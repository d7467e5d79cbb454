import { SurveysRules } from '@kvalitetsnav/codes';
import { SwedishRules } from './rule-messages';

/** Swedish for the rules only the surveys service refuses by. */
export const SURVEYS_RULE_MESSAGES: SwedishRules<typeof SurveysRules> = {};
