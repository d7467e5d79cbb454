import { isMonth } from '@kvalitetsnav/calendar';
import { forecastingViolation, isId, RuleViolation } from '@kvalitetsnav/codes';
import {
  FILE,
  MonthlyRowError,
  countIn,
  readMonthlyCsv,
  rowError,
  UnitColumn,
  unitCodeViolation,
  unitColumnOf,
} from '../case-flow-import/case-flow-csv-rules';
import { PlacementFigures, placementReportViolations } from '../placements/placement-rules';

/**
 * Months of placements as a spreadsheet exports them, one unit, month and placement form a row.
 * Example header: `unit_id,month,form,placed,care_days,cost_sek,ended,ended_duration_days`; a row
 * with no unit_id is the administration's own figures (a provider names its unit on every row).
 * A file may name its units by their code in another system (`unit_code`) instead of by id, not
 * both; an empty code, as an empty id, is the administration's own figures.
 */
export const PLACEMENT_CSV_COLUMNS = [
  'unit_id',
  'unit_code',
  'month',
  'form',
  'placed',
  'care_days',
  'cost_sek',
  'ended',
  'ended_duration_days',
] as const;
const REQUIRED = ['month', 'form', 'placed', 'care_days', 'cost_sek'] as const;
/** The bounds of a single report (PlacementReportInput). */
const MAX_COUNT = 10_000_000;
const MAX_COST = 999_999_999_999;
const FORM = /^[A-Z][A-Z0-9_]{0,59}$/;
/** The file's column for each field a rule names. */
const COLUMN_OF: Record<string, string> = { careDays: 'care_days', month: 'month' };

export type PlacementRow = PlacementFigures & {
  line: number;
  unitId: string | null;
  /** The unit's code in the file's code system, when the file names units by unit_code. */
  unitCode?: string;
};

/**
 * Reads a whole file and checks every row by the rules a single report follows (the month is
 * over, no more care days than the people placed could have) and one row per unit, month and form.
 * Rows come back only when nothing is wrong, so an import stores all of them or none.
 */
export function parsePlacementCsv(
  csv: string,
  currentMonth: string,
): { rows: PlacementRow[]; errors: MonthlyRowError[]; unitColumn: UnitColumn | null } {
  const file = readMonthlyCsv(csv, PLACEMENT_CSV_COLUMNS, REQUIRED);
  if ('errors' in file) return { rows: [], errors: file.errors, unitColumn: null };
  const { header } = file;
  const unitColumn = unitColumnOf(header, false);
  if (unitColumn instanceof RuleViolation)
    return { rows: [], errors: [rowError(1, FILE, unitColumn)], unitColumn: null };
  const rows: PlacementRow[] = [];
  const errors: MonthlyRowError[] = [];
  const firstLineOf = new Map<string, number>();
  file.rows.forEach(({ line, values }) => {
    const cell = (column: string) => values[header.indexOf(column)] ?? '';
    const found: MonthlyRowError[] = [];
    const at = (column: string, violation: RuleViolation) => found.push(rowError(line, column, violation));
    const counted = (column: string) => {
      const value = countIn(cell(column), column, MAX_COUNT);
      if (value instanceof RuleViolation) {
        at(column, value);
        return 0;
      }
      return value;
    };
    const unitId = unitColumn === 'unit_id' ? cell('unit_id') || null : null;
    if (unitId !== null && !isId(unitId)) at('unit_id', forecastingViolation('NOT_AN_ID', 'unit_id'));
    const unitCode = unitColumn === 'unit_code' ? cell('unit_code') || undefined : undefined;
    if (unitCode !== undefined) {
      const bad = unitCodeViolation(unitCode);
      if (bad) at('unit_code', bad);
    }
    const month = cell('month');
    if (!isMonth(month)) at('month', forecastingViolation('NOT_A_MONTH', 'month'));
    const form = cell('form').toUpperCase();
    if (!FORM.test(form)) at('form', forecastingViolation('BAD_FORMAT', 'form', { format: 'UPPER_SNAKE' }));
    const placed = counted('placed');
    const careDays = counted('care_days');
    const costSek = Number(
      cell('cost_sek')
        .replace(/[\s\u00a0]/g, '')
        .replace(',', '.'),
    );
    if (!(cell('cost_sek') !== '' && costSek >= 0 && costSek <= MAX_COST))
      at('cost_sek', forecastingViolation('OUT_OF_RANGE', 'cost_sek', { min: 0, max: MAX_COST, whole: false }));
    const ended = counted('ended');
    const endedDurationDays = counted('ended_duration_days');
    if (found.length) {
      errors.push(...found);
      return;
    }
    const row: PlacementRow = {
      line,
      unitId,
      ...(unitCode !== undefined ? { unitCode } : {}),
      month,
      form,
      placed,
      careDays,
      costSek,
      ended,
      endedDurationDays,
    };
    for (const v of placementReportViolations(row, currentMonth)) at(COLUMN_OF[v.field ?? ''] ?? 'month', v);
    const key = `${unitCode !== undefined ? `code:${unitCode}` : (unitId ?? '')}:${month}:${form}`;
    const first = firstLineOf.get(key);
    if (first) at('month', forecastingViolation('MONTHLY_CSV_ROW_REPEATED', 'month', { line: first }));
    else firstLineOf.set(key, line);
    if (found.length) errors.push(...found);
    else rows.push(row);
  });
  return errors.length ? { rows: [], errors, unitColumn } : { rows, errors, unitColumn };
}
