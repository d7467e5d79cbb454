import { ForecastingRules } from '@kvalitetsnav/codes';
import { either, list, SwedishRules } from './rule-messages';
import { swedishNumber } from './numbers';

/** Swedish for the rules only the forecasting service refuses by. */
export const FORECASTING_RULE_MESSAGES: SwedishRules<typeof ForecastingRules> = {
  PROVIDER_REPORTS_OWN_CASES: () =>
    'En utförare rapporterar bara sina egna ärenden. De biståndsbedömda ärendena rapporterar förvaltningen.',
  REPORTED_MONTH_NOT_ENDED: (p) =>
    `Månaden ${p.month} är inte slut än (nu är det ${p.currentMonth}). En månad rapporteras när den är över.`,
  REASONS_DO_NOT_ADD_UP: (p) =>
    `De avslutade ärendena per orsak blir tillsammans ${p.explained}, men antalet avslutade ärenden är ${p.outgoing}. Summorna måste stämma.`,
  CLOSURE_REASON_NOT_ACTIVE: (p) => `${p.reason} är ingen avslutsorsak som används nu. Välj ${either(p.active)}.`,
  CLOSURE_REASON_LISTED_TWICE: (p) => `Avslutsorsaken ${p.reason} finns med mer än en gång.`,
  CARE_DAYS_ABOVE_PLACED: (p) =>
    `${p.careDays} vårddygn är fler än ${p.placed} placerade kan ha under månadens ${p.days} dagar.`,
  FORECAST_SERIES_HAS_GAPS: (p) =>
    `Det saknas rapporter för ${list(p.months)}. En prognos behöver en rapport för varje månad.`,
  FORECAST_SERIES_TOO_SHORT: (p) =>
    `En prognos behöver rapporter för minst ${p.needed} månader, men det finns bara för ${p.have}.`,
  FORECAST_HORIZON: (p) => `Prognosen kan göras ${p.min}–${p.max} månader framåt, inte ${p.value}.`,
  FORECAST_LEVEL: (p) =>
    `Intervallens nivå måste ligga mellan 0 och 1, till exempel 0,95, inte ${swedishNumber(p.value)}.`,
  FORECAST_PERIOD: (p) =>
    `Säsongens längd måste vara ett heltal, 1 eller mer (12 för månader), inte ${swedishNumber(p.value)}.`,
  FORECAST_VALUE_NOT_FINITE: (p) => `Värde nummer ${p.index + 1} i serien är inget tal (${p.value}).`,
  FORECAST_ACCURACY_SCALE_ZERO: () =>
    'Träffsäkerheten kan inte mätas: historiken är densamma varje månad som samma månad året innan, så det finns inget fel att jämföra med.',
  FORECAST_BACKTEST_TOO_SHORT: (p) =>
    `Träffsäkerheten kan inte mätas: det behövs minst ${p.needed} månader för att pröva prognosen bakåt, men det finns ${p.have}.`,
  NO_USAGE_RATES: (p) => `Det finns inga andelar per åldersgrupp för ${p.name.toLowerCase()}. Lägg in dem först.`,
  NOT_AN_AGE_BAND: (p, f) => `${f} måste vara en åldersgrupp som 80-84 eller 90+, inte ${p.value}.`,
  POPULATION_CSV_UNREADABLE: () => 'Filen går inte att läsa som CSV.',
  POPULATION_CSV_HEADER: () => 'Första raden ska vara region, ålder och sedan en kolumn per år.',
  POPULATION_YEAR_COLUMN: (p) => `Kolumn ${p.column} ("${p.header}") är inget årtal.`,
  POPULATION_AGE_BAND: (p) => `Rad ${p.line}: "${p.value}" är ingen åldersgrupp som "80-84 år" eller "90+ år".`,
  POPULATION_COUNT: (p) => `Rad ${p.line}: "${p.value}" för ${p.header} är inget heltal (0 eller mer).`,
  MONTHLY_CSV_UNREADABLE: () =>
    'Filen går inte att läsa som CSV. Kontrollera citattecknen och att varje rad har lika många kolumner som rubrikraden.',
  MONTHLY_CSV_EMPTY: () => 'Filen är tom. Första raden ska vara rubrikraden med kolumnernas namn.',
  MONTHLY_CSV_COLUMN_MISSING: (p) => `Kolumnen ${p.column} måste finnas i rubrikraden.`,
  MONTHLY_CSV_COLUMN_UNKNOWN: (p) =>
    `Kolumnen ${p.column} finns inte i formatet. Kolumnerna som kan användas är ${list(p.known)}.`,
  MONTHLY_CSV_TOO_MANY_ROWS: (p) =>
    `Filen har ${swedishNumber(p.rows)} rader men får ha högst ${swedishNumber(p.max)}. Dela upp den i flera filer.`,
  MONTHLY_CSV_ROW_REPEATED: (p) =>
    `Rad ${p.line} rapporterar redan samma månad. En månads rapport får bara finnas en gång i filen.`,
};

/**
 * Swedish names of the columns of forecasting's CSV files (importCaseFlowReports,
 * importPlacementReports), for the per-row errors; a closure reason's column is named by its reason.
 */
export const FORECASTING_CSV_COLUMNS: Readonly<Record<string, string>> = {
  unit_id: 'Enhetens id (unit_id)',
  unit_code: 'Enhetens kod (unit_code)',
  service: 'Insats (service)',
  month: 'Månad (month)',
  source: 'Källa (source)',
  incoming: 'Nya ärenden (incoming)',
  outgoing: 'Avslutade ärenden (outgoing)',
  form: 'Placeringsform (form)',
  placed: 'Antal placerade (placed)',
  care_days: 'Vårddygn (care_days)',
  cost_sek: 'Kostnad i kronor (cost_sek)',
  ended: 'Avslutade placeringar (ended)',
  ended_duration_days: 'Vårdtid för avslutade placeringar (ended_duration_days)',
};
