import { HttpException, HttpStatus, ValidationError } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { isTransientInfrastructureError } from '@kvalitetsnav/messaging';
import { CommonErrorCode, DomainError } from './domain-error';

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

const HTTP_CODES: Partial<Record<number, CommonErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: CommonErrorCode.VALIDATION_FAILED,
  [HttpStatus.UNAUTHORIZED]: CommonErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: CommonErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: CommonErrorCode.NOT_FOUND,
  [HttpStatus.CONFLICT]: CommonErrorCode.CONFLICT,
};

/**
 * The one mapping from anything a resolver throws to what leaves the service: a known code
 * and message, or INTERNAL_SERVER_ERROR with no stack, SQL or host names.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()];
    if (code) return { ...base, message: httpMessage(original), extensions: { code } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && GRAPHQL_REQUEST_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  if (typeof code === 'string' && (code === CommonErrorCode.UNAUTHENTICATED || code === CommonErrorCode.FORBIDDEN)) {
    return { ...base, extensions: { code } };
  }
  if (isTransientInfrastructureError(original)) {
    // The write's transaction did not commit; callers (and providers' systems) can safely retry.
    return {
      ...base,
      message: 'The service is briefly unavailable; nothing was saved. Try again in a few seconds.',
      extensions: { code: CommonErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  return { ...base, message: 'Internal server error', extensions: { code: CommonErrorCode.INTERNAL_SERVER_ERROR } };
}

function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
}

/** ValidationPipe's errors become one VALIDATION_FAILED that names each field and rule. */
export function validationErrorFromClassValidator(errors: ValidationError[]): DomainError {
  const problems = flatten(errors);
  const message = problems.map((p) => `${p.field}: ${p.rule}`).join('; ') || 'input is invalid';
  return new DomainError(CommonErrorCode.VALIDATION_FAILED, message, problems[0]?.field);
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; rule: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((rule) => ({ field, rule }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}
