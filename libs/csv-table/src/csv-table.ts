import { parse } from 'csv-parse/sync';

/**
 * What can be wrong with a file as a whole, before any of its rows is read. The line is the one
 * a service names in its refusal: where the parser gave up, 1 for the header, and for a file too
 * long the first line past the limit.
 */
export type CsvTableProblem =
  | { kind: 'UNREADABLE'; line: number; reason: string }
  | { kind: 'EMPTY'; line: 1 }
  | { kind: 'COLUMN_MISSING'; line: 1; column: string }
  | { kind: 'COLUMN_UNKNOWN'; line: 1; column: string; known: readonly string[] }
  | { kind: 'COLUMN_REPEATED'; line: 1; column: string }
  | { kind: 'TOO_MANY_ROWS'; line: number; rows: number; max: number };

export interface CsvTableColumns {
  /** Every column the file may have; any other is COLUMN_UNKNOWN. */
  known: readonly string[];
  /** The columns it must have; each one absent is COLUMN_MISSING. */
  required: readonly string[];
}

export interface CsvTableOptions {
  /** What separates the cells; a Swedish spreadsheet writes `;`. Default `,` and `;`. */
  delimiters?: readonly string[];
  /** More data rows than this is TOO_MANY_ROWS; no limit when absent. */
  maxRows?: number;
  /** The header as written rather than in lower case (its columns then match case and all). */
  keepHeaderCase?: boolean;
  /** A column named twice is taken as written (the last cell wins) rather than COLUMN_REPEATED. */
  allowRepeatedColumns?: boolean;
  /** Columns not in `known` are read past rather than COLUMN_UNKNOWN: an export carries more than is imported. */
  allowUnknownColumns?: boolean;
}

export interface CsvTableRow {
  /** The line in the file, the header being line 1; skipped empty lines are not counted. */
  line: number;
  values: string[];
}

export interface CsvTable {
  /** The columns, in lower case unless kept as written. */
  header: string[];
  rows: CsvTableRow[];
}

/**
 * A CSV file as its header and data rows, or what is wrong with it as a whole, each problem in
 * the caller's own terms. A byte order mark, empty lines and the spaces around a cell are
 * ignored. Only when the file can be read and has a header are the columns checked, and only
 * when they are right is its length: so a refusal names the first thing to fix.
 */
export function readCsvTable<E>(
  csv: string,
  columns: CsvTableColumns,
  options: CsvTableOptions,
  problem: (p: CsvTableProblem) => E,
): CsvTable | { errors: E[] } {
  let records: string[][];
  try {
    const delimiter = [...(options.delimiters ?? [',', ';'])];
    records = parse(csv, { bom: true, skip_empty_lines: true, trim: true, delimiter });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const reason = (error as Error).message;
    return { errors: [problem({ kind: 'UNREADABLE', line: typeof line === 'number' ? line : 1, reason })] };
  }
  const [written, ...data] = records;
  if (!written) return { errors: [problem({ kind: 'EMPTY', line: 1 })] };
  const header = options.keepHeaderCase ? written : written.map((c) => c.toLowerCase());
  const headerProblems = problemsOfHeader(header, columns, options);
  if (headerProblems.length) return { errors: headerProblems.map(problem) };
  const max = options.maxRows;
  if (max !== undefined && data.length > max)
    return { errors: [problem({ kind: 'TOO_MANY_ROWS', line: max + 2, rows: data.length, max })] };
  return { header, rows: data.map((values, i) => ({ line: i + 2, values })) };
}

/**
 * What is wrong with a header, read as written or in lower case as `options` say: for a file
 * read whole (readCsvTable) and for one read as a stream, whose header comes first.
 */
export function problemsOfHeader(
  header: readonly string[],
  { known, required }: CsvTableColumns,
  options: Pick<CsvTableOptions, 'allowRepeatedColumns' | 'allowUnknownColumns'>,
): CsvTableProblem[] {
  return [
    ...required
      .filter((c) => !header.includes(c))
      .map((column) => ({ kind: 'COLUMN_MISSING', line: 1, column }) as const),
    ...(options.allowUnknownColumns ? [] : header.filter((c) => !known.includes(c))).map(
      (column) => ({ kind: 'COLUMN_UNKNOWN', line: 1, column, known }) as const,
    ),
    ...(options.allowRepeatedColumns ? [] : header.filter((c, i) => header.indexOf(c) !== i)).map(
      (column) => ({ kind: 'COLUMN_REPEATED', line: 1, column }) as const,
    ),
  ];
}
