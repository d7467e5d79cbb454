import { HttpException, HttpStatus, ValidationError } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { commonViolation, ErrorCode, RuleViolation } from '@kvalitetsnav/codes';
import { isTransientInfrastructureError } from '@kvalitetsnav/messaging';
import { violationOfConstraint } from './input-rules';

/** GraphQL's own request errors are already safe and precise; let them through as they are. */
const GRAPHQL_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.VALIDATION_FAILED,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [HttpStatus.CONFLICT]: ErrorCode.CONFLICT,
};

/** A refusal as clients read it: the kind, the rule with its params, and the field it is about. */
export function violationExtensions(violation: RuleViolation): Record<string, unknown> {
  const one = (v: RuleViolation) => ({
    rule: v.rule,
    ...(v.field ? { field: v.field } : {}),
    params: v.params,
  });
  return {
    code: violation.code,
    ...one(violation),
    ...(violation instanceof CombinedViolation && violation.violations.length > 1
      ? { violations: violation.violations.map(one) }
      : {}),
  };
}

/**
 * The one mapping from anything a resolver throws to what leaves the service: a known code
 * and message, or INTERNAL_SERVER_ERROR with no stack, SQL or host names.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof RuleViolation) {
    return { ...base, message: original.message, extensions: violationExtensions(original) };
  }
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()];
    if (code) return { ...base, message: httpMessage(original), extensions: { code } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && GRAPHQL_REQUEST_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  if (typeof code === 'string' && (code === ErrorCode.UNAUTHENTICATED || code === ErrorCode.FORBIDDEN)) {
    return { ...base, extensions: { code } };
  }
  if (isTransientInfrastructureError(original)) {
    // The write's transaction did not commit; callers (and providers' systems) can safely retry.
    return {
      ...base,
      message: 'The service is briefly unavailable; nothing was saved. Try again in a few seconds.',
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
}

/** Several broken rules at once: the first one speaks for them, and `violations` lists them all. */
export class CombinedViolation extends RuleViolation {
  constructor(readonly violations: readonly RuleViolation[]) {
    const [first] = violations;
    super(
      first.code,
      first.rule,
      first.field,
      first.params,
      violations.map((v) => (v.field ? `${v.field}: ${v.message}` : v.message)).join('; '),
    );
  }
}

/**
 * Refuses with every violation found, so a form can mark each field at once: one violation as
 * itself, several as a CombinedViolation. Does nothing when there are none.
 */
export function refuseAll(violations: readonly (RuleViolation | null | undefined)[]): void {
  const found = violations.filter((v): v is RuleViolation => Boolean(v));
  if (found.length === 1) throw found[0];
  if (found.length > 1) throw new CombinedViolation(found);
}

/** ValidationPipe's errors become one VALIDATION_FAILED that names each field, rule and params. */
export function validationErrorFromClassValidator(errors: ValidationError[]): RuleViolation {
  const problems = flatten(errors);
  if (!problems.length) return commonViolation('INVALID', undefined, { constraint: 'input' });
  return new CombinedViolation(problems);
}

function flatten(errors: ValidationError[], prefix = ''): RuleViolation[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    // One problem per field, its first failed check: a number given for a text breaks both
    // IsText checks, and "must be text" says it all.
    const [first] = Object.entries(e.constraints ?? {});
    const own = first ? [violationOfConstraint(field, first[0], first[1], e.contexts?.[first[0]])] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}
