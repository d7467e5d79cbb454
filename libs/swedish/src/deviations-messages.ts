import { DeviationKind, DeviationsRules } from '@kvalitetsnav/codes';
import { enumLabel } from './enum-labels';
import { list, SwedishRules } from './rule-messages';
import { swedishNumber } from './numbers';

const status = (value: string) => `”${enumLabel('DeviationStatus', value)}”`;
const kind = (value: DeviationKind) => `”${enumLabel('DeviationKind', value)}”`;
const lex = (value: DeviationKind) => (value === 'LEX_MARIA' ? 'lex Maria' : 'lex Sarah');
const ids = (values: readonly string[]) => values.join(', ');
/** `2026-Q1` as the page says it: Kvartal 1 2026. */
/** What a kind's categories are, by code, or that it has none. */
const allowedCategories = (value: DeviationKind, allowed: readonly string[]) =>
  allowed.length
    ? `Kategorier för ${kind(value)}: ${allowed.join(', ')}.`
    : `Ärenden av slaget ${kind(value)} har inga kategorier att välja.`;
const quarter = (value: string) => `Kvartal ${value.slice(6)} ${value.slice(0, 4)}`;

/** The fields a deviation import fills, as the mapping form and the refusals name them. */
export const DEVIATION_IMPORT_FIELDS: Readonly<Record<string, string>> = {
  external_id: 'Ärendets id i källsystemet',
  unit_code: 'Enhetens kod',
  kind: 'Slag',
  occurred_on: 'Händelsedatum',
  reported_on: 'Rapporteringsdatum',
  description: 'Beskrivning',
  status: 'Status',
  actions_registered_on: 'Åtgärder registrerade',
  final_assessed_on: 'Slutbedömd',
  seriousness: 'Allvarlighetsgrad',
  ivo_reported_on: 'Anmäld till IVO',
  complainant: 'Vem som lämnat synpunkten',
  complaint_category: 'Synpunktens kategori',
  category: 'Kategori',
};
const importField = (field: string) => `”${DEVIATION_IMPORT_FIELDS[field] ?? field}”`;

