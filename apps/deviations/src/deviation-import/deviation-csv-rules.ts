import { z } from 'zod';
import { deviationsViolation, RuleParams, RuleViolation } from '@kvalitetsnav/codes';
import {
  CsvTableColumns,
  CsvTableOptions,
  CsvTableProblem,
  problemsOfHeader,
  readCsvTable,
} from '@kvalitetsnav/csv-table';
import { DEVIATION_KINDS, DeviationKind } from '@kvalitetsnav/events';
import { categoryChoiceViolation, ListedCategory } from '../categories/category-rules';
import { COMPLAINANTS, COMPLAINT_CATEGORIES } from '../deviations/deviation-report-rules';
import { DEVIATION_STATUSES, isLex, SERIOUSNESS } from '../deviations/deviation-workflow-rules';
import { headerOf, ImportMapping, mapRow, REQUIRED_MAPPED_FIELDS } from './import-source-rules';

/**
 * A period's deviations exported from a case system, one per row, with a header naming the
 * columns below. Every row is checked; one bad row rejects the file.
 */
export const CSV_COLUMNS = [
  'unit_id',
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
  'external_id',
  'category',
] as const;
const REQUIRED = ['unit_id', 'kind', 'occurred_on', 'reported_on', 'description'];
const MAX_EXTERNAL_ID = 100;
const MAX_CATEGORY = 100;
export const MAX_CSV_ROWS = 20_000;

const IMPORTED_KINDS = DEVIATION_KINDS.filter((k) => k !== 'DECISION_NOT_EXECUTED');
export const DATE_COLUMNS = [
  'occurred_on',
  'reported_on',
  'actions_registered_on',
  'final_assessed_on',
  'ivo_reported_on',
] as const;
const MAX_DESCRIPTION = 10_000;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const date = z.iso.date({ message: 'must be a date YYYY-MM-DD' });
/**
 * The category's code (a source's export: its own words, mapped to a code). An empty cell is
 * `null`, no category; a file without the column leaves it `undefined`, saying nothing of it.
 */
const category = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z
    .string()
    .trim()
    .max(MAX_CATEGORY, { message: `must be at most ${MAX_CATEGORY} characters` })
    .nullable()
    .optional(),
);

