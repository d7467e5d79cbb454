/** What a browser meets before the API can answer. */
/** Problems a client has on its own side of the network. */
export const CLIENT_MESSAGES = {
  NETWORK: 'Det går inte att nå Kvalitetsnav just nu. Försök igen om en stund.',
} as const;
