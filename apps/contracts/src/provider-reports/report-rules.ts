import { type Half, halfStart } from '@kvalitetsnav/calendar';
import { commonViolation, contractsViolation, RuleViolation } from '@kvalitetsnav/codes';
import type { BusinessReportSection } from '@kvalitetsnav/codes';

/** Rules for providers' reports that input rules cannot express (they need today, or sums). */

/** A business report covers a year that has begun; a later year is in the future. */
export function businessReportPeriodViolation(year: number, today: string): RuleViolation | null {
  return year > Number(today.slice(0, 4))
    ? commonViolation('IN_THE_FUTURE', 'year', { value: String(year), today })
    : null;
}

/** A staffing report covers a half-year that has begun. */
export function staffingReportPeriodViolation(year: number, half: Half, today: string): RuleViolation | null {
  const startsOn = halfStart(year, half);
  return startsOn > today
    ? contractsViolation('HALF_YEAR_IN_THE_FUTURE', 'half', { year, half, startsOn, today })
    : null;
}

export interface StaffingFigures {
  managers: number;
  permanent: number;
  temporary: number;
  hourly: number;
  jobTitles: { title: string; headcount: number }[];
}

/** Job titles break down the staff: their headcounts cannot add up to more than the staff, nor repeat a title. */
export function staffingConsistencyViolations(figures: StaffingFigures): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const staff = figures.managers + figures.permanent + figures.temporary + figures.hourly;
  const titled = figures.jobTitles.reduce((sum, t) => sum + t.headcount, 0);
  if (titled > staff) violations.push(contractsViolation('JOB_TITLES_EXCEED_STAFF', 'jobTitles', { titled, staff }));
  const seen = new Set<string>();
  for (const { title } of figures.jobTitles) {
    const key = title.trim().toLocaleLowerCase('sv');
    if (seen.has(key)) violations.push(contractsViolation('JOB_TITLE_TWICE', 'jobTitles', { title: title.trim() }));
    seen.add(key);
  }
  return violations;
}

/** Each section of the business report template at most once, and the summary always. */
export function businessSectionViolations(sections: { section: BusinessReportSection }[]): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const seen = new Set<BusinessReportSection>();
  for (const { section } of sections) {
    if (seen.has(section)) violations.push(contractsViolation('SECTION_TWICE', 'sections', { section }));
    seen.add(section);
  }
  if (!seen.has('SUMMARY')) violations.push(contractsViolation('SECTION_REQUIRED', 'sections', { section: 'SUMMARY' }));
  return violations;
}

/** Which units lack a staffing report can only be asked of a half-year. */
export function missingReportQueryViolation(kind: 'BUSINESS' | 'STAFFING', half: Half | null): RuleViolation | null {
  return kind === 'STAFFING' && half === null ? contractsViolation('HALF_REQUIRED', 'half', { kind }) : null;
}

export interface ReportedPeriod {
  unitId: string;
  year: number;
  half: Half | null;
}

/** Units that have not reported for a period, given what was reported. */
export function unitsMissingReport<U extends { id: string }>(
  units: U[],
  reported: ReportedPeriod[],
  year: number,
  half: Half | null,
): U[] {
  const done = new Set(reported.filter((r) => r.year === year && r.half === half).map((r) => r.unitId));
  return units.filter((u) => !done.has(u.id));
}
