import type { Half } from '@kvalitetsnav/calendar';
import { CsvTableProblem, readCsvTable } from '@kvalitetsnav/csv-table';
import { contractsViolation, isId, RuleParams, RuleViolation } from '@kvalitetsnav/codes';
import { staffingConsistencyViolations, staffingReportPeriodViolation } from '../provider-reports/report-rules';

/**
 * Staffing reports as a spreadsheet exports them, one unit and half-year a row. The header, in
 * lower case, as case-flow files are written:
 * `unit_id,year,half,managers,permanent,temporary,hourly,sick_leave_percent,staff_turnover_percent,job_titles`.
 * A file may name its units by their code in another system (`unit_code`, as the case system
 * exports them) instead of by id: one of the two columns, never both.
 * `half` is 1 (January–June) or 2 (July–December); the counts are whole people (empty is 0); the
 * percentages take a decimal point or comma; `job_titles` (optional) lists `title:headcount`
 * pairs separated by semicolons, e.g. `Undersköterska:12; Sjuksköterska:3` (quoted when the file
 * itself is separated by semicolons).
 */
export const STAFFING_CSV_COLUMNS = [
  'unit_id',
  'unit_code',
  'year',
  'half',
  'managers',
  'permanent',
  'temporary',
  'hourly',
  'sick_leave_percent',
  'staff_turnover_percent',
  'job_titles',
] as const;
const REQUIRED = STAFFING_CSV_COLUMNS.filter((c) => !['job_titles', 'unit_id', 'unit_code'].includes(c));
/** The columns a file may name its units by: Kvalitetsnav's id, or another system's code. */
export type UnitColumn = 'unit_id' | 'unit_code';
const MAX_UNIT_CODE = 40;
const UPPER_SNAKE = /^[A-Z][A-Z0-9_]{0,59}$/;
export const MAX_STAFFING_CSV_ROWS = 5_000;
/** The bounds of a single report (SubmitStaffingReportInput). */
const MAX_COUNT = 100_000;
const MAX_TITLES = 100;
const MAX_TITLE_LENGTH = 200;
/** The file's column for each field a report's rules name. */
const COLUMN_OF: Record<string, string> = { half: 'half', jobTitles: 'job_titles' };

export const FILE = '(file)';

export interface StaffingRowError {
  /** The line in the file, the header being line 1. */
  line: number;
  /** The column, or `(file)` for the file as a whole. */
  column: string;
  /** English, for API users; the web shows the rule with its params in Swedish. */
  message: string;
  rule: string;
  params: RuleParams;
}

export interface StaffingRow {
  line: number;
  unitId: string;
  /** The unit's code in the file's code system, when the file names units by unit_code (unitId is then found by it). */
  unitCode?: string;
  year: number;
  half: Half;
  managers: number;
  permanent: number;
  temporary: number;
  hourly: number;
  sickLeavePercent: number;
  staffTurnoverPercent: number;
  jobTitles: { title: string; headcount: number }[];
}

export const staffingRowError = (line: number, column: string, violation: RuleViolation): StaffingRowError => ({
  line,
  column,
  message: violation.message,
  rule: violation.rule,
  params: violation.params,
});

/**
 * Reads a whole file and checks every row by the rules a single staffing report follows (the
 * half-year has begun, job titles do not outnumber the staff nor repeat) plus the file's own
 * (known columns, one row per unit and half-year). Rows come back only when nothing is wrong, so
 * an import stores all of them or none.
 */
