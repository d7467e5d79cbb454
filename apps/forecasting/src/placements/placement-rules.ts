import { ownProviderId, type Identity } from '@kvalitetsnav/auth';
import { daysInMonth } from '@kvalitetsnav/calendar';
import { forecastingViolation, RuleViolation } from '@kvalitetsnav/codes';
import { monthNotEnded } from '../case-flows/case-flow-rules';

export interface PlacementFigures {
  month: string;
  form: string;
  placed: number;
  careDays: number;
  costSek: number;
  ended: number;
  endedDurationDays: number;
}

/**
 * A month's placements are reported once the month is over, and the people placed cannot have
 * spent more care days than the month has days each.
 */
export function placementReportViolations(report: PlacementFigures, currentMonth: string): RuleViolation[] {
  const days = daysInMonth(Number(report.month.slice(0, 4)), Number(report.month.slice(5, 7)));
  return [
    monthNotEnded(report.month, currentMonth),
    report.placed > 0 && report.careDays > report.placed * days
      ? forecastingViolation('CARE_DAYS_ABOVE_PLACED', 'careDays', {
          careDays: report.careDays,
          placed: report.placed,
          days,
        })
      : null,
  ].filter((v): v is RuleViolation => v !== null);
}

/**
 * A provider reports the placements at one of its own units, so it names the unit; only the
 * administration reports figures of its own that name none. (Whose unit it is, is the store's to
 * check: another provider's answers as unknown, as for case flows.)
 */
export function placementUnitViolation(
  identity: Identity,
  unitId: string | null | undefined,
  field = 'unitId',
): RuleViolation | null {
  return ownProviderId(identity) && !unitId ? forecastingViolation('REQUIRED', field) : null;
}

export interface PlacementTotals {
  /** The placement form, or TOTAL. */
  form: string;
  placed: number;
  careDays: number;
  costSek: number;
  costPerCareDay: number | null;
  ended: number;
  /** Average length of the placements that ended, in days. */
  averageDurationDays: number | null;
}

function total(form: string, rows: readonly PlacementFigures[]): PlacementTotals {
  const sum = (pick: (r: PlacementFigures) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const careDays = sum((r) => r.careDays);
  const costSek = sum((r) => r.costSek);
  const ended = sum((r) => r.ended);
  return {
    form,
    placed: sum((r) => r.placed),
    careDays,
    costSek,
    costPerCareDay: careDays ? costSek / careDays : null,
    ended,
    averageDurationDays: ended ? sum((r) => r.endedDurationDays) / ended : null,
  };
}

/**
 * What a month's placements of one form add up to. The administration's own figure (no unit) is
 * the whole municipality's, from the case system; the providers' unit reports are parts of it. So
 * where the administration has given its figure for a month and form, that figure counts alone,
 * and the units' reports count only where it has not; nothing is counted twice.
 */
export function countedPlacements<R extends PlacementFigures & { unitId: string | null }>(reports: readonly R[]): R[] {
  const key = (r: R) => `${r.month}|${r.form}`;
  const whole = new Set(reports.filter((r) => r.unitId === null).map(key));
  return reports.filter((r) => r.unitId === null || !whole.has(key(r)));
}

/** Per placement form in alphabetical order, then TOTAL over all of them. */
export function placementTotals(reports: readonly PlacementFigures[]): PlacementTotals[] {
  const forms = [...new Set(reports.map((r) => r.form))].sort();
  return [
    ...forms.map((form) =>
      total(
        form,
        reports.filter((r) => r.form === form),
      ),
    ),
    total('TOTAL', reports),
  ];
}
