import { ListedCategory } from '../categories/category-rules';
import { categoryError, keptCategoryError, layoutOf, parseDeviationCsv } from './deviation-csv-rules';

const UNIT = '4f1c2d3e-0000-4000-8000-000000000001';
const header =
  'unit_id,kind,occurred_on,reported_on,description,status,actions_registered_on,final_assessed_on,seriousness,ivo_reported_on';

describe('deviation CSV', () => {
  it('reads rows with their line numbers, empty cells as absent, quoted commas kept', () => {
    const csv = `${header}\n${UNIT},SOL_LSS,2022-03-01,2022-03-02,"Fall, i badrum",CLOSED,2022-03-10,2022-04-01,,\n${UNIT},LEX_SARAH,2022-05-01,2022-05-01,Brister i bemötande,REPORTED,,,SERIOUS,2022-05-20\n`;
    const { rows, errors } = parseDeviationCsv(csv, '2022-12-31');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({
        line: 2,
        kind: 'SOL_LSS',
        description: 'Fall, i badrum',
        status: 'CLOSED',
        seriousness: undefined,
      }),
      expect.objectContaining({ line: 3, kind: 'LEX_SARAH', seriousness: 'SERIOUS', ivo_reported_on: '2022-05-20' }),
    ]);
  });

  it('checks the steps in order and the facts only some kinds have', () => {
    const rulesOf = (row: string) =>
      parseDeviationCsv(`${header},complainant\n${row}`, '2022-12-31').errors.map((e) => [e.column, e.rule]);
    expect(rulesOf(`${UNIT},SOL_LSS,2022-03-01,2022-03-02,x,CLOSED,2022-03-01,2022-03-03,,,`)).toEqual([
      ['actions_registered_on', 'BEFORE_PREVIOUS_STEP'],
    ]);
    expect(rulesOf(`${UNIT},SOL_LSS,2022-03-01,2022-03-02,x,CLOSED,2022-03-05,2022-03-04,,,`)).toEqual([
      ['final_assessed_on', 'BEFORE_PREVIOUS_STEP'],
    ]);
    expect(rulesOf(`${UNIT},SOL_LSS,2022-03-01,2022-03-02,x,INVESTIGATING,,2022-03-04,,,`)).toEqual([
      ['status', 'STATUS_BEFORE_FINAL_ASSESSMENT'],
    ]);
    expect(rulesOf(`${UNIT},LEX_MARIA,2022-03-01,2022-03-02,x,,,,NOT_SERIOUS,2022-03-04,`)).toEqual([
      ['ivo_reported_on', 'IVO_ONLY_FOR_SERIOUS'],
    ]);
    expect(rulesOf(`${UNIT},HSL,2022-03-01,2022-03-02,x,,,,,,RELATIVE`)).toEqual([
      ['complainant', 'COMPLAINANT_ONLY_FOR_COMPLAINTS'],
    ]);
    expect(rulesOf(`${UNIT},COMPLAINT,2022-03-01,2022-03-02,x,,,,,,RELATIVE`)).toEqual([]);
  });

  it('names the line, the column and the rule for every bad cell', () => {
    const csv = [
      header,
      `not-a-uuid,SOL_LSS,2022-03-01,2022-03-02,x,,,,,`,
      `${UNIT},PARKING,2022-02-30,2022-03-02,x,,,,,`,
      `${UNIT},SOL_LSS,2022-03-05,2022-03-02,x,,,,,`,
      `${UNIT},HSL,2022-03-01,2022-03-02,x,CLOSED,,,,`,
      `${UNIT},SOL_LSS,2022-03-01,2022-03-02,x,,,,SERIOUS,`,
      `${UNIT},SOL_LSS,2022-03-01,2099-03-02,x,,,,,`,
      `${UNIT},SOL_LSS,2022-03-01,2022-03-02,,,,,,`,
    ].join('\n');
    const { errors } = parseDeviationCsv(csv, '2022-12-31');
    expect(errors).toEqual([
      { line: 2, column: 'unit_id', message: 'must be a UUID', rule: 'NOT_AN_ID', params: {} },
      {
        line: 3,
        column: 'kind',
        message: 'must be one of SOL_LSS, HSL, LEX_SARAH, LEX_MARIA, COMPLAINT',
        rule: 'NOT_ONE_OF',
        params: { allowed: ['SOL_LSS', 'HSL', 'LEX_SARAH', 'LEX_MARIA', 'COMPLAINT'] },
      },
      { line: 3, column: 'occurred_on', message: 'must be a date YYYY-MM-DD', rule: 'NOT_A_DATE', params: {} },
      {
        line: 4,
        column: 'occurred_on',
        message: 'is after reported_on 2022-03-02',
        rule: 'OCCURRED_AFTER_REPORTED',
        params: { value: '2022-03-05', reportedOn: '2022-03-02' },
      },
      {
        line: 5,
        column: 'actions_registered_on',
        message: 'is required when status is CLOSED',
        rule: 'DATE_REQUIRED_FOR_STATUS',
        params: { status: 'CLOSED' },
      },
      {
        line: 5,
        column: 'final_assessed_on',
        message: 'is required when status is CLOSED',
        rule: 'DATE_REQUIRED_FOR_STATUS',
        params: { status: 'CLOSED' },
      },
      {
        line: 6,
        column: 'seriousness',
        message: 'only lex Sarah and lex Maria reports have seriousness and an IVO report',
        rule: 'SERIOUSNESS_ONLY_FOR_LEX',
        params: { kind: 'SOL_LSS' },
      },
      {
        line: 7,
        column: 'reported_on',
        message: '2099-03-02 is in the future',
        rule: 'IN_THE_FUTURE',
        params: { value: '2099-03-02', today: '2022-12-31' },
      },
      {
        line: 8,
        column: 'description',
        message: 'must not be empty',
        rule: 'TEXT_LENGTH',
        params: { min: 1, max: 10_000 },
      },
    ]);
  });

  it('refuses a header without the required columns or with unknown ones', () => {
    const missing = (column: string) => ({
      line: 1,
      column,
      message: 'is a required column but missing from the header',
      rule: 'CSV_COLUMN_MISSING',
      params: { column },
    });
    expect(parseDeviationCsv('unit_id,kind,when\n', '2022-12-31').errors).toEqual([
      missing('occurred_on'),
      missing('reported_on'),
      missing('description'),
      {
        line: 1,
        column: 'when',
        message: expect.stringContaining('is not a known column'),
        rule: 'CSV_COLUMN_UNKNOWN',
        params: { column: 'when', known: expect.arrayContaining(['unit_id', 'complaint_category']) },
      },
    ]);
  });

  it('takes the header as written and only commas between cells', () => {
    const rulesOf = (csv: string) => parseDeviationCsv(csv, '2022-12-31').errors.map((e) => [e.column, e.rule]);
    expect(rulesOf(header.replace('unit_id', 'Unit_ID'))).toEqual([
      ['unit_id', 'CSV_COLUMN_MISSING'],
      ['Unit_ID', 'CSV_COLUMN_UNKNOWN'],
    ]);
    expect(rulesOf(header.replaceAll(',', ';'))).toContainEqual([header.replaceAll(',', ';'), 'CSV_COLUMN_UNKNOWN']);
  });

  it('refuses a file that is not CSV, or empty', () => {
    expect(parseDeviationCsv(`${header}\n"unclosed,SOL_LSS`, '2022-12-31').errors[0]).toMatchObject({
      column: '(file)',
      message: expect.stringContaining('is not valid CSV'),
      rule: 'CSV_NOT_READABLE',
      params: { reason: expect.any(String) },
    });
    expect(parseDeviationCsv('', '2022-12-31').errors).toEqual([
      { line: 1, column: '(file)', message: 'is empty', rule: 'CSV_EMPTY', params: {} },
    ]);
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(parseDeviationCsv(`${header}\n${UNIT},SOL_LSS`, '2022-12-31').errors[0]).toMatchObject({
      line: 2,
      column: '(file)',
      rule: 'CSV_NOT_READABLE',
    });
  });
});

