/** What a browser meets before the API can answer, or where the gateway answers without a rule. */
export const CLIENT_MESSAGES = {
  NETWORK: 'Det går inte att nå Kvalitetsnav just nu. Försök igen om en stund.',
  DEV_LOGIN_DISABLED: 'Utvecklingsinloggning är avstängd här. Logga in via kommunens inloggning.',
} as const;