export function parseStaffingCsv(
  csv: string,
  today: string,
): { rows: StaffingRow[]; errors: StaffingRowError[]; unitColumn: UnitColumn | null } {
  const file = readStaffingCsv(csv);
  if ('errors' in file) return { rows: [], errors: file.errors, unitColumn: null };
  const { header } = file;
  const unitColumn = unitColumnOf(header);
  if (unitColumn instanceof RuleViolation)
    return { rows: [], errors: [staffingRowError(1, FILE, unitColumn)], unitColumn: null };
  const rows: StaffingRow[] = [];
  const errors: StaffingRowError[] = [];
  const firstLineOf = new Map<string, number>();
  file.rows.forEach(({ line, values }) => {
    const cell = (column: string) => values[header.indexOf(column)] ?? '';
    const found: StaffingRowError[] = [];
    const at = (column: string, violation: RuleViolation) => found.push(staffingRowError(line, column, violation));
    const checked = <T>(column: string, value: T | RuleViolation, fallback: T): T => {
      if (value instanceof RuleViolation) {
        at(column, value);
        return fallback;
      }
      return value;
    };

    const unitId = unitColumn === 'unit_id' ? cell('unit_id') : '';
    const unitCode = unitColumn === 'unit_code' ? cell('unit_code') : undefined;
    if (unitCode === undefined && !isId(unitId)) at('unit_id', contractsViolation('NOT_AN_ID', 'unit_id'));
    if (unitCode !== undefined) {
      const bad = unitCodeViolation(unitCode);
      if (bad) at('unit_code', bad);
    }
    const year = checked('year', wholeIn(cell('year'), 'year', 2000, 2100, false), 0);
    const half = cell('half');
    if (half !== '1' && half !== '2') at('half', contractsViolation('NOT_ONE_OF', 'half', { allowed: ['1', '2'] }));
    const count = (column: string) => checked(column, wholeIn(cell(column), column, 0, MAX_COUNT, true), 0);
    const managers = count('managers');
    const permanent = count('permanent');
    const temporary = count('temporary');
    const hourly = count('hourly');
    const sickLeavePercent = checked(
      'sick_leave_percent',
      percentIn(cell('sick_leave_percent'), 'sick_leave_percent'),
      0,
    );
    const staffTurnoverPercent = checked(
      'staff_turnover_percent',
      percentIn(cell('staff_turnover_percent'), 'staff_turnover_percent'),
      0,
    );
    const jobTitles = checked('job_titles', jobTitlesIn(cell('job_titles')), []);
    if (found.length) {
      errors.push(...found);
      return;
    }

    const row: StaffingRow = {
      line,
      unitId,
      ...(unitCode !== undefined ? { unitCode } : {}),
      year,
      half: Number(half) as Half,
      managers,
      permanent,
      temporary,
      hourly,
      sickLeavePercent,
      staffTurnoverPercent,
      jobTitles,
    };
    for (const v of [staffingReportPeriodViolation(row.year, row.half, today), ...staffingConsistencyViolations(row)])
      if (v) at(COLUMN_OF[v.field ?? ''] ?? 'half', v);
    const key = `${unitCode !== undefined ? `code:${unitCode}` : unitId.toLowerCase()}:${year}:${half}`;
    const first = firstLineOf.get(key);
    if (first) at('half', contractsViolation('STAFFING_CSV_ROW_REPEATED', 'half', { line: first }));
    else firstLineOf.set(key, line);
    if (found.length) errors.push(...found);
    else rows.push(row);
  });
  return errors.length ? { rows: [], errors, unitColumn } : { rows, errors, unitColumn };
}

/** Which column the file names its units by: exactly one of unit_id and unit_code. */
export function unitColumnOf(header: readonly string[]): UnitColumn | RuleViolation {
  const byId = header.includes('unit_id');
  const byCode = header.includes('unit_code');
  if (byId && byCode) return contractsViolation('CSV_UNIT_COLUMN', FILE, { found: 'BOTH' });
  if (!byId && !byCode) return contractsViolation('CSV_UNIT_COLUMN', FILE, { found: 'NEITHER' });
  return byCode ? 'unit_code' : 'unit_id';
}

/** A unit's code in a cell: given, and at most 40 characters (as a unit's external code is). */
export function unitCodeViolation(code: string): RuleViolation | null {
  if (code === '') return contractsViolation('REQUIRED', 'unit_code');
  if (code.length > MAX_UNIT_CODE)
    return contractsViolation('TEXT_LENGTH', 'unit_code', { min: 1, max: MAX_UNIT_CODE });
  return null;
}

/**
 * The code system an import reads a file's unit codes in (e.g. TRESERVA): required with a file
 * that names its units by unit_code, refused with one that names them by id, UPPER_SNAKE.
 */
