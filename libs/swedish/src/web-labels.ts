/** What a browser meets before the API can answer, or where the gateway answers without a rule. */
export const CLIENT_MESSAGES = {
  NETWORK: 'Det går inte att nå Kvalitetsnav just nu. Försök igen om en stund.',
  DEV_LOGIN_DISABLED: 'Utvecklingsinloggning är avstängd här. Logga in via kommunens inloggning.',
} as const;

/**
 * The access log: what a logged read returned (AccessLogEntry.field), as the log shows it.
 * An unknown field is shown as it is.
 */
export const ACCESS_LOG_FIELD_LABELS: Readonly<Record<string, string>> = {
  protectedDescription: 'Originaltext (med personnummer)',
  deviation: 'Ärendet öppnat (texter och avsändare)',
  decisionsNotExecuted: 'Listan över ej verkställda beslut',
  'decisionsNotExecutedQuarterReport.decisions': 'Kvartalsrapportens beslut',
};

/**
 * Decisions not executed: the person's gender is one person's (the form), not the groups
 * ENUM_LABELS.Gender names in the breakdown.
 */
export const DECISION_WORDS = {
  gender: { WOMAN: 'Kvinna', MAN: 'Man', NOT_STATED: 'Ej angivet' },
} as const;

/**
 * Survey answer links: what a respondent (not signed in, often on a tablet) is asked and told.
 * Gender is asked of one person, so not the groups ENUM_LABELS.Gender names in results.
 */
export const ANSWER_LINK_WORDS = {
  gender: { WOMAN: 'Kvinna', MAN: 'Man', NOT_STATED: 'Vill inte uppge' },
  genderQuestion: 'Är du kvinna eller man? (frivilligt)',
  anonymous: 'Dina svar är anonyma. Vi frågar inte efter ditt namn eller personnummer.',
  send: 'Skicka svaret',
  thanks: 'Tack för ditt svar!',
  thanksMore: 'Ditt svar är sparat. Nu kan nästa person svara på samma enhet.',
  next: 'Nästa person svarar',
} as const;
