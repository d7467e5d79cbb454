import { type Half, halfOf, monthBounds, previousHalf } from '@kvalitetsnav/calendar';

/**
 * When providers' reports are due, and where one stands. The municipality's agreements say "by the
 * end of the first quarter" for the business report and "within two months" of a half-year for
 * the staffing baseline; these are those dates.
 */

/** A year's business report is due by 31 March the year after. */
export const businessReportDueOn = (year: number): string => `${year + 1}-03-31`;

/** A half-year's staffing report is due by the end of the second month after it: 31 August, end of February. */
export const staffingReportDueOn = (year: number, half: Half): string =>
  half === 1 ? `${year}-08-31` : monthBounds(`${year + 1}-02`).to;

export type ReportState = 'SUBMITTED' | 'SUBMITTED_LATE' | 'DUE' | 'OVERDUE';

/** Submitted (on time or late) by the first version's date; otherwise due until the date, overdue after it. */
export function reportState(dueOn: string, firstSubmittedOn: string | null, today: string): ReportState {
  if (firstSubmittedOn !== null) return firstSubmittedOn > dueOn ? 'SUBMITTED_LATE' : 'SUBMITTED';
  return today > dueOn ? 'OVERDUE' : 'DUE';
}

export interface ReportPeriod {
  kind: 'BUSINESS' | 'STAFFING';
  year: number;
  half: Half | null;
  dueOn: string;
}

/**
 * The periods a provider is asked about today: the last business year that has ended, and the
 * staffing reports of the last half-year that has ended and of the one under way.
 */
export function reportingPeriods(today: string): ReportPeriod[] {
  const lastYear = Number(today.slice(0, 4)) - 1;
  const ended = previousHalf(today);
  const current = halfOf(today);
  return [
    { kind: 'BUSINESS', year: lastYear, half: null, dueOn: businessReportDueOn(lastYear) },
    ...[ended, current].map(({ year, half }) => ({
      kind: 'STAFFING' as const,
      year,
      half,
      dueOn: staffingReportDueOn(year, half),
    })),
  ];
}

export interface ReportSubmission {
  unitId: string;
  kind: 'BUSINESS' | 'STAFFING';
  year: number;
  half: Half | null;
  version: number;
  /** The Stockholm date the version came. */
  submittedOn: string;
}

export interface ReportDueItem extends ReportPeriod {
  unitId: string;
  state: ReportState;
  /** The newest version, when one came. */
  latestVersion: number | null;
  lastSubmittedOn: string | null;
}

/** Per unit and period asked about: where its report stands, judged by the first version and showing the newest. */
export function reportsDue(
  unitIds: readonly string[],
  periods: readonly ReportPeriod[],
  submissions: readonly ReportSubmission[],
  today: string,
): ReportDueItem[] {
  return unitIds.flatMap((unitId) =>
    periods.map((period) => {
      const versions = submissions
        .filter(
          (s) => s.unitId === unitId && s.kind === period.kind && s.year === period.year && s.half === period.half,
        )
        .sort((a, b) => a.version - b.version);
      const first = versions[0] ?? null;
      const latest = versions[versions.length - 1] ?? null;
      return {
        ...period,
        unitId,
        state: reportState(period.dueOn, first?.submittedOn ?? null, today),
        latestVersion: latest?.version ?? null,
        lastSubmittedOn: latest?.submittedOn ?? null,
      };
    }),
  );
}
