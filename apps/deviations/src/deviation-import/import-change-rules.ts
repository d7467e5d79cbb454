export const IMPORT_CHANGES = ['NEW', 'CHANGED', 'UNCHANGED'] as const;
export type ImportChange = (typeof IMPORT_CHANGES)[number];

/** What an import writes of a deviation, and so what it compares against the row imported before. */
export const IMPORTED_FIELDS = [
  'unitId',
  'providerId',
  'serviceArea',
  'kind',
  'status',
  'occurredOn',
  'reportedOn',
  'description',
  'actionsRegisteredOn',
  'finalAssessedOn',
  'closedOn',
  'seriousness',
  'ivoReportedOn',
  'complainant',
  'complaintCategory',
  'categoryCode',
] as const;
export type ImportedField = (typeof IMPORTED_FIELDS)[number];
export type ImportedDeviation = Record<ImportedField, string | null>;

/**
 * A row is new when its external id was never imported from its source; otherwise it changes
 * the deviation in what differs, or changes nothing. So importing the same period twice adds
 * nothing and writes nothing the second time.
 */
export function importChange(
  before: ImportedDeviation | null,
  row: ImportedDeviation,
): { change: ImportChange; fields: ImportedField[] } {
  if (!before) return { change: 'NEW', fields: [...IMPORTED_FIELDS] };
  const fields = IMPORTED_FIELDS.filter((f) => (before[f] ?? null) !== (row[f] ?? null));
  return { change: fields.length ? 'CHANGED' : 'UNCHANGED', fields };
}

/**
 * What the deviation's category is after a row: the file's, when the file has a category column
 * (a source's, when it maps one; an empty cell is no category); without that column the file
 * says nothing of the category, and the deviation keeps the one it has, whether an official set
 * it in Kvalitetsnav or an earlier file gave it. A file never takes away what it does not name.
 */
export const categoryAfterImport = (stored: string | null, inFile: string | null | undefined): string | null =>
  inFile === undefined ? stored : inFile;