describe("a row's category", () => {
  const head = 'unit_id,kind,occurred_on,reported_on,description,category';
  const LISTED: ListedCategory[] = [
    { code: 'PLANNED_INTERVENTION_NOT_PERFORMED', kinds: ['SOL_LSS', 'HSL'], active: true },
    { code: 'MEDICATION', kinds: ['HSL', 'LEX_MARIA'], active: true },
    { code: 'OLD', kinds: ['SOL_LSS'], active: false },
  ];
  const rowOf = (kind: string, category: string) =>
    parseDeviationCsv(`${head}\n${UNIT},${kind},2022-03-01,2022-03-02,Text,${category}`, '2022-12-31').rows[0];

  it('is the code in the optional category column; an empty cell is none, no column says nothing', () => {
    expect(rowOf('SOL_LSS', 'PLANNED_INTERVENTION_NOT_PERFORMED').category).toBe('PLANNED_INTERVENTION_NOT_PERFORMED');
    expect(rowOf('SOL_LSS', '').category).toBeNull();
    const without = parseDeviationCsv(`${header}\n${UNIT},SOL_LSS,2022-03-01,2022-03-02,Text,,,,,`, '2022-12-31');
    expect(without.rows[0].category).toBeUndefined();
  });

  it("is one in use and listed for the row's kind, or an error at its line and column", () => {
    const layout = layoutOf();
    expect(categoryError(rowOf('SOL_LSS', 'PLANNED_INTERVENTION_NOT_PERFORMED'), LISTED, layout)).toBeNull();
    expect(categoryError(rowOf('SOL_LSS', ''), LISTED, layout)).toBeNull();
    expect(categoryError(rowOf('SOL_LSS', 'MISSED'), LISTED, layout)).toMatchObject({
      line: 2,
      column: 'category',
      rule: 'NOT_ACTIVE_CATEGORY',
      params: { value: 'MISSED', kind: 'SOL_LSS', allowed: ['PLANNED_INTERVENTION_NOT_PERFORMED'] },
    });
    expect(categoryError(rowOf('SOL_LSS', 'OLD'), LISTED, layout)).toMatchObject({ rule: 'NOT_ACTIVE_CATEGORY' });
    expect(categoryError(rowOf('SOL_LSS', 'MEDICATION'), LISTED, layout)).toMatchObject({
      rule: 'CATEGORY_NOT_FOR_KIND',
      params: { value: 'MEDICATION', kind: 'SOL_LSS', kinds: ['HSL', 'LEX_MARIA'] },
    });
    expect(categoryError(rowOf('COMPLAINT', 'MEDICATION'), LISTED, layout)).toMatchObject({
      rule: 'CATEGORY_NOT_FOR_KIND',
    });
  });

  it('kept from before, must still fit the kind the file gives, or the row is refused at the kind', () => {
    const layout = layoutOf();
    const without = (kind: string) =>
      parseDeviationCsv(`${header}\n${UNIT},${kind},2022-03-01,2022-03-02,Text,,,,,`, '2022-12-31').rows[0];
    const kept = 'PLANNED_INTERVENTION_NOT_PERFORMED';
    expect(keptCategoryError(without('HSL'), kept, LISTED, layout)).toBeNull();
    expect(
      keptCategoryError(
        without('HSL'),
        'RETIRED',
        [...LISTED, { code: 'RETIRED', kinds: ['HSL'], active: false }],
        layout,
      ),
    ).toBeNull();
    expect(keptCategoryError(without('COMPLAINT'), kept, LISTED, layout)).toMatchObject({
      line: 2,
      column: 'kind',
      rule: 'CATEGORY_NOT_FOR_KIND',
      params: { value: kept, kind: 'COMPLAINT', kinds: ['SOL_LSS', 'HSL'] },
    });
    // The file's own category is checked as the file gives it.
    expect(keptCategoryError(rowOf('COMPLAINT', ''), kept, LISTED, layout)).toBeNull();
  });
});
