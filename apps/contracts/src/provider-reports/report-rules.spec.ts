import { halfOf, halfStart } from '@kvalitetsnav/calendar';
import {
  businessReportPeriodViolation,
  businessSectionViolations,
  missingReportQueryViolation,
  staffingConsistencyViolations,
  staffingReportPeriodViolation,
  unitsMissingReport,
} from './report-rules';

describe('provider report rules', () => {
  it('places dates in half-years', () => {
    expect(halfOf('2022-06-30')).toEqual({ year: 2022, half: 1 });
    expect(halfOf('2022-07-01')).toEqual({ year: 2022, half: 2 });
    expect(halfStart(2022, 2)).toBe('2022-07-01');
  });

  it('refuses a business report for a year that has not begun', () => {
    expect(businessReportPeriodViolation(2022, '2022-01-01')).toBeNull();
    expect(businessReportPeriodViolation(2023, '2022-12-31')).toMatchObject({
      field: 'year',
      code: 'VALIDATION_FAILED',
      rule: 'IN_THE_FUTURE',
      params: { value: '2023', today: '2022-12-31' },
      message: 'year 2023 is in the future (today is 2022-12-31)',
    });
  });

  it('refuses a staffing report for a half-year that has not begun, to the day', () => {
    expect(staffingReportPeriodViolation(2022, 2, '2022-07-01')).toBeNull();
    expect(staffingReportPeriodViolation(2022, 2, '2022-06-30')).toMatchObject({
      field: 'half',
      rule: 'HALF_YEAR_IN_THE_FUTURE',
      params: { year: 2022, half: 2, startsOn: '2022-07-01', today: '2022-06-30' },
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
    expect(staffingConsistencyViolations(staffing)).toEqual([]);
    expect(staffingConsistencyViolations({ ...staffing, jobTitles: [] })).toEqual([]);
  });

  it('refuses job titles adding up to more people than reported, or a title twice', () => {
    expect(
      staffingConsistencyViolations({ ...staffing, jobTitles: [{ title: 'Undersköterska', headcount: 15 }] }),
    ).toMatchObject([
      {
        field: 'jobTitles',
        rule: 'JOB_TITLES_EXCEED_STAFF',
        params: { titled: 15, staff: 14 },
        message: 'jobTitles add up to 15 people but the report has 14 (managers + permanent + temporary + hourly)',
      },
    ]);
    const twice = staffingConsistencyViolations({
      ...staffing,
      jobTitles: [
        { title: 'Stödassistent', headcount: 1 },
        { title: ' stödassistent ', headcount: 1 },
      ],
    });
    expect(twice).toHaveLength(1);
    expect(twice).toMatchObject([
      {
        field: 'jobTitles',
        rule: 'JOB_TITLE_TWICE',
        params: { title: 'stödassistent' },
        message: 'jobTitles lists "stödassistent" more than once',
      },
    ]);
  });

  it('wants the summary section, and each section once', () => {
    expect(businessSectionViolations([{ section: 'SUMMARY' }, { section: 'QUALITY_WORK' }])).toEqual([]);
    const violations = businessSectionViolations([{ section: 'QUALITY_WORK' }, { section: 'QUALITY_WORK' }]);
    expect(violations).toHaveLength(2);
    expect(violations).toMatchObject([
      {
        field: 'sections',
        rule: 'SECTION_TWICE',
        params: { section: 'QUALITY_WORK' },
        message: 'sections has QUALITY_WORK more than once',
      },
      {
        field: 'sections',
        rule: 'SECTION_REQUIRED',
        params: { section: 'SUMMARY' },
        message: 'sections must include SUMMARY',
      },
    ]);
  });

  it('asks which units lack a staffing report only of a half-year', () => {
    expect(missingReportQueryViolation('BUSINESS', null)).toBeNull();
    expect(missingReportQueryViolation('STAFFING', 2)).toBeNull();
    expect(missingReportQueryViolation('STAFFING', null)).toMatchObject({
      field: 'half',
      rule: 'HALF_REQUIRED',
      params: { kind: 'STAFFING' },
      message: 'half is required for STAFFING reports',
    });
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
