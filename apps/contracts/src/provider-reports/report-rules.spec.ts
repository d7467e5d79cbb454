import {
  businessReportPeriodProblem,
  businessSectionProblems,
  halfOf,
  halfStart,
  staffingConsistencyProblems,
  staffingReportPeriodProblem,
  unitsMissingReport,
} from './report-rules';

describe('provider report rules', () => {
  it('places dates in half-years', () => {
    expect(halfOf('2022-06-30')).toEqual({ year: 2022, half: 1 });
    expect(halfOf('2022-07-01')).toEqual({ year: 2022, half: 2 });
    expect(halfStart(2022, 2)).toBe('2022-07-01');
  });

  it('refuses a business report for a year that has not begun', () => {
    expect(businessReportPeriodProblem(2022, '2022-01-01')).toBeNull();
    expect(businessReportPeriodProblem(2023, '2022-12-31')).toEqual({
      field: 'year',
      message: 'year 2023 is in the future (today is 2022-12-31)',
    });
  });

  it('refuses a staffing report for a half-year that has not begun, to the day', () => {
    expect(staffingReportPeriodProblem(2022, 2, '2022-07-01')).toBeNull();
    expect(staffingReportPeriodProblem(2022, 2, '2022-06-30')).toEqual({
      field: 'half',
      message: 'half-year 2022:2 is in the future (it starts 2022-07-01, today is 2022-06-30)',
    });
  });

  const staffing = {
    managers: 1,
    permanent: 8,
    temporary: 2,
    hourly: 3,
    jobTitles: [
      { title: 'Undersköterska', headcount: 9 },
      { title: 'Stödassistent', headcount: 4 },
    ],
  };

  it('accepts job titles that break down the staff', () => {
    expect(staffingConsistencyProblems(staffing)).toEqual([]);
    expect(staffingConsistencyProblems({ ...staffing, jobTitles: [] })).toEqual([]);
  });

  it('refuses job titles adding up to more people than reported, or a title twice', () => {
    expect(
      staffingConsistencyProblems({ ...staffing, jobTitles: [{ title: 'Undersköterska', headcount: 15 }] }),
    ).toEqual([
      {
        field: 'jobTitles',
        message: 'jobTitles add up to 15 people but the report has 14 (managers + permanent + temporary + hourly)',
      },
    ]);
    expect(
      staffingConsistencyProblems({
        ...staffing,
        jobTitles: [
          { title: 'Stödassistent', headcount: 1 },
          { title: ' stödassistent ', headcount: 1 },
        ],
      }),
    ).toEqual([{ field: 'jobTitles', message: 'jobTitles lists "stödassistent" more than once' }]);
  });

  it('wants the summary section, and each section once', () => {
    expect(businessSectionProblems([{ section: 'SUMMARY' }, { section: 'QUALITY_WORK' }])).toEqual([]);
    expect(businessSectionProblems([{ section: 'QUALITY_WORK' }, { section: 'QUALITY_WORK' }])).toEqual([
      { field: 'sections', message: 'sections has QUALITY_WORK more than once' },
      { field: 'sections', message: 'sections must include SUMMARY' },
    ]);
  });

  it('lists the units with no report for the period', () => {
    const units = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const reported = [
      { unitId: 'a', year: 2022, half: 1 as const },
      { unitId: 'b', year: 2022, half: 2 as const },
      { unitId: 'c', year: 2021, half: 1 as const },
    ];
    expect(unitsMissingReport(units, reported, 2022, 1)).toEqual([{ id: 'b' }, { id: 'c' }]);
    expect(unitsMissingReport(units, [{ unitId: 'a', year: 2022, half: null }], 2022, null)).toEqual([
      { id: 'b' },
      { id: 'c' },
    ]);
  });
});
