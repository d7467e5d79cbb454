/** Swedish words for the API's enums: the UI speaks the users' language (see domain.md). */
export const SERVICE_AREA_LABELS: Record<string, string> = {
  HOME_CARE: 'Hemtjänst',
  NURSING_HOME: 'Särskilt boende',
  LSS_GROUP_HOME: 'Gruppbostad LSS',
  LSS_SERVICE_HOME: 'Servicebostad LSS',
  DAILY_ACTIVITY: 'Daglig verksamhet',
  PERSONAL_ASSISTANCE: 'Personlig assistans',
  HOUSING_SUPPORT: 'Boendestöd',
  HVB: 'HVB',
  FAMILY_HOME: 'Familjehem',
  SUPPORTED_HOUSING: 'Stödboende',
  FAMILY_SUPPORT: 'Familjestöd',
  SUBSTANCE_ABUSE_CARE: 'Missbruksvård',
  WOMENS_SHELTER: 'Kvinnofridsarbete',
  INDIVIDUAL_AND_FAMILY_CARE: 'Individ- och familjeomsorg',
  AUTHORITY: 'Myndighetsutövning',
};

export const OWNERSHIP_LABELS: Record<string, string> = {
  MUNICIPAL: 'Kommunal',
  PRIVATE: 'Privat',
  NON_PROFIT: 'Idéburen',
};

export const ROLE_LABELS: Record<string, string> = {
  QUALITY_OFFICIAL: 'Kvalitetsutvecklare / uppföljare',
  MANAGER: 'Chef',
  ADMIN: 'Administratör',
  REPORTING: 'Extern rapportering (endast läsning)',
};

export const label = (labels: Record<string, string>, value: string): string => labels[value] ?? value;

export const SECTOR_LABELS: Record<string, string> = {
  INDIVIDUAL_AND_FAMILY_CARE: 'Individ- och familjeomsorg',
  AUTHORITY: 'Myndighet',
  DISABILITY: 'Funktionshinderomsorg',
  NURSING_HOME: 'Äldreomsorg, särskilt boende',
  HOME_CARE: 'Äldreomsorg, ordinärt boende',
};

export const KIND_LABELS: Record<string, string> = {
  SOL_LSS: 'Avvikelse SoL/LSS',
  HSL: 'Avvikelse HSL',
  LEX_SARAH: 'Lex Sarah',
  LEX_MARIA: 'Lex Maria',
  COMPLAINT: 'Synpunkt/klagomål',
  DECISION_NOT_EXECUTED: 'Ej verkställt beslut',
};

export const DEVIATION_STATUS_LABELS: Record<string, string> = {
  REPORTED: 'Rapporterad',
  INVESTIGATING: 'Utreds',
  ACTIONS_REGISTERED: 'Åtgärder registrerade',
  FINAL_ASSESSMENT: 'Slutbedömd',
  CLOSED: 'Avslutad',
};

export const NEXT_DEVIATION_STATUS: Record<string, string> = {
  REPORTED: 'INVESTIGATING',
  INVESTIGATING: 'ACTIONS_REGISTERED',
  ACTIONS_REGISTERED: 'FINAL_ASSESSMENT',
  FINAL_ASSESSMENT: 'CLOSED',
};

export const FOLLOW_UP_TYPE_LABELS: Record<string, string> = {
  SPECIFIC: 'Fördjupad',
  OVERARCHING: 'Övergripande',
  NEW_START: 'Nystart',
  TRIGGERED: 'Signalstyrd',
  IOP_ANNUAL: 'IOP årlig',
  THEMATIC: 'Tematisk',
};

export const FOLLOW_UP_STATUS_LABELS: Record<string, string> = {
  PLANNED: 'Planerad',
  IN_PROGRESS: 'Pågår',
  REPORTED: 'Rapporterad',
  CLOSED: 'Avslutad',
  CANCELLED: 'Inställd',
};

export const THIRD_LABELS: Record<string, string> = {
  COMPLAINTS: 'Synpunkter och klagomål',
  ORDERING: 'Beställarfunktionen',
  RISK: 'Risk och allvarlighet',
  RANDOM: 'Slumpmässigt urval',
};

export const CHECKLIST_LABELS: Record<string, string> = {
  CONTRACT: 'Läst avtalet',
  COMPLAINTS: 'Gått igenom synpunkter och klagomål',
  BUSINESS_REPORT: 'Läst verksamhetsberättelsen',
  MAS_MAR_INPUT: 'Hämtat in uppgifter från MAS/MAR',
  SYSTEM_DATA: 'Hämtat in uppgifter från IT-system',
};

export const METHOD_LABELS: Record<string, string> = {
  OBSERVATION: 'Observation',
  INTERVIEW: 'Intervju',
  SURVEY: 'Enkät',
  DOCUMENT_REVIEW: 'Dokumentgranskning',
};

export const ACTION_STATUS_LABELS: Record<string, string> = {
  OPEN: 'Öppen',
  PLAN_RECEIVED: 'Åtgärdsplan inkommen',
  COMPLETED: 'Utförd enligt utföraren',
  VERIFIED: 'Kontrollerad',
};

export const GENDER_LABELS: Record<string, string> = {
  WOMAN: 'Kvinnor',
  MAN: 'Män',
  NOT_STATED: 'Ej angivet',
  TOTAL: 'Totalt',
};

export const RISK_LABELS: Record<string, string> = {
  LEX_SARAH: 'Lex Sarah',
  LEX_MARIA: 'Lex Maria',
  COMPLAINT: 'Klagomål',
  DECISION_NOT_EXECUTED: 'Ej verkställda beslut',
  HSL: 'HSL-avvikelser',
  SOL_LSS: 'SoL/LSS-avvikelser',
  LOW_SURVEY_RESULT: 'Lågt resultat i brukarundersökning',
  MISSING_BUSINESS_REPORT: 'Saknad verksamhetsberättelse',
  MISSING_STAFFING_REPORT: 'Saknad bemanningsuppföljning',
  MISSING_CASE_FLOW_MONTH: 'Saknade månadsrapporter',
};

const REASONS: [RegExp, (...m: string[]) => string][] = [
  [/^(\d+) complaints? received in the last twelve months$/, (n) => `${n} klagomål de senaste tolv månaderna`],
  [/^number (\d+) on the ordering function's list$/, (n) => `nummer ${n} på beställarfunktionens lista`],
  [
    /^risk score (\d+), highest left when complaints and the ordering list fell short$/,
    (s) => `riskpoäng ${s}, högst bland de återstående när klagomålen och beställarlistan inte räckte`,
  ],
  [
    /^risk score (\d+), taken because too few contracts were eligible for the draw$/,
    (s) => `riskpoäng ${s}, vald eftersom för få avtal kunde lottas`,
  ],
  [
    /^drawn at random among contracts not followed up in depth this contract period$/,
    () => 'slumpmässigt vald bland avtal utan fördjupad uppföljning under avtalsperioden',
  ],
  [
    /^drawn at random for a place no other third could fill$/,
    () => 'slumpmässigt vald till en plats som ingen annan tredjedel kunde fylla',
  ],
];

/** The selection rule explains itself in English (the API's language); the dashboard speaks Swedish. */
export function swedishReason(reason: string): string {
  for (const [pattern, text] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return text(...match.slice(1));
  }
  return reason;
}
