import { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { ErrorCode, GatewayErrorCode } from '@kvalitetsnav/codes';
import { limitCode } from '../limits/query-limits';

/**
 * Codes a client may see (the API's error kinds and the gateway's own, from libs/codes); anything
 * else leaving the gateway becomes INTERNAL_SERVER_ERROR.
 */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  ...Object.values(GatewayErrorCode),
]);

/**
 * Subgraphs already map their errors; this is the last line: no stack traces, SQL or internal
 * host names (e.g. "connect ECONNREFUSED 10.0.0.5:4003") ever leave the public endpoint.
 */
/** The gateway's executor reports bad variable values without a code; they are the caller's mistake. */
const VARIABLE_PROBLEM = /^Variable "\$[^"]+" (got invalid value|of required type|of non-null type|has invalid value)/;

export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code =
    limitCode(formatted.message) ??
    (VARIABLE_PROBLEM.test(formatted.message) ? 'BAD_USER_INPUT' : formatted.extensions?.['code']);
  const base = { locations: formatted.locations, path: formatted.path };
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    return { ...base, message: formatted.message, extensions: { code, ...refusalDetails(formatted.extensions) } };
  }
  // The caller learns nothing of it; the log keeps what happened, so it can be found.
  Logger.error(
    `masked as INTERNAL_SERVER_ERROR: ${formatted.message} (code ${String(code)}, path ${formatted.path?.join('.') ?? '-'})`,
    'GraphQL',
  );
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** What a subgraph said of the broken rule; only these keys, of the expected types, pass. */
function refusalDetails(extensions: GraphQLFormattedError['extensions']): Record<string, unknown> {
  const { rule, field, params, violations } = extensions ?? {};
  return {
    ...(typeof rule === 'string' ? { rule } : {}),
    ...(typeof field === 'string' ? { field } : {}),
    ...(isPlainObject(params) ? { params } : {}),
    ...(Array.isArray(violations) ? { violations } : {}),
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Errors about the request itself, not the data: the answer is 400 whoever raised them. */
const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'QUERY_TOO_COSTLY',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'QUERY_TOO_LONG',
]);

/** Seconds a caller should wait before retrying when a service is briefly unavailable. */
const RETRY_AFTER_SECONDS = '5';

/**
 * Answers 400, not 500, when every error is about the request (e.g. bad variables caught by the
 * gateway's executor, or a parse error raised by a limit); 503 with Retry-After when nothing was
 * done because a service's infrastructure is briefly away, so providers' systems retry.
 */
export function clientErrorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          const codes = errors.map((e) => e.extensions?.['code']);
          const status = response.http.status;
          const nothingDone = errors.length > 0 && !response.body.singleResult.data;
          if (
            nothingDone &&
            codes.every((c) => typeof c === 'string' && REQUEST_ERRORS.has(c)) &&
            (status === undefined || status >= 500)
          ) {
            response.http.status = 400;
          } else if (nothingDone && codes.every((c) => c === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', RETRY_AFTER_SECONDS);
          }
        },
      };
    },
  };
}
