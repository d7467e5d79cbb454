import { CommonRules, Entity, ErrorCode, Format, GatewayErrorCode } from '@kvalitetsnav/codes';
import { either, SwedishRules } from './rule-messages';
import { swedishNumber } from './numbers';

/** What each kind of refusal means to the person who met it. */
export const ERROR_CODE_MESSAGES: Readonly<Record<ErrorCode | GatewayErrorCode, string>> = {
  VALIDATION_FAILED: 'Uppgifterna är inte giltiga.',
  NOT_FOUND: 'Det du söker finns inte.',
  FORBIDDEN: 'Din roll har inte behörighet till detta.',
  UNAUTHENTICATED: 'Du är inte inloggad eller inloggningen har gått ut. Logga in igen.',
  CONFLICT: 'Uppgiften krockar med något som redan finns eller har hänt.',
  SERVICE_UNAVAILABLE: 'Kvalitetsnav är tillfälligt otillgängligt och inget sparades. Försök igen om några sekunder.',
  INTERNAL_SERVER_ERROR: 'Något gick fel i Kvalitetsnav. Försök igen, och kontakta supporten om felet består.',
  GRAPHQL_PARSE_FAILED: 'Frågan till Kvalitetsnav gick inte att läsa.',
  GRAPHQL_VALIDATION_FAILED: 'Frågan till Kvalitetsnav stämmer inte med gränssnittet.',
  BAD_USER_INPUT: 'Uppgifterna har fel form.',
  BAD_REQUEST: 'Förfrågan gick inte att tolka.',
  PERSISTED_QUERY_NOT_FOUND: 'Den sparade frågan finns inte längre. Ladda om sidan.',
  PERSISTED_QUERY_NOT_SUPPORTED: 'Sparade frågor stöds inte här.',
  OPERATION_RESOLUTION_FAILURE: 'Förfrågan saknar en fråga att köra.',
  QUERY_TOO_COSTLY: 'Frågan hämtar för mycket på en gång. Begränsa urvalet.',
  QUERY_TOO_DEEP: 'Frågan är för djupt nästlad.',
  TOO_MANY_ALIASES: 'Frågan har för många alias.',
  TOO_MANY_DIRECTIVES: 'Frågan har för många direktiv.',
  QUERY_TOO_LONG: 'Frågan är för lång.',
  OPERATION_NOT_ALLOWED: 'Den här frågan är inte godkänd för din roll.',
  RATE_LIMITED: 'För många förfrågningar på kort tid. Vänta en stund och försök igen.',
};

/** What an id names, in Swedish: one, many, and whether it takes "ett" (neuter). */
export const ENTITY_NAMES: Readonly<Record<Entity, { one: string; many: string; neuter?: true }>> = {
  PROVIDER: { one: 'utförare', many: 'utförare' },
  UNIT: { one: 'enhet', many: 'enheter' },
  CONTRACT: { one: 'avtal', many: 'avtal', neuter: true },
  FOLLOW_UP_PLAN: { one: 'uppföljningsplan', many: 'uppföljningsplaner' },
  FOLLOW_UP_SELECTION: { one: 'urval', many: 'urval', neuter: true },
  FOLLOW_UP: { one: 'uppföljning', many: 'uppföljningar' },
  FOLLOW_UP_ACTION: { one: 'åtgärd', many: 'åtgärder' },
  QUESTION_GUIDE: { one: 'frågeguide', many: 'frågeguider' },
  CONTRACT_REQUIREMENT: { one: 'avtalskrav', many: 'avtalskrav', neuter: true },
  BUSINESS_REPORT: { one: 'verksamhetsberättelse', many: 'verksamhetsberättelser' },
  STAFFING_REPORT: { one: 'bemanningsuppföljning', many: 'bemanningsuppföljningar' },
  API_KEY: { one: 'API-nyckel', many: 'API-nycklar' },
  PROVIDER_CONTACT: { one: 'kontaktperson', many: 'kontaktpersoner' },
  SURVEY_DEFINITION: { one: 'enkät', many: 'enkäter' },
  SURVEY_ROUND: { one: 'undersökningsomgång', many: 'undersökningsomgångar' },
  PULSE_PERIOD: { one: 'pulsperiod', many: 'pulsperioder' },
  SUPERVISION_CASE: { one: 'tillsynsärende', many: 'tillsynsärenden', neuter: true },
  SUPERVISION_RESPONSE: { one: 'begärt svar', many: 'begärda svar', neuter: true },
  BOARD: { one: 'nämnd', many: 'nämnder' },
  DEPARTMENT: { one: 'avdelning', many: 'avdelningar' },
  SERVICE_AREA: { one: 'verksamhetsområde', many: 'verksamhetsområden', neuter: true },
  SECTOR: { one: 'sektor', many: 'sektorer' },
  SURVEY_QUESTION: { one: 'fråga', many: 'frågor' },
  DEVIATION: { one: 'avvikelse', many: 'avvikelser' },
  ROOT_CAUSE: { one: 'grundorsak', many: 'grundorsaker' },
  IMPORT_SOURCE: { one: 'importkälla', many: 'importkällor' },
  DEVIATION_CATEGORY: { one: 'kategori', many: 'kategorier' },
  IMPROVEMENT: { one: 'förbättring', many: 'förbättringar' },
  DECISION_NOT_EXECUTED: { one: 'ej verkställt beslut', many: 'ej verkställda beslut', neuter: true },
  CLOSURE_REASON: { one: 'avslutsorsak', many: 'avslutsorsaker' },
  REGION: { one: 'region', many: 'regioner' },
  REPORT: { one: 'rapport', many: 'rapporter' },
};