export function unitCodeSystemViolation(
  unitColumn: UnitColumn,
  system: string | null | undefined,
): RuleViolation | null {
  const given = system !== null && system !== undefined && system !== '';
  if (unitColumn === 'unit_code' && !given) return contractsViolation('REQUIRED', 'unitCodeSystem');
  if (unitColumn === 'unit_id' && given) return contractsViolation('UNIT_CODE_SYSTEM_UNUSED', 'unitCodeSystem');
  if (given && !UPPER_SNAKE.test(system))
    return contractsViolation('BAD_FORMAT', 'unitCodeSystem', { format: 'UPPER_SNAKE' });
  return null;
}

/** The header (in lower case) and rows, or what is wrong with the file as a whole. */
const readStaffingCsv = (csv: string) =>
  readCsvTable(csv, { known: STAFFING_CSV_COLUMNS, required: REQUIRED }, { maxRows: MAX_STAFFING_CSV_ROWS }, fileError);

/** A problem with the file as a whole as the staffing import names it. */
function fileError(problem: CsvTableProblem): StaffingRowError {
  const at = (column: string, violation: RuleViolation) => staffingRowError(problem.line, column, violation);
  switch (problem.kind) {
    case 'UNREADABLE':
      return at(FILE, contractsViolation('STAFFING_CSV_UNREADABLE', undefined, { reason: problem.reason }));
    case 'EMPTY':
      return at(FILE, contractsViolation('STAFFING_CSV_EMPTY', FILE));
    case 'COLUMN_MISSING':
      return at(
        problem.column,
        contractsViolation('STAFFING_CSV_COLUMN_MISSING', undefined, { column: problem.column }),
      );
    case 'COLUMN_UNKNOWN': {
      const { column, known } = problem;
      return at(column, contractsViolation('STAFFING_CSV_COLUMN_UNKNOWN', undefined, { column, known }));
    }
    case 'COLUMN_REPEATED':
      return at(problem.column, contractsViolation('LISTED_TWICE', '(header)', { value: problem.column }));
    case 'TOO_MANY_ROWS': {
      const { rows, max } = problem;
      return at(FILE, contractsViolation('STAFFING_CSV_TOO_MANY_ROWS', undefined, { rows, max }));
    }
  }
}

/** A whole number in a cell; spaces as thousands separators are allowed, and an empty count is 0. */
export function wholeIn(
  raw: string,
  column: string,
  min: number,
  max: number,
  emptyIsZero: boolean,
): number | RuleViolation {
  if (raw === '' && !emptyIsZero) return contractsViolation('REQUIRED', column);
  const value = raw === '' ? 0 : Number(raw.replace(/[\s\u00a0]/g, ''));
  return Number.isInteger(value) && value >= min && value <= max
    ? value
    : contractsViolation('OUT_OF_RANGE', column, { min, max, whole: true });
}

/** A percentage 0–100 with a decimal point or comma (as a Swedish spreadsheet writes it). */
export function percentIn(raw: string, column: string): number | RuleViolation {
  if (raw === '') return contractsViolation('REQUIRED', column);
  const value = Number(raw.replace(/[\s\u00a0%]/g, '').replace(',', '.'));
  return Number.isFinite(value) && value >= 0 && value <= 100
    ? value
    : contractsViolation('OUT_OF_RANGE', column, { min: 0, max: 100, whole: false });
}

/** `Undersköterska:12; Sjuksköterska:3` as titles with headcounts; an empty cell is none. */
export function jobTitlesIn(raw: string): { title: string; headcount: number }[] | RuleViolation {
  const entries = raw
    .split(/[;\n]/)
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length > MAX_TITLES) return contractsViolation('LIST_SIZE', 'job_titles', { min: 0, max: MAX_TITLES });
  const titles: { title: string; headcount: number }[] = [];
  for (const entry of entries) {
    const match = /^(.+?)\s*:\s*(\d[\d\s\u00a0]*)$/.exec(entry);
    const headcount = match ? Number(match[2].replace(/[\s\u00a0]/g, '')) : NaN;
    if (!match || !Number.isInteger(headcount) || headcount > MAX_COUNT)
      return contractsViolation('STAFFING_CSV_JOB_TITLE', 'job_titles', { value: entry });
    const title = match[1].trim();
    if (title.length > MAX_TITLE_LENGTH)
      return contractsViolation('TEXT_LENGTH', 'job_titles', { min: 1, max: MAX_TITLE_LENGTH });
    titles.push({ title, headcount });
  }
  return titles;
}
