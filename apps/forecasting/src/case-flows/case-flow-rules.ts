import { ownProviderId, type Identity } from '@kvalitetsnav/auth';
import { addMonthsToMonth, missingMonths, monthsBetween } from '@kvalitetsnav/calendar';
import { forecastingViolation, RuleViolation } from '@kvalitetsnav/codes';

/** Whose cases a report counts: the provider's service cases, or the administration's assessed (bistånd) cases. */
export const CASE_FLOW_SOURCES = ['PROVIDER', 'ADMINISTRATION'] as const;
export type CaseFlowSource = (typeof CASE_FLOW_SOURCES)[number];

export interface CaseFlowFigures {
  month: string;
  incoming: number;
  outgoing: number;
  closedByReason: { reason: string; count: number }[];
}

/** A month is reported once it is over: not the current month, nor a later one. */
export function monthNotEnded(month: string, currentMonth: string, field = 'month'): RuleViolation | null {
  return month >= currentMonth
    ? forecastingViolation('REPORTED_MONTH_NOT_ENDED', field, { month, currentMonth })
    : null;
}

/** A provider reports its own service cases; the assessed cases are the administration's to report. */
export function sourceViolation(identity: Identity, source: CaseFlowSource): RuleViolation | null {
  return ownProviderId(identity) && source !== 'PROVIDER'
    ? forecastingViolation('PROVIDER_REPORTS_OWN_CASES', 'source')
    : null;
}

/**
 * A month's report must be over, and the closed cases it explains by reason must add up to the
 * cases that went out, each reason an active one and named once.
 */
export function caseFlowReportViolations(
  report: CaseFlowFigures,
  currentMonth: string,
  activeReasons: readonly string[],
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const ended = monthNotEnded(report.month, currentMonth);
  if (ended) violations.push(ended);
  const explained = report.closedByReason.reduce((s, r) => s + r.count, 0);
  if (explained !== report.outgoing)
    violations.push(
      forecastingViolation('REASONS_DO_NOT_ADD_UP', 'closedByReason', { explained, outgoing: report.outgoing }),
    );
  const seen = new Set<string>();
  report.closedByReason.forEach(({ reason }, i) => {
    const field = `closedByReason.${i}.reason`;
    if (!activeReasons.includes(reason))
      violations.push(forecastingViolation('CLOSURE_REASON_NOT_ACTIVE', field, { reason, active: activeReasons }));
    if (seen.has(reason)) violations.push(forecastingViolation('CLOSURE_REASON_LISTED_TWICE', field, { reason }));
    seen.add(reason);
  });
  return violations;
}

export interface MonthTotals {
  month: string;
  incoming: number;
  outgoing: number;
  /** incoming − outgoing: positive means the caseload grew. */
  balance: number;
  /** Reports behind the figure; 0 for a month no one reported. */
  reports: number;
}

/**
 * Reports (ordered by month) summed per month over every month from `from` (else the first
 * reported) to `to` (else the last reported): a month without reports counts as zero reports.
 */
export function totalsPerMonth(
  reports: readonly Pick<CaseFlowFigures, 'month' | 'incoming' | 'outgoing'>[],
  from?: string | null,
  to?: string | null,
): MonthTotals[] {
  if (!reports.length) return [];
  return monthsBetween(from ?? reports[0].month, to ?? reports[reports.length - 1].month).map((month) => {
    const inMonth = reports.filter((r) => r.month === month);
    const incoming = inMonth.reduce((s, r) => s + r.incoming, 0);
    const outgoing = inMonth.reduce((s, r) => s + r.outgoing, 0);
    return { month, incoming, outgoing, balance: incoming - outgoing, reports: inMonth.length };
  });
}

/**
 * The ended months a unit has not reported: from its first report (or `from`, if later) to
 * the month before the current one.
 */
export function unreportedMonths(reported: readonly string[], currentMonth: string, from?: string | null): string[] {
  const first = [...reported].sort()[0];
  if (!first) return [];
  return missingMonths(reported, from && from > first ? from : first, addMonthsToMonth(currentMonth, -1));
}
