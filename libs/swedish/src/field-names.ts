/**
 * Swedish names of input fields, by the field's last name in its path (`units.0.offered` →
 * `offered`), for messages such as "Startdatum måste vara ett datum". A field without one is
 * named by its path.
 */
export const FIELD_NAMES: Readonly<Record<string, string>> = {
  name: 'Namn',
  title: 'Rubrik',
  organisationNumber: 'Organisationsnummer',
  ownership: 'Ägarform',
  serviceArea: 'Verksamhetsområde',
  places: 'Antal platser',
  providerId: 'Utförare',
  unitId: 'Enhet',
  unitIds: 'Enheter',
  contractId: 'Avtal',
  reference: 'Avtalsnummer',
  form: 'Avtalsform',
  startDate: 'Startdatum',
  endDate: 'Slutdatum',
  terminatedOn: 'Uppsägningsdatum',
  year: 'År',
  half: 'Halvår',
  month: 'Månad',
  week: 'Vecka',
  from: 'Från',
  to: 'Till',
  asOf: 'Per datum',
  count: 'Antal',
  text: 'Text',
  description: 'Beskrivning',
  occurredOn: 'Händelsedatum',
  reportedOn: 'Rapporteringsdatum',
  decidedOn: 'Beslutsdatum',
  plannedOn: 'Planerat datum',
  deadline: 'Senast',
  responsible: 'Ansvarig tjänsteman',
  assistant: 'Biträdande tjänsteman',
  findings: 'Iakttagelser',
  focusAreas: 'Fokusområden',
  targetFirstHalf: 'Mål halvår 1',
  targetSecondHalf: 'Mål halvår 2',
  period: 'Period',
  offered: 'Antal erbjudna',
  optOutReason: 'Skäl att avstå',
  gender: 'Kön',
  incoming: 'Nya ärenden',
  outgoing: 'Avslutade ärenden',
  closedByReason: 'Avslutade per orsak',
  reason: 'Orsak',
  horizon: 'Prognoshorisont',
  kind: 'Slag',
  definitionId: 'Enkät',
  roundId: 'Undersökningsomgång',
  compareWithRoundId: 'Jämförd undersökningsomgång',
  questions: 'Frågor',
  questionId: 'Fråga',
  options: 'Svarsalternativ',
  option: 'Svarsalternativ',
  label: 'Text',
  koladaKpi: 'Nyckeltal i Kolada',
  pictureSupported: 'Bildstöd',
  units: 'Enheter',
  optedOut: 'Avstår',
  minCell: 'Minsta antal svar att redovisa',
  answers: 'Svar',
  impact: 'Påverkan',
  staffing: 'Bemanning',
  protectiveEquipment: 'Skyddsutrustning',
  worry: 'Oro',
  comment: 'Kommentar',
  unit_id: 'Enhet',
  '(file)': 'Filen',
  '(header)': 'Filens första rad',
  kpi: 'Nyckeltal',
  municipality: 'Kommunkod',
};

export function fieldName(field: string | undefined): string {
  if (!field) return 'Uppgiften';
  const last =
    field
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? field;
  return FIELD_NAMES[last] ?? `Fältet ${field.replace(/\.\d+(?=\.|$)/g, '')}`;
}
