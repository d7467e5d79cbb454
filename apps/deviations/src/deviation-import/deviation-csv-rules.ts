import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { DEVIATION_KINDS } from '@kvalitetsnav/events';
import { COMPLAINANTS, COMPLAINT_CATEGORIES, SERIOUSNESS } from '../deviations/deviation.entity';
import { DEVIATION_STATUSES } from '../rules/deviation-rules';

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

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const date = z.iso.date({ message: 'must be a date YYYY-MM-DD' });

const RowSchema = z
  .object({
    unit_id: z.uuid({ message: 'must be a UUID' }),
    kind: z.enum(DEVIATION_KINDS.filter((k) => k !== 'DECISION_NOT_EXECUTED') as [string, ...string[]], {
      message: `must be one of ${DEVIATION_KINDS.filter((k) => k !== 'DECISION_NOT_EXECUTED').join(', ')}`,
    }),
    occurred_on: date,
    reported_on: date,
    description: z
      .string()
      .trim()
      .min(1, { message: 'must not be empty' })
      .max(10_000, { message: 'must be at most 10000 characters' }),
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
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (r.occurred_on > r.reported_on) issue('occurred_on', `is after reported_on ${r.reported_on}`);
    if (r.actions_registered_on && r.actions_registered_on < r.reported_on)
      issue('actions_registered_on', `is before reported_on ${r.reported_on}`);
    if (r.final_assessed_on && r.final_assessed_on < (r.actions_registered_on ?? r.reported_on))
      issue('final_assessed_on', 'is before actions were registered');
    const status = r.status ?? 'REPORTED';
    const rank = DEVIATION_STATUSES.indexOf(status);
    if (rank >= DEVIATION_STATUSES.indexOf('ACTIONS_REGISTERED') && !r.actions_registered_on)
      issue('actions_registered_on', `is required when status is ${status}`);
    if (rank >= DEVIATION_STATUSES.indexOf('FINAL_ASSESSMENT') && !r.final_assessed_on)
      issue('final_assessed_on', `is required when status is ${status}`);
    if (rank < DEVIATION_STATUSES.indexOf('FINAL_ASSESSMENT') && r.final_assessed_on)
      issue('status', `${status} does not go with a final_assessed_on date`);
    const lex = r.kind === 'LEX_SARAH' || r.kind === 'LEX_MARIA';
    if (!lex && (r.seriousness || r.ivo_reported_on))
      issue('seriousness', 'only lex Sarah and lex Maria reports have seriousness and an IVO report');
    if (r.ivo_reported_on && r.seriousness !== 'SERIOUS')
      issue('ivo_reported_on', 'only a report assessed as SERIOUS is reported to IVO');
    if (r.kind !== 'COMPLAINT' && (r.complainant || r.complaint_category))
      issue('complainant', 'only complaints have a complainant and category');
  });

export type CsvDeviation = z.infer<typeof RowSchema>;

export interface RowError {
  /** The line in the file, the header being line 1. */
  line: number;
  column: string;
  message: string;
}

export function parseDeviationCsv(
  csv: string,
  today: string,
): { rows: (CsvDeviation & { line: number })[]; errors: RowError[] } {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (error) {
    return {
      rows: [],
      errors: [{ line: lineOf(error), column: '(file)', message: `is not valid CSV: ${(error as Error).message}` }],
    };
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], errors: [{ line: 1, column: '(file)', message: 'is empty' }] };
  const missing = REQUIRED.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  const headerErrors = [
    ...missing.map((c) => ({ line: 1, column: c, message: 'is a required column but missing from the header' })),
    ...unknown.map((c) => ({
      line: 1,
      column: c,
      message: `is not a known column (known: ${CSV_COLUMNS.join(', ')})`,
    })),
  ];
  if (headerErrors.length) return { rows: [], errors: headerErrors };
  if (data.length > MAX_CSV_ROWS)
    return {
      rows: [],
      errors: [
        {
          line: MAX_CSV_ROWS + 2,
          column: '(file)',
          message: `has ${data.length} rows; at most ${MAX_CSV_ROWS} per file`,
        },
      ],
    };
  const rows: (CsvDeviation & { line: number })[] = [];
  const errors: RowError[] = [];
  data.forEach((values, i) => {
    const line = i + 2;
    const parsed = RowSchema.safeParse(Object.fromEntries(header.map((c, j) => [c, values[j]])));
    if (!parsed.success) {
      errors.push(
        ...parsed.error.issues.map((issue) => ({
          line,
          column: String(issue.path[0] ?? '(row)'),
          message: issue.message,
        })),
      );
      return;
    }
    for (const column of [
      'occurred_on',
      'reported_on',
      'actions_registered_on',
      'final_assessed_on',
      'ivo_reported_on',
    ] as const) {
      const value = parsed.data[column];
      if (value && value > today) errors.push({ line, column, message: `${value} is in the future` });
    }
    rows.push({ ...parsed.data, line });
  });
  return { rows, errors };
}

function lineOf(error: unknown): number {
  const lines = (error as { lines?: number }).lines;
  return typeof lines === 'number' ? lines : 1;
}
