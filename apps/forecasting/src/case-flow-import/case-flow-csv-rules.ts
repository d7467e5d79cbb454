import { isMonth } from '@kvalitetsnav/calendar';
import { CsvTableProblem, readCsvTable } from '@kvalitetsnav/csv-table';
import { forecastingViolation, isId, RuleParams, RuleViolation } from '@kvalitetsnav/codes';
import { CASE_FLOW_SOURCES, type CaseFlowSource, caseFlowReportViolations } from '../case-flows/case-flow-rules';

/**
 * Months of case flows as a spreadsheet exports them, one report per row: the columns below,
 * then one column per closure reason (its code in lower case, e.g. goals_met) holding the
 * closed cases for that reason; an empty cell is 0. Example header:
 * `unit_id,service,month,source,incoming,outgoing,goals_met,moved`. A file may name its units by
 * their code in another system (`unit_code`, as the case system exports them) instead of by id:
 * one of the two columns, never both.
 */
export const CSV_COLUMNS = ['unit_id', 'unit_code', 'service', 'month', 'source', 'incoming', 'outgoing'] as const;
const REQUIRED = ['service', 'month', 'incoming', 'outgoing'] as const;
/** The columns a file may name its units by: Kvalitetsnav's id, or another system's code. */
export type UnitColumn = 'unit_id' | 'unit_code';
const MAX_UNIT_CODE = 40;
const UPPER_SNAKE = /^[A-Z][A-Z0-9_]{0,59}$/;
export const MAX_CSV_ROWS = 5_000;
/** The same bound as a single report's (SubmitCaseFlowReportInput). */
const MAX_COUNT = 1_000_000;
/** The file's sources in lower case, as the other columns are written. */
const SOURCES = CASE_FLOW_SOURCES.map((s) => s.toLowerCase());
const SERVICE = /^[A-Z][A-Z0-9_]{0,59}$/;

export const FILE = '(file)';

export interface MonthlyRowError {
  /** The line in the file, the header being line 1. */
  line: number;
  /** The column, or `(file)` for the file as a whole. */
  column: string;
  /** English, for API users; the web shows the rule with its params in Swedish. */
  message: string;
  rule: string;
  params: RuleParams;
}

export interface CaseFlowRow {
  line: number;
  unitId: string;
  /** The unit's code in the file's code system, when the file names units by unit_code (unitId is then found by it). */
  unitCode?: string;
  service: string;
  month: string;
  source: CaseFlowSource;
  incoming: number;
  outgoing: number;
  closedByReason: { reason: string; count: number }[];
}

/** A broken rule at a line and column of the file. */
export const rowError = (line: number, column: string, violation: RuleViolation): MonthlyRowError => ({
  line,
  column,
  message: violation.message,
  rule: violation.rule,
  params: violation.params,
});

/** A unit the file names that does not exist or is another provider's: the same answer, so an import reveals nothing of others. */
export const unknownUnitError = (
  line: number,
  unitCode: string | undefined,
  unitId: string | null | undefined,
  system: string | null,
): MonthlyRowError =>
  unitCode === undefined
    ? rowError(line, 'unit_id', forecastingViolation('UNKNOWN', 'unit_id', { entity: 'UNIT', ids: [unitId ?? ''] }))
    : rowError(
        line,
        'unit_code',
        forecastingViolation('UNIT_CODE_UNKNOWN', 'unit_code', { system: system ?? '', code: unitCode }),
      );

/** What a refused file answers: nothing imported, every error named. */
export const refusedImport = (dryRun: boolean, errors: MonthlyRowError[]) => ({
  accepted: false,
  dryRun,
  imported: 0,
  created: 0,
  changed: 0,
  unchanged: 0,
  rows: [],
  errors,
});

/**
 * Reads a whole file and checks every row by the rules a single report follows (the month is
 * over, the reasons add up to the cases that went out) plus the file's own (known columns, one
 * row per unit, service, month and source). Rows come back only when nothing is wrong, so an
 * import stores all of them or none.
 */