export const FORMAT_NAMES: Readonly<Record<Format, string>> = {
  UPPER_SNAKE: 'en kod av versaler, siffror och understreck (högst 60 tecken)',
  YEAR_OR_PERIOD: 'ett år eller en period, t.ex. 2022 eller 2022-H2',
  KOLADA_KPI: 'ett nyckeltal i Kolada, t.ex. U28532',
  ORGANISATION_NUMBER: 'ett organisationsnummer NNNNNN-NNNN',
  REGION_CODE: 'en regionkod med fyra siffror',
};

const number = (n: number) => swedishNumber(n);

export const COMMON_RULE_MESSAGES: SwedishRules<typeof CommonRules> = {
  REQUIRED: (_, f) => `${f} måste fyllas i.`,
  NOT_AN_ID: (_, f) => `${f} är inte ett giltigt id.`,
  NOT_IDS: (_, f) => `${f} innehåller något som inte är ett giltigt id.`,
  NOT_A_DATE: (_, f) => `${f} måste vara ett datum (ÅÅÅÅ-MM-DD).`,
  NOT_A_MONTH: (_, f) => `${f} måste vara en månad (ÅÅÅÅ-MM).`,
  NOT_A_WEEK: (_, f) => `${f} måste vara en vecka (ÅÅÅÅ-Vnn).`,
  NOT_TEXT: (_, f) => `${f} måste vara text.`,
  TEXT_LENGTH: (p, f) =>
    p.min <= 1
      ? `${f} måste fyllas i, med högst ${number(p.max)} tecken.`
      : `${f} måste ha ${p.min}–${number(p.max)} tecken.`,
  NOT_WHOLE_NUMBER: (_, f) => `${f} måste vara ett heltal.`,
  NOT_A_NUMBER: (_, f) => `${f} måste vara ett tal.`,
  TOO_SMALL: (p, f) => `${f} får inte vara mindre än ${number(p.min)}.`,
  TOO_LARGE: (p, f) => `${f} får inte vara större än ${number(p.max)}.`,
  OUT_OF_RANGE: (p, f) => `${f} måste vara ${p.whole ? 'ett heltal ' : ''}från ${number(p.min)} till ${number(p.max)}.`,
  NOT_TRUE_OR_FALSE: (_, f) => `${f} måste vara ja eller nej.`,
  NOT_ONE_OF: (p, f) => `${f} måste vara ${either(p.allowed)}.`,
  LIST_SIZE: (p, f) =>
    p.min >= 1 && p.max >= 1000 ? `${f} måste ha minst ${p.min}.` : `${f} måste ha ${p.min}–${number(p.max)} st.`,
  LISTED_TWICE: (p, f) => `${f} innehåller ${p.value} mer än en gång.`,
  BAD_FORMAT: (p, f) => `${f} måste vara ${FORMAT_NAMES[p.format]}.`,
  IN_THE_FUTURE: (p, f) => `${f} (${p.value}) ligger i framtiden – i dag är det ${p.today}.`,
  INVALID: (_, f) => `${f} är inte giltigt.`,
  UNKNOWN: (p) => {
    const name = ENTITY_NAMES[p.entity];
    return p.ids.length === 1
      ? `Det finns ${name.neuter ? 'inget' : 'ingen'} ${name.one} med id ${p.ids[0]}.`
      : `Det finns inga ${name.many} med id ${p.ids.join(', ')}.`;
  },
  CSV_UNIT_COLUMN: (p) =>
    p.found === 'BOTH'
      ? 'Rubrikraden har både unit_id och unit_code. En fil anger enheterna på ett av sätten: med id (unit_id) eller med kod (unit_code).'
      : 'Rubrikraden saknar enhet. Ange enheterna med id (unit_id) eller med kod från verksamhetssystemet (unit_code).',
  UNIT_CODE_UNKNOWN: (p) => `Ingen enhet har koden ${p.code} i ${p.system}.`,
  UNIT_CODE_SYSTEM_UNUSED: (_, f) => `${f} anges bara när filen anger enheterna med kod (unit_code).`,
  ALREADY_EXISTS: (p, f) => {
    const name = ENTITY_NAMES[p.entity];
    return `Det finns redan ${name.neuter ? 'ett' : 'en'} ${name.one} med ${f.toLowerCase()} ${p.value}.`;
  },
  NOT_SIGNED_IN: () => ERROR_CODE_MESSAGES.UNAUTHENTICATED,
  ROLE_REQUIRED: () => ERROR_CODE_MESSAGES.FORBIDDEN,
};