/** Swedish for the rules only the deviations service refuses by. */
export const DEVIATIONS_RULE_MESSAGES: SwedishRules<typeof DeviationsRules> = {
  KIND_REGISTERED_ELSEWHERE: (p) =>
    p.mutation === 'registerComplaint'
      ? 'Synpunkter och klagomål registreras för sig, inte som avvikelse.'
      : 'Ej verkställda beslut registreras för sig, inte som avvikelse.',
  KIND_NOT_HANDLED: (p) =>
    `Du hanterar inte ärenden av slaget ${kind(p.kind)}, bara ${list(p.kinds.map((k) => kind(k)))}.`,
  OCCURRED_AFTER_REPORTED: (p, f) => `${f} (${p.value}) kan inte vara senare än rapporteringsdagen (${p.reportedOn}).`,
  NOT_NEXT_STATUS: (p) =>
    `En avvikelse med status ${status(p.from)} kan bara gå vidare till ${status(p.next)}, inte till ${status(p.to)}.`,
  STATUS_FINAL: (p) => `Avvikelsen har status ${status(p.status)} och kan inte byta status.`,
  BEFORE_PREVIOUS_STEP: (p, f) => `${f} (${p.value}) kan inte vara före föregående steg (${p.previous}).`,
  STEP_TEXT_REQUIRED: (p) =>
    p.to === 'ACTIONS_REGISTERED' ? 'Beskriv de åtgärder som har vidtagits.' : 'Skriv in slutbedömningen.',
  SERIOUSNESS_NOT_ASSESSED: (p) =>
    `Ett ärende enligt ${lex(p.kind)} måste bedömas som allvarligt eller inte allvarligt före slutbedömningen.`,
  NOT_REPORTED_TO_IVO: (p) => `Ett allvarligt ärende enligt ${lex(p.kind)} måste anmälas till IVO innan det avslutas.`,
  SERIOUSNESS_ONLY_FOR_LEX: (p) =>
    `Allvarlighet bedöms bara i ärenden enligt lex Sarah och lex Maria. Det här ärendet är ${kind(p.kind)}.`,
  IVO_ONLY_FOR_LEX: (p) =>
    `Bara ärenden enligt lex Sarah och lex Maria anmäls till IVO. Det här ärendet är ${kind(p.kind)}.`,
  IVO_ONLY_FOR_SERIOUS: () => 'Bara ärenden som har bedömts som allvarliga anmäls till IVO.',
  ALREADY_REPORTED_TO_IVO: (p) => `Ärendet anmäldes redan till IVO den ${p.reportedOn}.`,
  DATE_OUT_OF_RANGE: (p, f) => `${f} (${p.value}) måste ligga mellan ${p.earliest} och i dag (${p.today}).`,
  NOT_ACTIVE_ROOT_CAUSES: (p) =>
    p.ids.length === 1
      ? `Grundorsaken ${ids(p.ids)} finns inte i listan eller används inte längre.`
      : `Grundorsakerna ${ids(p.ids)} finns inte i listan eller används inte längre.`,
  NOT_ACTIVE_CATEGORY: (p) =>
    `Kategorin ${p.value} finns inte i listan eller används inte längre. ${allowedCategories(p.kind, p.allowed)}`,
  CATEGORY_NOT_FOR_KIND: (p) =>
    `Kategorin ${p.value} gäller ${list(p.kinds.map((k) => kind(k)))}, inte ${kind(p.kind)}. ${allowedCategories(p.kind, p.allowed)}`,
  KINDS_NOT_CATEGORISED: (p) =>
    `${list(p.kinds.map((k) => kind(k)))} har inga kategorier här. Välj bland ${list(p.categorised.map((k) => kind(k)))}.`,
  DEVIATIONS_NOT_VISIBLE: (p) =>
    p.ids.length === 1
      ? `Det finns ingen avvikelse med id ${ids(p.ids)} som du har tillgång till.`
      : `Det finns inga avvikelser med id ${ids(p.ids)} som du har tillgång till.`,
  ALREADY_EXECUTED: (p) => `Beslutet är redan verkställt, den ${p.executedOn}.`,
  INTERRUPTED_BEFORE_DECISION: (p, f) => `${f} (${p.value}) ligger före beslutsdatumet (${p.decidedOn}).`,
  QUARTER_ALREADY_REPORTED: (p) =>
    `${quarter(p.quarter)} är redan rapporterat till IVO, den ${p.reportedOn} av ${p.reportedBy}.`,
  QUARTER_NOT_ENDED: (p) => `${quarter(p.quarter)} är inte slut än – det slutar ${p.endsOn}.`,
  FOLLOW_UP_OF_ANOTHER_PROVIDER: () =>
    'Uppföljningen gäller en annan utförare än avvikelserna som förbättringsarbetet kommer från.',
  STUDY_RESULT_REQUIRED: () => 'Ange om förbättringen gav effekt innan du avslutar steget Studera.',
  ACT_DECISION_REQUIRED: () =>
    'Ange om förbättringen ska införas, anpassas och prövas igen eller avbrytas innan du avslutar steget Agera.',
  IMPROVEMENT_DONE: () => 'Förbättringsarbetet är klart. Starta ett nytt om arbetet ska fortsätta.',
  CSV_NOT_READABLE: () =>
    'Filen går inte att läsa som CSV. Kontrollera citattecknen och att varje rad har lika många kolumner som rubrikraden.',
  CSV_EMPTY: () => 'Filen är tom.',
  CSV_COLUMN_MISSING: (p) => `Kolumnen ${p.column} måste finnas i rubrikraden.`,
  CSV_COLUMN_UNKNOWN: (p) =>
    `Kolumnen ${p.column} finns inte i formatet. Kolumnerna som kan användas är ${list(p.known)}.`,
  CSV_TOO_MANY_ROWS: (p) =>
    `Filen har ${swedishNumber(p.rows)} rader men får ha högst ${swedishNumber(p.max)}. Dela upp den i flera filer.`,
  IMPORT_FIELD_NOT_MAPPED: (p, f) => `${f} saknar kolumn för ${importField(p.field)}, som varje import behöver.`,
  DATE_REQUIRED_FOR_STATUS: (p, f) => `${f} måste fyllas i när status är ${status(p.status)}.`,
  STATUS_BEFORE_FINAL_ASSESSMENT: (p) =>
    `Status ${status(p.status)} stämmer inte med att raden har ett datum för slutbedömning.`,
  COMPLAINANT_ONLY_FOR_COMPLAINTS: () => 'Bara synpunkter och klagomål har avsändare och kategori.',
};