const RowSchema = z
  .object({
    unit_id: optional(z.uuid({ message: 'must be a UUID' })),
    /** Mapped exports name the unit by its code in the source's system instead. */
    unit_code: optional(z.string().max(40, { message: 'must be at most 40 characters' })),
    /** The case's id in the system it came from: importing it again updates it instead of adding it twice. */
    external_id: optional(
      z.string().max(MAX_EXTERNAL_ID, { message: `must be at most ${MAX_EXTERNAL_ID} characters` }),
    ),
    kind: z.enum(IMPORTED_KINDS as [DeviationKind, ...DeviationKind[]], {
      message: `must be one of ${IMPORTED_KINDS.join(', ')}`,
    }),
    occurred_on: date,
    reported_on: date,
    description: z
      .string()
      .trim()
      .min(1, { message: 'must not be empty' })
      .max(MAX_DESCRIPTION, { message: `must be at most ${MAX_DESCRIPTION} characters` }),
    status: optional(z.enum(DEVIATION_STATUSES, { message: `must be one of ${DEVIATION_STATUSES.join(', ')}` })),
    actions_registered_on: optional(date),
    final_assessed_on: optional(date),
    seriousness: optional(z.enum(SERIOUSNESS, { message: `must be one of ${SERIOUSNESS.join(', ')}` })),
    ivo_reported_on: optional(date),
    complainant: optional(z.enum(COMPLAINANTS, { message: `must be one of ${COMPLAINANTS.join(', ')}` })),
    complaint_category: optional(
      z.enum(COMPLAINT_CATEGORIES, { message: `must be one of ${COMPLAINT_CATEGORIES.join(', ')}` }),
    ),
    category,
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string, violation: RuleViolation) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: { violation } });
    const v = deviationsViolation;
    if (!r.unit_id && !r.unit_code) issue('unit_id', 'is required', v('REQUIRED', 'unit_id'));
    if (r.occurred_on > r.reported_on)
      issue(
        'occurred_on',
        `is after reported_on ${r.reported_on}`,
        v('OCCURRED_AFTER_REPORTED', 'occurred_on', { value: r.occurred_on, reportedOn: r.reported_on }),
      );
    if (r.actions_registered_on && r.actions_registered_on < r.reported_on)
      issue(
        'actions_registered_on',
        `is before reported_on ${r.reported_on}`,
        v('BEFORE_PREVIOUS_STEP', 'actions_registered_on', { value: r.actions_registered_on, previous: r.reported_on }),
      );
    const previous = r.actions_registered_on ?? r.reported_on;
    if (r.final_assessed_on && r.final_assessed_on < previous)
      issue(
        'final_assessed_on',
        'is before actions were registered',
        v('BEFORE_PREVIOUS_STEP', 'final_assessed_on', { value: r.final_assessed_on, previous }),
      );
    const status = r.status ?? 'REPORTED';
    const rank = DEVIATION_STATUSES.indexOf(status);
    if (rank >= DEVIATION_STATUSES.indexOf('ACTIONS_REGISTERED') && !r.actions_registered_on)
      issue(
        'actions_registered_on',
        `is required when status is ${status}`,
        v('DATE_REQUIRED_FOR_STATUS', 'actions_registered_on', { status }),
      );
    if (rank >= DEVIATION_STATUSES.indexOf('FINAL_ASSESSMENT') && !r.final_assessed_on)
      issue(
        'final_assessed_on',
        `is required when status is ${status}`,
        v('DATE_REQUIRED_FOR_STATUS', 'final_assessed_on', { status }),
      );
    if (rank < DEVIATION_STATUSES.indexOf('FINAL_ASSESSMENT') && r.final_assessed_on)
      issue(
        'status',
        `${status} does not go with a final_assessed_on date`,
        v('STATUS_BEFORE_FINAL_ASSESSMENT', 'status', { status }),
      );
    if (!isLex(r.kind) && (r.seriousness || r.ivo_reported_on))
      issue(
        'seriousness',
        'only lex Sarah and lex Maria reports have seriousness and an IVO report',
        v('SERIOUSNESS_ONLY_FOR_LEX', 'seriousness', { kind: r.kind }),
      );
    if (r.ivo_reported_on && r.seriousness !== 'SERIOUS')
      issue(
        'ivo_reported_on',
        'only a report assessed as SERIOUS is reported to IVO',
        v('IVO_ONLY_FOR_SERIOUS', 'ivo_reported_on', { seriousness: r.seriousness ?? null }),
      );
    if (r.kind !== 'COMPLAINT' && (r.complainant || r.complaint_category))
      issue(
        'complainant',
        'only complaints have a complainant and category',
        v('COMPLAINANT_ONLY_FOR_COMPLAINTS', 'complainant', { kind: r.kind }),
      );
  });

export type CsvDeviation = z.infer<typeof RowSchema>;

export interface RowError {
  /** The line in the file, the header being line 1. */
  line: number;
  /** The column, or `(file)` for the file as a whole. */
  column: string;
  /** English, as before rules had codes: what is wrong with the cell. */
  message: string;
  rule: string;
  params: RuleParams;
}

export const FILE = '(file)';

/** A problem at a line and column, with the rule it breaks. */
export const rowError = (line: number, column: string, message: string, violation: RuleViolation): RowError => ({
  line,
  column,
  message,
  rule: violation.rule,
  params: violation.params,
});

/** The columns whose cells are codes, with the codes each takes. */
export const CODED_COLUMNS: Record<string, readonly string[]> = {
  kind: IMPORTED_KINDS,
  status: DEVIATION_STATUSES,
  seriousness: SERIOUSNESS,
  complainant: COMPLAINANTS,
  complaint_category: COMPLAINT_CATEGORIES,
};

