import { DEVIATION_IMPORT_FIELDS, ENUM_LABELS } from '@kvalitetsnav/swedish';
import { formText } from '../components/form';
import { FieldError, FormProblems } from '../components/ui';

/** What an export's column may fill; the first six every import needs. */
export const MAPPED_FIELDS = Object.keys(DEVIATION_IMPORT_FIELDS);
export const REQUIRED_FIELDS = MAPPED_FIELDS.slice(0, 6);

/** The coded fields and their codes, whose values an export writes in its own words. */
export const CODED_FIELDS: Record<string, Readonly<Record<string, string>>> = {
  kind: Object.fromEntries(Object.entries(ENUM_LABELS.DeviationKind).filter(([k]) => k !== 'DECISION_NOT_EXECUTED')),
  status: ENUM_LABELS.DeviationStatus,
  seriousness: ENUM_LABELS.Seriousness,
  complainant: ENUM_LABELS.Complainant,
  complaint_category: ENUM_LABELS.ComplaintCategory,
};

/** The categories in use, code to Swedish name: an export's words for them map to their codes. */
export type CategoryNames = Readonly<Record<string, string>>;

/** The coded fields with the categories beside them. */
const codedFields = (categories: CategoryNames) => ({ ...CODED_FIELDS, category: categories });

export interface SourceMapping {
  columns: readonly { field: string; header: string }[];
  values: readonly { field: string; from: string; to: string }[];
}

/** The mapping as the form holds it: a header per field, and per code the export's words for it, comma separated. */
export function mappingOf(form: FormData, categories: CategoryNames): SourceMapping {
  const columns = MAPPED_FIELDS.flatMap((field) => {
    const header = formText(form, `column-${field}`);
    return header ? [{ field, header }] : [];
  });
  const values = Object.entries(codedFields(categories)).flatMap(([field, codes]) =>
    Object.keys(codes).flatMap((to) =>
      formText(form, `value-${field}-${to}`)
        .split(',')
        .map((from) => from.trim())
        .filter(Boolean)
        .map((from) => ({ field, from, to })),
    ),
  );
  return { columns, values };
}

/** One input per field for the export's header, then the export's words for each code and each category in use. */
export function MappingFields({
  problems,
  initial,
  categories,
}: {
  problems: FormProblems;
  initial?: SourceMapping;
  categories: CategoryNames;
}) {
  const headerOf = (field: string) => initial?.columns.find((c) => c.field === field)?.header;
  const wordsOf = (field: string, to: string) =>
    initial?.values
      .filter((v) => v.field === field && v.to === to)
      .map((v) => v.from)
      .join(', ');
  return (
    <>
      <fieldset>
        <legend>Kolumner i exporten</legend>
        <p className="muted">Skriv exportens rubrik för varje fält. Fält markerade med * behövs i varje import.</p>
        <FieldError problems={problems} field="columns" />
        {MAPPED_FIELDS.map((field) => (
          <span key={field} className="form">
            <label htmlFor={`column-${field}`}>
              {DEVIATION_IMPORT_FIELDS[field]}
              {REQUIRED_FIELDS.includes(field) && ' *'}
            </label>
            <input id={`column-${field}`} name={`column-${field}`} defaultValue={headerOf(field)} />
          </span>
        ))}
      </fieldset>
      <FieldError problems={problems} field="values" />
      {Object.entries(codedFields(categories)).map(([field, codes]) => (
        <fieldset key={field}>
          <legend>Exportens värden för {DEVIATION_IMPORT_FIELDS[field].toLowerCase()}</legend>
          <p className="muted">Flera värden skiljs med komma. Lämna tomt om exporten skriver koden.</p>
          {Object.entries(codes).map(([to, label]) => (
            <span key={to} className="form">
              <label htmlFor={`value-${field}-${to}`}>{label}</label>
              <input id={`value-${field}-${to}`} name={`value-${field}-${to}`} defaultValue={wordsOf(field, to)} />
            </span>
          ))}
        </fieldset>
      ))}
    </>
  );
}
