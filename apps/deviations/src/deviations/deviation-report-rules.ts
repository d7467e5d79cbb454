import { deviationsViolation, RuleViolation } from '@kvalitetsnav/codes';
import type { DeviationKind } from '@kvalitetsnav/events';
import { isLex } from './deviation-workflow-rules';

/** Reporting a deviation, lex Sarah, lex Maria, or a comment or complaint (synpunkt/klagomål). */

export const COMPLAINANTS = ['USER', 'RELATIVE', 'STAFF', 'OTHER', 'ANONYMOUS'] as const;
export type Complainant = (typeof COMPLAINANTS)[number];

export const COMPLAINT_CATEGORIES = [
  'TREATMENT',
  'HANDLING',
  'CARE_QUALITY',
  'ACCESSIBILITY',
  'INFORMATION',
  'OTHER',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** Complaints and decisions not executed carry other facts, so they have mutations of their own. */
export function reportKindViolation(kind: DeviationKind): RuleViolation | null {
  if (kind === 'COMPLAINT')
    return deviationsViolation('KIND_REGISTERED_ELSEWHERE', 'kind', { kind, mutation: 'registerComplaint' });
  if (kind === 'DECISION_NOT_EXECUTED')
    return deviationsViolation('KIND_REGISTERED_ELSEWHERE', 'kind', { kind, mutation: 'registerDecisionNotExecuted' });
  return null;
}

/** It happened (or was received) on or before the day it was reported. */
export function occurredAfterReportedViolation(
  occurredOn: string,
  reportedOn: string,
  field: string,
): RuleViolation | null {
  return occurredOn > reportedOn
    ? deviationsViolation('OCCURRED_AFTER_REPORTED', field, { value: occurredOn, reportedOn })
    : null;
}

/**
 * A lex Sarah or lex Maria investigation is documented on the person, so the text as written is
 * kept (for officials) when personal identity numbers were removed from the one everyone reads.
 */
export const keepsOriginalText = (kind: DeviationKind, redactions: number): boolean => redactions > 0 && isLex(kind);
