/** Rules for providers' reports that class-validator cannot express (they need today, or sums). */

export interface RuleProblem {
  field: string;
  message: string;
}

export type Half = 1 | 2;

/** The first day of a half-year: 1 January or 1 July. */
export function halfStart(year: number, half: Half): string {
  return `${year}-${half === 1 ? '01' : '07'}-01`;
}

/** The half-year a date falls in. */
export function halfOf(date: string): { year: number; half: Half } {
  return { year: Number(date.slice(0, 4)), half: Number(date.slice(5, 7)) <= 6 ? 1 : 2 };
}

/** A business report covers a year that has begun; a later year is in the future. */
export function businessReportPeriodProblem(year: number, today: string): RuleProblem | null {
  const current = Number(today.slice(0, 4));
  return year > current ? { field: 'year', message: `year ${year} is in the future (today is ${today})` } : null;
}

/** A staffing report covers a half-year that has begun. */
export function staffingReportPeriodProblem(year: number, half: Half, today: string): RuleProblem | null {
  return halfStart(year, half) > today
    ? {
        field: 'half',
        message: `half-year ${year}:${half} is in the future (it starts ${halfStart(year, half)}, today is ${today})`,
      }
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
export function staffingConsistencyProblems(figures: StaffingFigures): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const staff = figures.permanent + figures.temporary + figures.hourly;
  const titled = figures.jobTitles.reduce((sum, t) => sum + t.headcount, 0);
  if (titled > staff + figures.managers) {
    problems.push({
      field: 'jobTitles',
      message: `jobTitles add up to ${titled} people but the report has ${staff + figures.managers} (managers + permanent + temporary + hourly)`,
    });
  }
  const seen = new Set<string>();
  for (const { title } of figures.jobTitles) {
    const key = title.trim().toLocaleLowerCase('sv');
    if (seen.has(key))
      problems.push({ field: 'jobTitles', message: `jobTitles lists "${title.trim()}" more than once` });
    seen.add(key);
  }
  return problems;
}

/** Each section of the business report template at most once, and the summary always. */
export function businessSectionProblems(sections: { section: string }[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  for (const { section } of sections) {
    if (seen.has(section)) problems.push({ field: 'sections', message: `sections has ${section} more than once` });
    seen.add(section);
  }
  if (!seen.has('SUMMARY')) problems.push({ field: 'sections', message: 'sections must include SUMMARY' });
  return problems;
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
