import { addMonthsToMonth, type Half, halfEnd, monthOf, previousHalf } from '@kvalitetsnav/calendar';

/**
 * The risk score behind follow-up selection: points per signal received for a contract's units
 * in the twelve months before the planning date. The weights favour what the follow-up
 * guidelines call serious (lex Sarah, lex Maria, complaints) over routine deviations.
 */

export const SIGNAL_KINDS = [
  'SOL_LSS',
  'HSL',
  'LEX_SARAH',
  'LEX_MARIA',
  'COMPLAINT',
  'DECISION_NOT_EXECUTED',
  'SURVEY_RESULT',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export interface Signal {
  kind: SignalKind;
  occurredOn: string;
  /** For SURVEY_RESULT: the share positive, 0–1; null when the result was suppressed. */
  value: number | null;
}

export interface MissingReports {
  /** No business report for the previous year. */
  businessReport: boolean;
  /** No staffing report for the latest half-year that has ended. */
  staffingReport: boolean;
  /** Months without a case-flow report among the last three, for units that report case flows. */
  caseFlowMonths: number;
}

export const RISK_POINTS = {
  SOL_LSS: 1,
  HSL: 1,
  DECISION_NOT_EXECUTED: 2,
  COMPLAINT: 3,
  LEX_SARAH: 5,
  LEX_MARIA: 5,
  MISSING_BUSINESS_REPORT: 2,
  MISSING_STAFFING_REPORT: 2,
  MISSING_CASE_FLOW_MONTH: 1,
  OPEN_SUPERVISION: 4,
  IOP_NOT_FOLLOWED_UP: 2,
} as const;

/** A survey share positive under this counts as a signal, more points the further under. */
export const SURVEY_SHARE_THRESHOLD = 0.8;

export type RiskPartKind =
  | Exclude<SignalKind, 'SURVEY_RESULT'>
  | 'LOW_SURVEY_RESULT'
  | 'MISSING_BUSINESS_REPORT'
  | 'MISSING_STAFFING_REPORT'
  | 'MISSING_CASE_FLOW_MONTH'
  | 'OPEN_SUPERVISION'
  | 'IOP_NOT_FOLLOWED_UP';

export interface RiskPart {
  kind: RiskPartKind;
  count: number;
  points: number;
}

export interface RiskAssessment {
  score: number;
  complaints: number;
  parts: RiskPart[];
}

/** Twelve months back from `asOf`, both ends included: YYYY-MM-DD strings compare as dates. */
export function riskWindow(asOf: string): { from: string; to: string } {
  const from = `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4)}`;
  return { from: from.endsWith('-02-29') ? from.replace('-02-29', '-03-01') : from, to: asOf };
}

/**
 * `openSupervision`: IVO or JO cases open on `asOf` about the contract's units or provider; an
 * authority examining the care weighs almost like a lex Sarah report until the case is closed.
 * `iopNotFollowedUp`: an IOP contract with no follow-up reported in the last twelve months (its
 * yearly follow-up is overdue), weighed like a missing report.
 */
export function assessRisk(
  signals: Signal[],
  missing: MissingReports,
  asOf: string,
  openSupervision = 0,
  iopNotFollowedUp = false,
): RiskAssessment {
  const { from, to } = riskWindow(asOf);
  const inWindow = signals.filter((s) => s.occurredOn >= from && s.occurredOn <= to);
  const parts: RiskPart[] = [];
  for (const kind of ['LEX_SARAH', 'LEX_MARIA', 'COMPLAINT', 'DECISION_NOT_EXECUTED', 'HSL', 'SOL_LSS'] as const) {
    const count = inWindow.filter((s) => s.kind === kind).length;
    if (count) parts.push({ kind, count, points: count * RISK_POINTS[kind] });
  }
  const latestSurvey = inWindow
    .filter((s) => s.kind === 'SURVEY_RESULT' && s.value !== null)
    .sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))[0];
  if (latestSurvey && latestSurvey.value! < SURVEY_SHARE_THRESHOLD) {
    parts.push({
      kind: 'LOW_SURVEY_RESULT',
      count: 1,
      points: Math.round((SURVEY_SHARE_THRESHOLD - latestSurvey.value!) * 20) || 1,
    });
  }
  if (missing.businessReport)
    parts.push({ kind: 'MISSING_BUSINESS_REPORT', count: 1, points: RISK_POINTS.MISSING_BUSINESS_REPORT });
  if (missing.staffingReport)
    parts.push({ kind: 'MISSING_STAFFING_REPORT', count: 1, points: RISK_POINTS.MISSING_STAFFING_REPORT });
  if (missing.caseFlowMonths > 0) {
    parts.push({
      kind: 'MISSING_CASE_FLOW_MONTH',
      count: missing.caseFlowMonths,
      points: missing.caseFlowMonths * RISK_POINTS.MISSING_CASE_FLOW_MONTH,
    });
  }
  if (openSupervision > 0) {
    parts.push({
      kind: 'OPEN_SUPERVISION',
      count: openSupervision,
      points: openSupervision * RISK_POINTS.OPEN_SUPERVISION,
    });
  }
  if (iopNotFollowedUp) parts.push({ kind: 'IOP_NOT_FOLLOWED_UP', count: 1, points: RISK_POINTS.IOP_NOT_FOLLOWED_UP });
  return {
    score: parts.reduce((sum, p) => sum + p.points, 0),
    complaints: inWindow.filter((s) => s.kind === 'COMPLAINT').length,
    parts,
  };
}

