import { z } from 'zod';
import { deviationsViolation, RuleParams, RuleViolation } from '@kvalitetsnav/codes';
import { CsvTableProblem, readCsvTable } from '@kvalitetsnav/csv-table';
import { DEVIATION_KINDS, DeviationKind } from '@kvalitetsnav/events';
import { COMPLAINANTS, COMPLAINT_CATEGORIES } from '../deviations/deviation-report-rules';
import { DEVIATION_STATUSES, isLex, SERIOUSNESS } from '../deviations/deviation-workflow-rules';

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
] as const;
const REQUIRED = ['unit_id', 'kind', 'occurred_on', 'reported_on', 'description'];
export const MAX_CSV_ROWS = 20_000;

const IMPORTED_KINDS = DEVIATION_KINDS.filter((k) => k !== 'DECISION_NOT_EXECUTED');
const DATE_COLUMNS = [
  'occurred_on',
  'reported_on',
  'actions_registered_on',
  'final_assessed_on',
  'ivo_reported_on',
] as const;
const MAX_DESCRIPTION = 10_000;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const date = z.iso.date({ message: 'must be a date YYYY-MM-DD' });

const RowSchema = z
  .object({
    unit_id: z.uuid({ message: 'must be a UUID' }),
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
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string, violation: RuleViolation) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: { violation } });
    const v = deviationsViolation;
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

const ALLOWED: Record<string, readonly string[]> = {
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
  if (column in ALLOWED) return v('NOT_ONE_OF', column, { allowed: ALLOWED[column] });
  if ((DATE_COLUMNS as readonly string[]).includes(column)) return v('NOT_A_DATE', column);
  if (column === 'description') return v('TEXT_LENGTH', column, { min: 1, max: MAX_DESCRIPTION });
  return v('INVALID', column, { constraint: 'cell' });
}

const violationOf = (issue: z.core.$ZodIssue, column: string): RuleViolation => {
  const given = issue.code === 'custom' ? (issue.params as { violation?: unknown } | undefined)?.violation : undefined;
  return given instanceof RuleViolation ? given : cellViolation(column);
};

export function parseDeviationCsv(
  csv: string,
  today: string,
): { rows: (CsvDeviation & { line: number })[]; errors: RowError[] } {
  const file = readCsvTable(
    csv,
    { known: CSV_COLUMNS, required: REQUIRED },
    // The header as written, commas only and a column twice taken as its last: as the importer always has.
    { delimiters: [','], maxRows: MAX_CSV_ROWS, keepHeaderCase: true, allowRepeatedColumns: true },
    fileError,
  );
  if ('errors' in file) return { rows: [], errors: file.errors };
  const { header } = file;
  const rows: (CsvDeviation & { line: number })[] = [];
  const errors: RowError[] = [];
  file.rows.forEach(({ line, values }) => {
    const parsed = RowSchema.safeParse(Object.fromEntries(header.map((c, j) => [c, values[j]])));
    if (!parsed.success) {
      errors.push(
        ...parsed.error.issues.map((issue) => {
          const column = String(issue.path[0] ?? '(row)');
          return rowError(line, column, issue.message, violationOf(issue, column));
        }),
      );
      return;
    }
    for (const column of DATE_COLUMNS) {
      const value = parsed.data[column];
      if (value && value > today)
        errors.push(
          rowError(
            line,
            column,
            `${value} is in the future`,
            deviationsViolation('IN_THE_FUTURE', column, { value, today }),
          ),
        );
    }
    rows.push({ ...parsed.data, line });
  });
  return { rows, errors };
}

/** A problem with the file as a whole as the deviation import names it. */
function fileError(problem: CsvTableProblem): RowError {
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