/** The rule a cell of the wrong form breaks: the same input rules as the API's. */
function cellViolation(column: string): RuleViolation {
  const v = deviationsViolation;
  if (column === 'unit_id') return v('NOT_AN_ID', column);
  if (column in CODED_COLUMNS) return v('NOT_ONE_OF', column, { allowed: CODED_COLUMNS[column] });
  if (column === 'external_id') return v('TEXT_LENGTH', column, { min: 1, max: MAX_EXTERNAL_ID });
  if (column === 'unit_code') return v('TEXT_LENGTH', column, { min: 1, max: 40 });
  if (column === 'category') return v('TEXT_LENGTH', column, { min: 1, max: MAX_CATEGORY });
  if ((DATE_COLUMNS as readonly string[]).includes(column)) return v('NOT_A_DATE', column);
  if (column === 'description') return v('TEXT_LENGTH', column, { min: 1, max: MAX_DESCRIPTION });
  return v('INVALID', column, { constraint: 'cell' });
}

const violationOf = (issue: z.core.$ZodIssue, column: string): RuleViolation => {
  const given = issue.code === 'custom' ? (issue.params as { violation?: unknown } | undefined)?.violation : undefined;
  return given instanceof RuleViolation ? given : cellViolation(column);
};

/**
 * How a file is read: Kvalitetsnav's own layout (its header as written, commas only, a column
 * twice taken as its last, as the importer always has), or a source's export through its saved
 * mapping (the header in any case, `,` or `;`, the export's other columns read past).
 */
export interface DeviationFileLayout {
  columns: CsvTableColumns;
  options: CsvTableOptions;
  /** The header as compared: as written, or in lower case. */
  headerOf(written: readonly string[]): string[];
  /** A data row as the cells the row rules read. */
  cellsOf(header: readonly string[], values: readonly string[]): Record<string, string | undefined>;
  /** A field as an error names it: the column as the file calls it. */
  columnOf(field: string): string;
}

export function layoutOf(mapping?: ImportMapping): DeviationFileLayout {
  if (!mapping)
    return {
      columns: { known: CSV_COLUMNS, required: REQUIRED },
      options: { delimiters: [','], maxRows: MAX_CSV_ROWS, keepHeaderCase: true, allowRepeatedColumns: true },
      headerOf: (written) => [...written],
      cellsOf: (header, values) => Object.fromEntries(header.map((c, j) => [c, values[j]])),
      columnOf: (field) => field,
    };
  const lower = (h: string) => h.trim().toLowerCase();
  return {
    columns: {
      known: mapping.columns.map((c) => lower(c.header)),
      required: mapping.columns.filter((c) => REQUIRED_MAPPED_FIELDS.includes(c.field)).map((c) => lower(c.header)),
    },
    options: { maxRows: MAX_CSV_ROWS, allowUnknownColumns: true },
    headerOf: (written) => written.map(lower),
    cellsOf: (header, values) => mapRow(header, values, mapping),
    columnOf: (field) => headerOf(mapping, field),
  };
}

export const headerErrors = (header: readonly string[], layout: DeviationFileLayout): RowError[] =>
  problemsOfHeader(header, layout.columns, layout.options).map(fileError);

export type CheckedRow = CsvDeviation & { line: number };

/** One data row checked by every rule a single report has, its errors named by the file's own columns. */
export function checkRow(
  header: readonly string[],
  values: readonly string[],
  line: number,
  today: string,
  layout: DeviationFileLayout,
): { row: CheckedRow | null; errors: RowError[] } {
  const parsed = RowSchema.safeParse(layout.cellsOf(header, values));
  if (!parsed.success)
    return {
      row: null,
      errors: parsed.error.issues.map((issue) => {
        const column = String(issue.path[0] ?? '(row)');
        return rowError(line, layout.columnOf(column), issue.message, violationOf(issue, column));
      }),
    };
  const errors: RowError[] = [];
  for (const column of DATE_COLUMNS) {
    const value = parsed.data[column];
    if (value && value > today)
      errors.push(
        rowError(
          line,
          layout.columnOf(column),
          `${value} is in the future`,
          deviationsViolation('IN_THE_FUTURE', column, { value, today }),
        ),
      );
  }
  return { row: errors.length ? null : { ...parsed.data, line }, errors };
}