export function parseCaseFlowCsv(
  csv: string,
  currentMonth: string,
  activeReasons: readonly string[],
): { rows: CaseFlowRow[]; errors: MonthlyRowError[]; unitColumn: UnitColumn | null } {
  const reasonColumns = new Map(activeReasons.map((r) => [r.toLowerCase(), r]));
  const file = readMonthlyCsv(csv, [...CSV_COLUMNS, ...reasonColumns.keys()], REQUIRED);
  if ('errors' in file) return { rows: [], errors: file.errors, unitColumn: null };
  const { header } = file;
  const unitColumn = unitColumnOf(header, true);
  if (unitColumn instanceof RuleViolation || unitColumn === null)
    return { rows: [], errors: [rowError(1, FILE, unitColumn ?? unitColumnMissing())], unitColumn: null };

  const rows: CaseFlowRow[] = [];
  const errors: MonthlyRowError[] = [];
  const firstLineOf = new Map<string, number>();
  file.rows.forEach(({ line, values }) => {
    const cell = (column: string) => values[header.indexOf(column)] ?? '';
    const found: MonthlyRowError[] = [];
    const at = (column: string, violation: RuleViolation) => found.push(rowError(line, column, violation));

    const unitId = unitColumn === 'unit_id' ? cell('unit_id') : '';
    const unitCode = unitColumn === 'unit_code' ? cell('unit_code') : undefined;
    if (unitCode === undefined && !isId(unitId)) at('unit_id', forecastingViolation('NOT_AN_ID', 'unit_id'));
    if (unitCode !== undefined) {
      const bad = unitCodeViolation(unitCode);
      if (bad) at('unit_code', bad);
    }
    const service = cell('service').toUpperCase();
    if (!SERVICE.test(service)) at('service', forecastingViolation('BAD_FORMAT', 'service', { format: 'UPPER_SNAKE' }));
    const month = cell('month');
    if (!isMonth(month)) at('month', forecastingViolation('NOT_A_MONTH', 'month'));
    const source = (cell('source') || 'provider').toLowerCase();
    if (!SOURCES.includes(source)) at('source', forecastingViolation('NOT_ONE_OF', 'source', { allowed: SOURCES }));
    const counted = (column: string) => {
      const value = countIn(cell(column), column);
      if (value instanceof RuleViolation) {
        at(column, value);
        return 0;
      }
      return value;
    };
    const incoming = counted('incoming');
    const outgoing = counted('outgoing');
    const closedByReason = header
      .flatMap((c) => {
        const reason = reasonColumns.get(c);
        return reason ? [{ reason, count: counted(c) }] : [];
      })
      .filter((r) => r.count > 0);
    if (found.length) {
      errors.push(...found);
      return;
    }

    const row: CaseFlowRow = {
      line,
      unitId,
      ...(unitCode !== undefined ? { unitCode } : {}),
      service,
      month,
      source: source.toUpperCase() as CaseFlowSource,
      incoming,
      outgoing,
      closedByReason,
    };
    for (const v of caseFlowReportViolations(row, currentMonth, activeReasons))
      at(v.rule === 'REASONS_DO_NOT_ADD_UP' ? 'outgoing' : 'month', v);
    const key = `${unitCode !== undefined ? `code:${unitCode}` : unitId}:${service}:${month}:${row.source}`;
    const first = firstLineOf.get(key);
    if (first) at('month', forecastingViolation('MONTHLY_CSV_ROW_REPEATED', 'month', { line: first }));
    else firstLineOf.set(key, line);
    if (found.length) errors.push(...found);
    else rows.push(row);
  });
  return errors.length ? { rows: [], errors, unitColumn } : { rows, errors, unitColumn };
}

/**
 * Which column the file names its units by: unit_id or unit_code, not both. Neither is
 * CSV_UNIT_COLUMN where every row needs a unit, and null where a row may have none (placements:
 * the administration's own figures).
 */
