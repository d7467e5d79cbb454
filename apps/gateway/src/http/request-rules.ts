import { commonViolation, isId, RuleViolation } from '@kvalitetsnav/codes';

/**
 * The few input rules of the gateway's own HTTP endpoints, as pure checks: each returns the
 * violation with the common rule code, or null.
 */

export function oneOf(field: string, value: unknown, allowed: readonly string[]): RuleViolation | null {
  return typeof value === 'string' && allowed.includes(value)
    ? null
    : commonViolation('NOT_ONE_OF', field, { allowed });
}

/** A year the reports cover: a whole number from 2000 to 2100; numeric text (a query string) counts. */
export function year(field: string, value: unknown): RuleViolation | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n === 'number' && Number.isInteger(n) && n >= 2000 && n <= 2100) return null;
  const { code, rule, params } = commonViolation('OUT_OF_RANGE', field, { min: 2000, max: 2100, whole: true });
  // The endpoint has said it so since it was published; API users may match on it.
  return new RuleViolation(code, rule, field, params, `${field} must be 2000 to 2100`);
}

export function text(field: string, value: unknown, max: number): RuleViolation | null {
  return typeof value === 'string' && value.trim().length >= 1 && value.trim().length <= max
    ? null
    : commonViolation('TEXT_LENGTH', field, { min: 1, max });
}

export function id(field: string, value: unknown): RuleViolation | null {
  return isId(value) ? null : commonViolation('NOT_AN_ID', field);
}

export const found = (violations: (RuleViolation | null)[]): RuleViolation[] =>
  violations.filter((v): v is RuleViolation => v !== null);
