import { parseDeviationCsv } from './deviation-csv';

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
      { line: 2, column: 'unit_id', message: 'must be a UUID' },
      { line: 3, column: 'kind', message: 'must be one of SOL_LSS, HSL, LEX_SARAH, LEX_MARIA, COMPLAINT' },
      { line: 3, column: 'occurred_on', message: 'must be a date YYYY-MM-DD' },
      { line: 4, column: 'occurred_on', message: 'is after reported_on 2022-03-02' },
      { line: 5, column: 'actions_registered_on', message: 'is required when status is CLOSED' },
      { line: 5, column: 'final_assessed_on', message: 'is required when status is CLOSED' },
      {
        line: 6,
        column: 'seriousness',
        message: 'only lex Sarah and lex Maria reports have seriousness and an IVO report',
      },
      { line: 7, column: 'reported_on', message: '2099-03-02 is in the future' },
      { line: 8, column: 'description', message: 'must not be empty' },
    ]);
  });

  it('refuses a header without the required columns or with unknown ones', () => {
    expect(parseDeviationCsv('unit_id,kind,when\n', '2022-12-31').errors).toEqual([
      { line: 1, column: 'occurred_on', message: 'is a required column but missing from the header' },
      { line: 1, column: 'reported_on', message: 'is a required column but missing from the header' },
      { line: 1, column: 'description', message: 'is a required column but missing from the header' },
      { line: 1, column: 'when', message: expect.stringContaining('is not a known column') },
    ]);
  });

  it('refuses a file that is not CSV, or empty', () => {
    expect(parseDeviationCsv(`${header}\n"unclosed,SOL_LSS`, '2022-12-31').errors[0]).toMatchObject({
      column: '(file)',
      message: expect.stringContaining('is not valid CSV'),
    });
    expect(parseDeviationCsv('', '2022-12-31').errors).toEqual([{ line: 1, column: '(file)', message: 'is empty' }]);
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(parseDeviationCsv(`${header}\n${UNIT},SOL_LSS`, '2022-12-31').errors[0]).toMatchObject({
      line: 2,
      column: '(file)',
    });
  });
});