/** The `count` calendar months before the month of `asOf`, newest first, as YYYY-MM. */
export function monthsBefore(asOf: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonthsToMonth(monthOf(asOf), -(i + 1)));
}

/** The latest half-year that has ended before `asOf`, with its last day. */
export function lastEndedHalf(asOf: string): { year: number; half: Half; lastDay: string } {
  const { year, half } = previousHalf(asOf);
  return { year, half, lastDay: halfEnd(year, half) };
}

/** How many months back case-flow reports are checked for gaps. */
export const CASE_FLOW_MONTHS_CHECKED = 3;

/** The periods whose reports a risk assessment on `asOf` looks for. */
export function reportPeriodsChecked(asOf: string) {
  return {
    businessYear: Number(asOf.slice(0, 4)) - 1,
    staffingHalf: lastEndedHalf(asOf),
    caseFlowMonths: monthsBefore(asOf, CASE_FLOW_MONTHS_CHECKED),
  };
}

export interface ReportsOnFile {
  /** Units with a business report for the previous year. */
  businessReported: ReadonlySet<string>;
  /** Units with a staffing report for the latest half-year that has ended. */
  staffingReported: ReadonlySet<string>;
  /** The months each unit that reports case flows has reported. */
  caseFlowMonths: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Which of a contract's reports are missing on `asOf`: a yearly or half-yearly report counts
 * only for a period the contract had begun by its end, and case-flow gaps only for units that
 * report case flows at all (the worst unit's gaps count).
 */
export function missingReports(
  contract: { startDate: string },
  unitIds: readonly string[],
  onFile: ReportsOnFile,
  asOf: string,
): MissingReports {
  const { businessYear, staffingHalf, caseFlowMonths } = reportPeriodsChecked(asOf);
  return {
    businessReport:
      contract.startDate <= `${businessYear}-12-31` && unitIds.some((u) => !onFile.businessReported.has(u)),
    staffingReport: contract.startDate <= staffingHalf.lastDay && unitIds.some((u) => !onFile.staffingReported.has(u)),
    caseFlowMonths: Math.max(
      0,
      ...unitIds.flatMap((u) => {
        const reported = onFile.caseFlowMonths.get(u);
        return reported ? [caseFlowMonths.filter((m) => !reported.has(m)).length] : [];
      }),
    ),
  };
}
