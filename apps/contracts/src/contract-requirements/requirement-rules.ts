import { commonViolation, contractsViolation, RuleViolation } from '@kvalitetsnav/codes';

export const REQUIREMENT_KINDS = ['STAFFING_LEVEL', 'QUALIFIED_SHARE', 'HOURS', 'OTHER'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

export const REQUIREMENT_COMPARISONS = ['AT_LEAST', 'AT_MOST', 'EXACTLY'] as const;
export type RequirementComparison = (typeof REQUIREMENT_COMPARISONS)[number];

export const REQUIREMENT_OUTCOMES = ['MET', 'NOT_MET', 'NOT_ASSESSED'] as const;
export type RequirementOutcome = (typeof REQUIREMENT_OUTCOMES)[number];

/** The largest value a requirement or a finding takes: beyond it the number is a typing error. */
export const MAX_VALUE = 100_000;

/** A qualified share is a percentage; the others are measured in the unit the contract names. */
export const unitOfKind = (kind: RequirementKind, unit: string | null | undefined): string | null =>
  kind === 'QUALIFIED_SHARE' ? '%' : kind === 'HOURS' ? unit?.trim() || 'timmar' : unit?.trim() || null;

/** A value of a requirement of `kind`: 0 or more, a percentage at most 100, otherwise at most MAX_VALUE. */
export function valueViolation(kind: RequirementKind, value: number, field: string): RuleViolation | null {
  if (value < 0) return commonViolation('TOO_SMALL', field, { min: 0 });
  if (kind === 'QUALIFIED_SHARE' && value > 100) return contractsViolation('REQUIREMENT_PERCENT_OVER_100', field);
  if (value > MAX_VALUE) return commonViolation('TOO_LARGE', field, { max: MAX_VALUE });
  return null;
}

export interface RequirementDraft {
  key: string;
  kind: RequirementKind;
  target: number;
}

/**
 * A contract's requirement: a key once per contract (others' keys given), and a target the kind
 * allows. `id` is the requirement being edited, whose own key does not count as taken.
 */
export function requirementViolations(
  draft: RequirementDraft,
  others: readonly { id: string; key: string }[],
  id?: string,
): RuleViolation[] {
  const taken = others.some((o) => o.id !== id && o.key === draft.key);
  return [
    taken ? contractsViolation('REQUIREMENT_KEY_TAKEN', 'key', { value: draft.key }) : null,
    valueViolation(draft.kind, draft.target, 'target'),
  ].filter((v): v is RuleViolation => v !== null);
}

export interface RequirementFacts {
  comparison: RequirementComparison;
  target: number;
}

/**
 * A requirement against a finding: met when the measured value satisfies the comparison with the
 * target ("at least 80 %": 80 or more), not met when it does not, not assessed without a value.
 */
export function requirementOutcome(
  requirement: RequirementFacts,
  measured: number | null | undefined,
): RequirementOutcome {
  if (measured === null || measured === undefined) return 'NOT_ASSESSED';
  const met =
    requirement.comparison === 'AT_LEAST'
      ? measured >= requirement.target
      : requirement.comparison === 'AT_MOST'
        ? measured <= requirement.target
        : measured === requirement.target;
  return met ? 'MET' : 'NOT_MET';
}

/** The requirement as a finding judged it: what the outcome needs, and what the report names. */
export interface JudgedRequirement extends RequirementFacts {
  label: string;
  measureUnit: string | null;
}

/** What a finding keeps of the requirement when it is recorded, so a later edit leaves it as judged. */
export const judgedOf = (r: JudgedRequirement): JudgedRequirement => ({
  label: r.label,
  comparison: r.comparison,
  target: r.target,
  measureUnit: r.measureUnit,
});

/**
 * Whether the requirement now says something else than what the finding was judged against: its
 * label, comparison, target or unit. An edit that changes none of them (only the key or the kind's
 * wording) leaves the judgement as it was.
 */
export const changedSinceJudged = (judged: JudgedRequirement, now: JudgedRequirement): boolean =>
  judged.label !== now.label ||
  judged.comparison !== now.comparison ||
  judged.target !== now.target ||
  (judged.measureUnit ?? null) !== (now.measureUnit ?? null);
