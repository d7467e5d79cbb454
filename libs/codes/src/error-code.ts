/**
 * What kind of refusal an error is: `extensions.code` on every GraphQL error. Clients branch on
 * it (retry on SERVICE_UNAVAILABLE, sign in again on UNAUTHENTICATED); the specific rule that was
 * broken is `extensions.rule`, with its `field` and `params`.
 */
export enum ErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
  /** Our own infrastructure is briefly away (the database restarting): nothing was written; try again. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Codes only the gateway answers with: the request itself is refused before any service sees it. */
export enum GatewayErrorCode {
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  BAD_REQUEST = 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  QUERY_TOO_LONG = 'QUERY_TOO_LONG',
  OPERATION_NOT_ALLOWED = 'OPERATION_NOT_ALLOWED',
  RATE_LIMITED = 'RATE_LIMITED',
}

/** The categories a rule can refuse with (the rest are for infrastructure and the gateway). */
export type RefusalCode =
  | ErrorCode.VALIDATION_FAILED
  | ErrorCode.NOT_FOUND
  | ErrorCode.FORBIDDEN
  | ErrorCode.UNAUTHENTICATED
  | ErrorCode.CONFLICT;
