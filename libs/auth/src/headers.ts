/** Header carrying the gateway-signed identity to subgraphs. */
export const IDENTITY_HEADER = 'x-kvn-identity';
/** Header carrying the request id from the gateway through subgraphs into events. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** Header a provider's system sends its API key in. */
export const API_KEY_HEADER = 'x-api-key';