/**
 * A row's category is one an official could choose for it: on the managed list, still in use
 * and listed for the row's kind (the rules of setDeviationCategory), named at the file's column.
 */
export function categoryError(
  row: CheckedRow,
  listed: readonly ListedCategory[],
  layout: DeviationFileLayout,
): RowError | null {
  const violation = categoryChoiceViolation(row.category, row.kind, listed);
  if (!violation) return null;
  const message =
    violation.rule === 'CATEGORY_NOT_FOR_KIND'
      ? `${row.category} is not a category of ${row.kind}`
      : `${row.category} is not an active category`;
  return rowError(row.line, layout.columnOf('category'), message, violation);
}

/**
 * A file without a category column keeps the deviation's category; a row that changes the kind
 * to one the kept category is not for (a SoL/LSS theft made a complaint) is refused at the kind's
 * column rather than leaving the deviation with a category of another kind. A retired one stays.
 */
export function keptCategoryError(
  row: CheckedRow,
  kept: string | null,
  listed: readonly ListedCategory[],
  layout: DeviationFileLayout,
): RowError | null {
  if (row.category !== undefined || !kept) return null;
  const category = listed.find((c) => c.code === kept);
  if (!category || category.kinds.includes(row.kind)) return null;
  const violation = deviationsViolation('CATEGORY_NOT_FOR_KIND', 'kind', {
    value: kept,
    kind: row.kind,
    kinds: category.kinds,
    allowed: listed.filter((c) => c.active && c.kinds.includes(row.kind)).map((c) => c.code),
  });
  return rowError(
    row.line,
    layout.columnOf('kind'),
    `the case's category ${kept} is not one of ${row.kind}`,
    violation,
  );
}

/** A file read whole: its rows, or every error in it. */
export function parseDeviationCsv(
  csv: string,
  today: string,
  mapping?: ImportMapping,
): { rows: CheckedRow[]; errors: RowError[] } {
  const layout = layoutOf(mapping);
  const file = readCsvTable(csv, layout.columns, layout.options, fileError);
  if ('errors' in file) return { rows: [], errors: file.errors };
  const rows: CheckedRow[] = [];
  const errors: RowError[] = [];
  for (const { line, values } of file.rows) {
    const checked = checkRow(file.header, values, line, today, layout);
    if (checked.row) rows.push(checked.row);
    errors.push(...checked.errors);
  }
  return { rows, errors };
}

/** A problem with the file as a whole as the deviation import names it. */
export function fileError(problem: CsvTableProblem): RowError {
  const v = deviationsViolation;
  const { line } = problem;
  switch (problem.kind) {
    case 'UNREADABLE': {
      const { reason } = problem;
      return rowError(line, FILE, `is not valid CSV: ${reason}`, v('CSV_NOT_READABLE', undefined, { reason }));
    }
    case 'EMPTY':
      return rowError(line, FILE, 'is empty', v('CSV_EMPTY', undefined));
    case 'COLUMN_MISSING': {
      const { column } = problem;
      const message = 'is a required column but missing from the header';
      return rowError(line, column, message, v('CSV_COLUMN_MISSING', undefined, { column }));
    }
    case 'COLUMN_UNKNOWN': {
      const { column } = problem;
      const message = `is not a known column (known: ${CSV_COLUMNS.join(', ')})`;
      return rowError(line, column, message, v('CSV_COLUMN_UNKNOWN', undefined, { column, known: CSV_COLUMNS }));
    }
    case 'COLUMN_REPEATED':
      // Not asked for (allowRepeatedColumns); a column named twice is read as its last cell.
      return rowError(line, problem.column, 'is named twice', v('LISTED_TWICE', '(header)', { value: problem.column }));
    case 'TOO_MANY_ROWS': {
      const { rows, max } = problem;
      const message = `has ${rows} rows; at most ${max} per file`;
      return rowError(line, FILE, message, v('CSV_TOO_MANY_ROWS', undefined, { rows, max }));
    }
  }
}
