import { csvCell, isXlsx, sheetToCsv } from './spreadsheet';

describe('a spreadsheet read as the CSV the imports take', () => {
  it('writes every cell as text: numbers with a point, a month column as YYYY-MM, other dates as days', () => {
    expect(
      sheetToCsv([
        ['unit_id', 'Month', 'incoming', 'share', 'since'],
        ['a', new Date(Date.UTC(2024, 4, 1)), 7, 0.1 + 0.2, new Date(Date.UTC(2024, 0, 31))],
      ]),
    ).toBe('unit_id,Month,incoming,share,since\na,2024-05,7,0.3,2024-01-31');
  });

  it('quotes a cell with a separator, quote or line break, and leaves out empty rows', () => {
    expect(
      sheetToCsv([
        ['job_titles', 'note'],
        ['Undersköterska:12; Sjuksköterska:3', 'sa "hej", gick'],
        [null, ''],
        [undefined, 'rad\ntvå'],
      ]),
    ).toBe('job_titles,note\n"Undersköterska:12; Sjuksköterska:3","sa ""hej"", gick"\n,"rad\ntvå"');
    expect(csvCell(' kant')).toBe('" kant"');
    expect(csvCell('vanlig')).toBe('vanlig');
  });

  it('tells a spreadsheet from CSV by its name or type', () => {
    expect(isXlsx({ name: 'Bemanning.XLSX', type: '' })).toBe(true);
    expect(isXlsx({ name: 'fil', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })).toBe(
      true,
    );
    expect(isXlsx({ name: 'flöden.csv', type: 'text/csv' })).toBe(false);
  });
});
