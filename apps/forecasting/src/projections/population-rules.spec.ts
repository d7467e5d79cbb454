import { normaliseAgeBand, parseScbPopulation, problemAt } from './population-rules';

const TABLE = `"region","ålder","2023","2024","2025"
"0580 Linköping","80-84 år","6 120","6 410","6 700"
"0580 Linköping","85-89 år","3 010","3 080","3 200"
"0580 Linköping","90+ år","1 500","1 560","1 650"`;

const messages = (csv: string) => parseScbPopulation(csv).problems.map((p) => p.message);

describe('SCB population tables', () => {
  it('read region, age band and one count per year, thousands separators and all', () => {
    const { rows, problems } = parseScbPopulation(TABLE);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual({ region: '0580', ageBand: '80-84', year: 2023, count: 6120 });
    expect(rows.find((r) => r.ageBand === '90+' && r.year === 2025)?.count).toBe(1650);
  });

  it('name the line and column of what is wrong, and keep nothing', () => {
    const { rows, problems } = parseScbPopulation(`"region","ålder","2023"\n"0580","åttio","x"\n`);
    expect(rows).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      'line 2: ålder "åttio" is not an age band like "80-84 år" or "90+ år"',
      'line 2: 2023 "x" is not a whole number 0 or more',
    ]);
    expect(problems.map((p) => [p.rule, p.field, p.params])).toEqual([
      ['POPULATION_AGE_BAND', 'csv', { line: 2, value: 'åttio' }],
      ['POPULATION_COUNT', 'csv', { line: 2, column: 3, header: '2023', value: 'x' }],
    ]);
    expect(messages(`"region","ålder","förra året"\n`)).toEqual(['column 3 ("förra året") is not a year']);
    expect(parseScbPopulation(`"region","ålder","förra året"\n`).problems[0].params).toEqual({
      column: 3,
      header: 'förra året',
    });
  });

  it('refuse a table without a year column, and a file that is not CSV', () => {
    expect(parseScbPopulation(`"region","ålder"\n`).problems.map((p) => p.rule)).toEqual(['POPULATION_CSV_HEADER']);
    expect(parseScbPopulation(`"region","ålder","2023"\n"0580","80-84 år","1""2`).problems).toEqual([
      expect.objectContaining({ rule: 'POPULATION_CSV_UNREADABLE', code: 'VALIDATION_FAILED' }),
    ]);
  });

  it('tell where each problem is, as a code and its place in the file', () => {
    const { problems } = parseScbPopulation(`"region","ålder","2023"\n"0580","åttio","x"\n`);
    expect(problems.map(problemAt)).toEqual([
      { code: 'POPULATION_AGE_BAND', line: 2, column: null, header: null, value: 'åttio' },
      { code: 'POPULATION_COUNT', line: 2, column: 3, header: '2023', value: 'x' },
    ]);
    expect(problemAt(parseScbPopulation('"region"').problems[0])).toEqual({
      code: 'POPULATION_CSV_HEADER',
      line: null,
      column: null,
      header: null,
      value: null,
    });
  });

  it('normalise age labels', () => {
    expect(['80-84 år', '85–89', '90+ år', '95 år eller äldre', 'alla'].map(normaliseAgeBand)).toEqual([
      '80-84',
      '85-89',
      '90+',
      '95+',
      null,
    ]);
  });
});
