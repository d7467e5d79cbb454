import { contractsViolation, ParamsOf, RuleViolation } from '@kvalitetsnav/codes';
import type { ContractsRules } from '@kvalitetsnav/codes';
import { parseOrganisationNumber } from '@kvalitetsnav/swedish-ids';

type Problem = ParamsOf<typeof ContractsRules, 'ORGANISATION_NUMBER_INVALID'>['problem'];

// swedish-ids says what is wrong only in English; these are its three sentences, pinned by the spec.
const PROBLEMS: Record<string, Problem> = {
  'must contain only digits and an optional hyphen': 'NOT_DIGITS',
  'must have 10 digits (NNNNNN-NNNN)': 'NOT_TEN_DIGITS',
  'has a wrong check digit': 'CHECK_DIGIT',
};

/** A provider's organisation number in its canonical form NNNNNN-NNNN, or why it is not one. */
export function organisationNumberOf(input: string): { value: string } | { violation: RuleViolation } {
  const parsed = parseOrganisationNumber(input);
  if (parsed.ok) return { value: parsed.value };
  return {
    violation: contractsViolation('ORGANISATION_NUMBER_INVALID', 'organisationNumber', {
      problem: PROBLEMS[parsed.reason] ?? 'NOT_DIGITS',
    }),
  };
}

/** A LIKE pattern for names containing `text`, where % and _ in the text stand for themselves. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
