/** Months as YYYY-MM strings: they sort and compare as text. */

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function addMonth(month: string, count = 1): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonth(m)) out.push(m);
  return out;
}

export function missingMonths(reported: string[], from: string, to: string): string[] {
  const have = new Set(reported);
  return monthsBetween(from, to).filter((m) => !have.has(m));
}

export interface CaseFlowFigures {
  month: string;
  incoming: number;
  outgoing: number;
  closedByReason: { reason: string; count: number }[];
}

/**
 * A month's report must be over (not the current or a later month), and the closed cases it
 * explains by reason must add up to the cases that went out.
 */
export function caseFlowProblems(
  report: CaseFlowFigures,
  currentMonth: string,
  knownReasons: string[],
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (report.month >= currentMonth)
    problems.push({ field: 'month', message: `month ${report.month} has not ended (it is ${currentMonth} now)` });
  const explained = report.closedByReason.reduce((s, r) => s + r.count, 0);
  if (explained !== report.outgoing)
    problems.push({
      field: 'closedByReason',
      message: `closedByReason adds up to ${explained} but outgoing is ${report.outgoing}`,
    });
  const seen = new Set<string>();
  report.closedByReason.forEach((r, i) => {
    if (!knownReasons.includes(r.reason))
      problems.push({
        field: `closedByReason.${i}.reason`,
        message: `${r.reason} is not an active reason (${knownReasons.join(', ')})`,
      });
    if (seen.has(r.reason))
      problems.push({ field: `closedByReason.${i}.reason`, message: `${r.reason} is listed twice` });
    seen.add(r.reason);
  });
  return problems;
}
