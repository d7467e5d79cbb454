import { ForecastingRules } from '@kvalitetsnav/codes';
import { SwedishRules } from './rule-messages';

/** Swedish for the rules only the forecasting service refuses by. */
export const FORECASTING_RULE_MESSAGES: SwedishRules<typeof ForecastingRules> = {};
