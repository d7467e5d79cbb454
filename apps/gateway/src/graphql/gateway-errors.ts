import { GraphQLFormattedError } from 'graphql';
import { limitCode } from '../limits/query-limits';

/** Codes a client may see; anything else leaving the gateway becomes INTERNAL_SERVER_ERROR. */
const PUBLIC_CODES = new Set([
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COSTLY',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'QUERY_TOO_LONG',
  'OPERATION_NOT_ALLOWED',
]);

/**
 * Subgraphs already map their errors; this is the last line: no stack traces, SQL or internal
 * host names (e.g. "connect ECONNREFUSED 10.0.0.5:4003") ever leave the public endpoint.
 */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = limitCode(formatted.message) ?? formatted.extensions?.['code'];
  const field = formatted.extensions?.['field'];
  const base = { locations: formatted.locations, path: formatted.path };
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    return { ...base, message: formatted.message, extensions: { code, ...(typeof field === 'string' ? { field } : {}) } };
  }
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
