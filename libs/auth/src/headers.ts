/** Header carrying the gateway-signed identity to subgraphs. */
export const IDENTITY_HEADER = 'x-kvn-identity';
/** Header carrying the request id from the gateway through subgraphs into events. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** Header a provider's system sends its API key in. */
export const API_KEY_HEADER = 'x-api-key';

/** Only for local runs and tests; services and the gateway refuse it in production. */
export const DEVELOPMENT_HANDOFF_SECRET = 'kvalitetsnav-development-identity-handoff-secret';

/** Signs development users' tokens (npm run token, the web's dev sign-in); refused in production. */
export const DEVELOPMENT_JWT_SECRET = 'kvalitetsnav-development-jwt-secret-change-me';