export function unitColumnOf(header: readonly string[], required: boolean): UnitColumn | RuleViolation | null {
  const byId = header.includes('unit_id');
  const byCode = header.includes('unit_code');
  if (byId && byCode) return forecastingViolation('CSV_UNIT_COLUMN', FILE, { found: 'BOTH' });
  if (!byId && !byCode) return required ? unitColumnMissing() : null;
  return byCode ? 'unit_code' : 'unit_id';
}

const unitColumnMissing = () => forecastingViolation('CSV_UNIT_COLUMN', FILE, { found: 'NEITHER' });

/** A unit's code in a cell: given, and at most 40 characters (as a unit's external code is). */
export function unitCodeViolation(code: string): RuleViolation | null {
  if (code === '') return forecastingViolation('REQUIRED', 'unit_code');
  if (code.length > MAX_UNIT_CODE)
    return forecastingViolation('TEXT_LENGTH', 'unit_code', { min: 1, max: MAX_UNIT_CODE });
  return null;
}

/**
 * The code system an import reads a file's unit codes in (e.g. TRESERVA): required with a file
 * that names its units by unit_code, refused with one that does not, UPPER_SNAKE.
 */
export function unitCodeSystemViolation(
  unitColumn: UnitColumn | null,
  system: string | null | undefined,
): RuleViolation | null {
  const given = system !== null && system !== undefined && system !== '';
  if (unitColumn === 'unit_code' && !given) return forecastingViolation('REQUIRED', 'unitCodeSystem');
  if (unitColumn !== 'unit_code' && given) return forecastingViolation('UNIT_CODE_SYSTEM_UNUSED', 'unitCodeSystem');
  if (given && !UPPER_SNAKE.test(system))
    return forecastingViolation('BAD_FORMAT', 'unitCodeSystem', { format: 'UPPER_SNAKE' });
  return null;
}

/**
 * A file of monthly reports as a header (in lower case) and its rows, or what is wrong with it
 * as a whole: not CSV, empty, a required column missing, an unknown or repeated column, too long.
 */
export const readMonthlyCsv = (csv: string, known: readonly string[], required: readonly string[]) =>
  readCsvTable(csv, { known, required }, { maxRows: MAX_CSV_ROWS }, fileError);

/** A problem with the file as a whole as the monthly imports name it. */
function fileError(problem: CsvTableProblem): MonthlyRowError {
  const at = (column: string, violation: RuleViolation) => rowError(problem.line, column, violation);
  switch (problem.kind) {
    case 'UNREADABLE':
      return at(FILE, forecastingViolation('MONTHLY_CSV_UNREADABLE', undefined, { reason: problem.reason }));
    case 'EMPTY':
      return at(FILE, forecastingViolation('MONTHLY_CSV_EMPTY', FILE));
    case 'COLUMN_MISSING':
      return at(
        problem.column,
        forecastingViolation('MONTHLY_CSV_COLUMN_MISSING', undefined, { column: problem.column }),
      );
    case 'COLUMN_UNKNOWN': {
      const { column, known } = problem;
      return at(column, forecastingViolation('MONTHLY_CSV_COLUMN_UNKNOWN', undefined, { column, known }));
    }
    case 'COLUMN_REPEATED':
      return at(problem.column, forecastingViolation('LISTED_TWICE', '(header)', { value: problem.column }));
    case 'TOO_MANY_ROWS': {
      const { rows, max } = problem;
      return at(FILE, forecastingViolation('MONTHLY_CSV_TOO_MANY_ROWS', undefined, { rows, max }));
    }
  }
}

/** A count in a cell: empty is 0, spaces as thousands separators are allowed. */
export function countIn(raw: string, column: string, max = MAX_COUNT): number | RuleViolation {
  const value = raw === '' ? 0 : Number(raw.replace(/[\s\u00a0]/g, ''));
  return Number.isInteger(value) && value >= 0 && value <= max
    ? value
    : forecastingViolation('OUT_OF_RANGE', column, { min: 0, max, whole: true });
}
