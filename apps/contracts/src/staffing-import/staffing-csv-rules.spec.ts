import { parseStaffingCsv, unitCodeSystemViolation } from './staffing-csv-rules';

const UNIT = '4f1c2d3e-0000-4000-8000-000000000001';
const OTHER = '4f1c2d3e-0000-4000-8000-000000000002';
const HEADER =
  'unit_id,year,half,managers,permanent,temporary,hourly,sick_leave_percent,staff_turnover_percent,job_titles';
const parse = (csv: string, today = '2022-09-15') => parseStaffingCsv(csv, today);
const where = (csv: string, today?: string) =>
  parse(csv, today).errors.map((e) => ({ line: e.line, column: e.column, rule: e.rule, params: e.params }));

describe('a CSV file of staffing reports', () => {
  it('reads one report a row: job titles as title:headcount pairs, decimal commas, empty counts as 0', () => {
    const { rows, errors } = parse(
      [
        HEADER,
        `${UNIT},2022,1,1,9,2,4,"7,5",12,"Undersköterska:10; Sjuksköterska: 3"`,
        `${OTHER};2022;2;1;3;;;0.5;0;`,
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        unitId: UNIT,
        year: 2022,
        half: 1,
        managers: 1,
        permanent: 9,
        temporary: 2,
        hourly: 4,
        sickLeavePercent: 7.5,
        staffTurnoverPercent: 12,
        jobTitles: [
          { title: 'Undersköterska', headcount: 10 },
          { title: 'Sjuksköterska', headcount: 3 },
        ],
      },
      expect.objectContaining({ line: 3, unitId: OTHER, half: 2, temporary: 0, hourly: 0, jobTitles: [] }),
    ]);
  });

  it('names the line, column and rule of every bad cell, and then keeps no row at all', () => {
    const csv = [
      HEADER,
      `${UNIT},2022,1,1,9,2,4,7.5,12,Stödassistent:10`,
      `inte-ett-id,1999,3,-1,9,2,4,101,,Stödassistent`,
      `${UNIT},2022,2,1,1,0,0,5,5,Stödassistent:3`,
    ].join('\n');
    expect(parse(csv).rows).toEqual([]);
    expect(where(csv)).toEqual([
      { line: 3, column: 'unit_id', rule: 'NOT_AN_ID', params: {} },
      { line: 3, column: 'year', rule: 'OUT_OF_RANGE', params: { min: 2000, max: 2100, whole: true } },
      { line: 3, column: 'half', rule: 'NOT_ONE_OF', params: { allowed: ['1', '2'] } },
      { line: 3, column: 'managers', rule: 'OUT_OF_RANGE', params: { min: 0, max: 100_000, whole: true } },
      { line: 3, column: 'sick_leave_percent', rule: 'OUT_OF_RANGE', params: { min: 0, max: 100, whole: false } },
      { line: 3, column: 'staff_turnover_percent', rule: 'REQUIRED', params: {} },
      { line: 3, column: 'job_titles', rule: 'STAFFING_CSV_JOB_TITLE', params: { value: 'Stödassistent' } },
      { line: 4, column: 'job_titles', rule: 'JOB_TITLES_EXCEED_STAFF', params: { titled: 3, staff: 2 } },
    ]);
  });

  it('follows the rules of a single report: a half-year that has begun, a job title once', () => {
    expect(where([HEADER, `${UNIT},2023,1,1,1,0,0,5,5,"Chef:1;chef:1"`].join('\n'), '2022-09-15')).toEqual([
      {
        line: 2,
        column: 'half',
        rule: 'HALF_YEAR_IN_THE_FUTURE',
        params: { year: 2023, half: 1, startsOn: '2023-01-01', today: '2022-09-15' },
      },
      { line: 2, column: 'job_titles', rule: 'JOB_TITLE_TWICE', params: { title: 'chef' } },
    ]);
  });

  it('refuses a unit and half-year twice in one file, saying where it came first', () => {
    expect(where([HEADER, `${UNIT},2022,1,1,1,0,0,5,5,`, `${UNIT},2022,1,2,1,0,0,5,5,`].join('\n'))).toEqual([
      { line: 3, column: 'half', rule: 'STAFFING_CSV_ROW_REPEATED', params: { line: 2 } },
    ]);
  });

  it('refuses a header without the required columns, or with an unknown or repeated one', () => {
    expect(where('unit_id,year,half,managers,permanent,temporary,hourly,sick_leave_percent,bonus,hourly\n')).toEqual([
      {
        line: 1,
        column: 'staff_turnover_percent',
        rule: 'STAFFING_CSV_COLUMN_MISSING',
        params: { column: 'staff_turnover_percent' },
      },
      {
        line: 1,
        column: 'bonus',
        rule: 'STAFFING_CSV_COLUMN_UNKNOWN',
        params: {
          column: 'bonus',
          known: [
            'unit_id',
            'unit_code',
            'year',
            'half',
            'managers',
            'permanent',
            'temporary',
            'hourly',
            'sick_leave_percent',
            'staff_turnover_percent',
            'job_titles',
          ],
        },
      },
      { line: 1, column: 'hourly', rule: 'LISTED_TWICE', params: { value: 'hourly' } },
    ]);
  });

  it("names the units by their code in the case system's export, instead of by id", () => {
    const csv = [
      HEADER.replace('unit_id', 'unit_code'),
      `HT01,2022,1,1,9,2,4,7.5,12,`,
      `HT02,2022,1,1,3,0,0,4,0,`,
      `HT01,2022,1,1,9,2,4,7.5,12,`,
      `,2022,2,1,3,0,0,4,0,`,
      `${'X'.repeat(41)},2022,2,1,3,0,0,4,0,`,
    ].join('\n');
    expect(where(csv)).toEqual([
      { line: 4, column: 'half', rule: 'STAFFING_CSV_ROW_REPEATED', params: { line: 2 } },
      { line: 5, column: 'unit_code', rule: 'REQUIRED', params: {} },
      { line: 6, column: 'unit_code', rule: 'TEXT_LENGTH', params: { min: 1, max: 40 } },
    ]);
    const { rows, unitColumn } = parse(csv.split('\n').slice(0, 3).join('\n'));
    expect(unitColumn).toBe('unit_code');
    expect(rows.map((r) => [r.line, r.unitCode])).toEqual([
      [2, 'HT01'],
      [3, 'HT02'],
    ]);
  });

  it('refuses a header with both unit_id and unit_code, or with neither', () => {
    expect(where(`unit_code,${HEADER}\n`)).toEqual([
      { line: 1, column: '(file)', rule: 'CSV_UNIT_COLUMN', params: { found: 'BOTH' } },
    ]);
    expect(where(`${HEADER.replace('unit_id,', '')}\n`)).toEqual([
      { line: 1, column: '(file)', rule: 'CSV_UNIT_COLUMN', params: { found: 'NEITHER' } },
    ]);
  });

  it('takes a code system with unit_code only, as an UPPER_SNAKE code', () => {
    expect(unitCodeSystemViolation('unit_code', 'TRESERVA')).toBeNull();
    expect(unitCodeSystemViolation('unit_id', null)).toBeNull();
    const refusal = (column: 'unit_id' | 'unit_code', system: string | null) => {
      const v = unitCodeSystemViolation(column, system);
      return v && { field: v.field, rule: v.rule, params: v.params };
    };
    expect(refusal('unit_code', null)).toEqual({ field: 'unitCodeSystem', rule: 'REQUIRED', params: {} });
    expect(refusal('unit_code', '')).toEqual({ field: 'unitCodeSystem', rule: 'REQUIRED', params: {} });
    expect(refusal('unit_code', 'treserva')).toEqual({
      field: 'unitCodeSystem',
      rule: 'BAD_FORMAT',
      params: { format: 'UPPER_SNAKE' },
    });
    expect(refusal('unit_id', 'TRESERVA')).toEqual({
      field: 'unitCodeSystem',
      rule: 'UNIT_CODE_SYSTEM_UNUSED',
      params: {},
    });
  });

  it('refuses an empty file and one that is not CSV', () => {
    expect(where('')).toEqual([{ line: 1, column: '(file)', rule: 'STAFFING_CSV_EMPTY', params: {} }]);
    expect(parse('unit_id,year\n"a""b,c').errors.map((e) => [e.column, e.rule])).toEqual([
      ['(file)', 'STAFFING_CSV_UNREADABLE'],
    ]);
  });
});
