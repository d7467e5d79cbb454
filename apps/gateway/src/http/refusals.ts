import { HttpException } from '@nestjs/common';
import { commonViolation, ErrorCode, RuleViolation } from '@kvalitetsnav/codes';
import { violationExtensions } from '@kvalitetsnav/service-kit';

const STATUS: Record<string, number> = {
  [ErrorCode.VALIDATION_FAILED]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
};

/**
 * A refusal of the gateway's own HTTP endpoints (reports, sign-in), in the shape GraphQL errors
 * have: `{ errors: [{ message, extensions: { code, rule, field, params } }] }`, the status from
 * the kind. `legacy` also puts `field` and `code` beside the message, as /auth/dev-token did.
 */
export function refusal(violations: readonly RuleViolation[], legacy = false): HttpException {
  const errors = violations.map((v) => ({
    message: v.field ? `${v.field}: ${v.message}` : v.message,
    extensions: violationExtensions(v),
    ...(legacy ? { code: v.code, ...(v.field ? { field: v.field } : {}) } : {}),
  }));
  return new HttpException({ errors }, STATUS[violations[0].code] ?? 400);
}

/** A plain refusal with a code of the kind and an English message (no rule applies). */
export function refusalOf(code: ErrorCode, rule: string, message: string, params: RuleViolation['params'] = {}) {
  return refusal([new RuleViolation(code, rule, undefined, params, message)]);
}

export const notSignedIn = (message: string) => refusalOf(ErrorCode.UNAUTHENTICATED, 'NOT_SIGNED_IN', message);
export const roleRequired = (roles: readonly string[]) =>
  refusal([commonViolation('ROLE_REQUIRED', undefined, { roles })]);
