import { ReportsRules } from '@kvalitetsnav/codes';
import { SwedishRules } from './rule-messages';

/** Swedish for the rules of the report generator. */
export const REPORTS_RULE_MESSAGES: SwedishRules<typeof ReportsRules> = {
  REPORT_NOT_READY: (p) =>
    p.status === 'FAILED' ? 'Rapporten kunde inte skapas.' : `Rapporten är inte klar än (${p.progress} %).`,
};
