import { deviationsViolation, RuleViolation } from '@kvalitetsnav/codes';
// Used inside functions only: the CSV rules read mappings through this file.
import { CODED_COLUMNS, DATE_COLUMNS } from './deviation-csv-rules';

/** What a mapped export fills: the CSV's columns, with the unit named by its code in the source's system. */
export const MAPPED_FIELDS = [
  'external_id',
  'unit_code',
  'kind',
  'occurred_on',
  'reported_on',
  'description',
  'status',
  'actions_registered_on',
  'final_assessed_on',
  'seriousness',
  'ivo_reported_on',
  'complainant',
  'complaint_category',
  'category',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];
export const REQUIRED_MAPPED_FIELDS: readonly string[] = [
  'external_id',
  'unit_code',
  'kind',
  'occurred_on',
  'reported_on',
  'description',
];

/** A source's saved mapping: which of the export's own headers holds each field, and what its values mean. */
export interface ImportMapping {
  columns: { field: string; header: string }[];
  values: { field: string; from: string; to: string }[];
}

/** The field whose values map to the managed list of categories rather than to fixed codes. */
export const CATEGORY_FIELD = 'category';

/**
 * A mapping that can be used as saved: every field an import needs has a column, no field or
 * header is named twice, and values are translated only for coded fields, into their codes
 * (the category's words into the codes of the categories in use, `categoryCodes`).
 */
export function mappingViolation(mapping: ImportMapping, categoryCodes: readonly string[]): RuleViolation | null {
  const v = deviationsViolation;
  const fields = mapping.columns.map((c) => c.field);
  const missing = REQUIRED_MAPPED_FIELDS.find((f) => !fields.includes(f));
  if (missing) return v('IMPORT_FIELD_NOT_MAPPED', 'columns', { field: missing });
  const twice = <T>(values: T[]) => values.find((x, i) => values.indexOf(x) !== i);
  const field = twice(fields);
  if (field) return v('LISTED_TWICE', 'columns', { value: field });
  const header = twice(mapping.columns.map((c) => c.header.trim().toLowerCase()));
  if (header !== undefined) return v('LISTED_TWICE', 'columns', { value: header });
  const coded = [...Object.keys(CODED_COLUMNS), CATEGORY_FIELD];
  for (const value of mapping.values) {
    if (!coded.includes(value.field)) return v('NOT_ONE_OF', 'values', { allowed: coded });
    const allowed = value.field === CATEGORY_FIELD ? categoryCodes : CODED_COLUMNS[value.field];
    if (!allowed.includes(value.to)) return v('NOT_ONE_OF', 'values', { allowed });
  }
  const from = twice(mapping.values.map((x) => `${x.field} ${x.from.trim().toLowerCase()}`));
  if (from) return v('LISTED_TWICE', 'values', { value: from.slice(from.indexOf(' ') + 1) });
  return null;
}

/** A date as exports write it, with or without the time: the day is what is imported. */
const dayOf = (value: string) => (/^\d{4}-\d{2}-\d{2}[ T]\d/.test(value) ? value.slice(0, 10) : value);

/**
 * One export row as canonical cells: each field from its mapped header, coded values
 * translated (in any case), dates cut to the day. Cells of unmapped headers are left out, and
 * so are fields whose mapped header the file lacks.
 */
export function mapRow(
  header: readonly string[],
  values: readonly string[],
  mapping: ImportMapping,
): Record<string, string> {
  const position = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const row: Record<string, string> = {};
  for (const { field, header: from } of mapping.columns) {
    const at = position.get(from.trim().toLowerCase());
    // A mapped column the file does not have says nothing of its field (the category stays as it is).
    if (at === undefined) continue;
    let cell = (values[at] ?? '').trim();
    const translated = mapping.values.find(
      (x) => x.field === field && x.from.trim().toLowerCase() === cell.toLowerCase(),
    );
    if (translated) cell = translated.to;
    if ((DATE_COLUMNS as readonly string[]).includes(field)) cell = dayOf(cell);
    row[field] = cell;
  }
  return row;
}

/** The export's own name of a field, so an error points at the column the user sees in the file. */
export const headerOf = (mapping: ImportMapping, field: string): string =>
  mapping.columns.find((c) => c.field === field)?.header ?? field;
