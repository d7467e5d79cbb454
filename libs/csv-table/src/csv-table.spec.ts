import { CsvTableProblem, readCsvTable } from './index';

const COLUMNS = { known: ['unit_id', 'month', 'note'], required: ['unit_id', 'month'] };
const UNIT = '4f1c2d3e-0000-4000-8000-000000000001';
const read = (csv: string, options = {}) => readCsvTable<CsvTableProblem>(csv, COLUMNS, options, (problem) => problem);
const problemsOf = (csv: string, options = {}) => {
  const file = read(csv, options);
  return 'errors' in file ? file.errors : [];
};

describe('a CSV table', () => {
  it('is its header in lower case and its rows, each with its line, the header being line 1', () => {
    const csv = `\uFEFFUnit_ID;Month\n\n ${UNIT} ; 2022-05 \n${UNIT},"2022-06"\n`;
    expect(read(csv)).toEqual({
      header: ['unit_id', 'month'],
      rows: [
        { line: 2, values: [UNIT, '2022-05'] },
        { line: 3, values: [UNIT, '2022-06'] },
      ],
    });
  });

  it('is UNREADABLE where the parser gives up, with its reason', () => {
    const [problem] = problemsOf(`unit_id,month\n${UNIT},"2022-05\n`);
    expect(problem).toEqual({ kind: 'UNREADABLE', line: 2, reason: expect.stringContaining('Quote Not Closed') });
    expect(problemsOf(`unit_id,month\n${UNIT},2022-05,extra`)).toEqual([
      { kind: 'UNREADABLE', line: 2, reason: expect.any(String) },
    ]);
  });

  it('is EMPTY with no header at all, blank lines and a byte order mark being nothing', () => {
    expect(problemsOf('')).toEqual([{ kind: 'EMPTY', line: 1 }]);
    expect(problemsOf('\uFEFF\n\n')).toEqual([{ kind: 'EMPTY', line: 1 }]);
  });

  it('names, at line 1, every required column missing, then every unknown, then every repeated one', () => {
    expect(problemsOf('note,colour,note,size')).toEqual([
      { kind: 'COLUMN_MISSING', line: 1, column: 'unit_id' },
      { kind: 'COLUMN_MISSING', line: 1, column: 'month' },
      { kind: 'COLUMN_UNKNOWN', line: 1, column: 'colour', known: COLUMNS.known },
      { kind: 'COLUMN_UNKNOWN', line: 1, column: 'size', known: COLUMNS.known },
      { kind: 'COLUMN_REPEATED', line: 1, column: 'note' },
    ]);
  });

  it('is TOO_MANY_ROWS past the limit, at the first line beyond it, and only once the header is right', () => {
    const rows = (n: number) => Array.from({ length: n }, () => `${UNIT},2022-05`);
    expect(problemsOf(['unit_id,month', ...rows(3)].join('\n'), { maxRows: 3 })).toEqual([]);
    expect(problemsOf(['unit_id,month', ...rows(4)].join('\n'), { maxRows: 3 })).toEqual([
      { kind: 'TOO_MANY_ROWS', line: 5, rows: 4, max: 3 },
    ]);
    expect(problemsOf(['unit_id', UNIT, UNIT, UNIT, UNIT].join('\n'), { maxRows: 3 })).toEqual([
      { kind: 'COLUMN_MISSING', line: 1, column: 'month' },
    ]);
  });

  it('separates cells only by the delimiters asked for', () => {
    expect(problemsOf(`unit_id;month\n${UNIT};2022-05`, { delimiters: [','] })).toEqual([
      { kind: 'COLUMN_MISSING', line: 1, column: 'unit_id' },
      { kind: 'COLUMN_MISSING', line: 1, column: 'month' },
      { kind: 'COLUMN_UNKNOWN', line: 1, column: 'unit_id;month', known: COLUMNS.known },
    ]);
  });

  it('keeps the header as written and a column named twice when asked to', () => {
    const options = { keepHeaderCase: true, allowRepeatedColumns: true };
    expect(problemsOf('Unit_ID,month', options)).toEqual([
      { kind: 'COLUMN_MISSING', line: 1, column: 'unit_id' },
      { kind: 'COLUMN_UNKNOWN', line: 1, column: 'Unit_ID', known: COLUMNS.known },
    ]);
    expect(read(`unit_id,month,month\n${UNIT},2022-05,2022-06`, options)).toEqual({
      header: ['unit_id', 'month', 'month'],
      rows: [{ line: 2, values: [UNIT, '2022-05', '2022-06'] }],
    });
  });

  it('reads past columns it does not know when asked to, as an export carries more than is imported', () => {
    expect(read(`unit_id,month,Handläggare\n${UNIT},2022-05,Eva`, { allowUnknownColumns: true })).toEqual({
      header: ['unit_id', 'month', 'handläggare'],
      rows: [{ line: 2, values: [UNIT, '2022-05', 'Eva'] }],
    });
  });

  it('turns every problem into the caller’s own error', () => {
    const file = readCsvTable('', COLUMNS, {}, (p) => `${p.kind} at line ${p.line}`);
    expect(file).toEqual({ errors: ['EMPTY at line 1'] });
  });
});
