/**
 * Words the web shows that the API sends as plain strings rather than schema enums, and what a
 * browser meets before the API can answer.
 */

/** The weekly pulse's topics (PulseSignal.topic). */
export const PULSE_TOPIC_LABELS: Readonly<Record<string, string>> = {
  impact: 'påverkan',
  staffing: 'bemanning',
  protectiveEquipment: 'skyddsutrustning',
  worry: 'oro',
};

/** Problems a client has on its own side of the network. */
export const CLIENT_MESSAGES = {
  NETWORK: 'Det går inte att nå Kvalitetsnav just nu. Försök igen om en stund.',
} as const;
