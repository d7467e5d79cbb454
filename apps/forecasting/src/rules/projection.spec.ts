import { normaliseAgeBand, parseScbPopulation, projectDemand } from './projection';

const TABLE = `"region","ålder","2023","2024","2025"
"0580 Linköping","80-84 år","6 120","6 410","6 700"
"0580 Linköping","85-89 år","3 010","3 080","3 200"
"0580 Linköping","90+ år","1 500","1 560","1 650"`;

describe('SCB population tables', () => {
  it('read region, age band and one count per year, thousands separators and all', () => {
    const { rows, errors } = parseScbPopulation(TABLE);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual({ region: '0580', ageBand: '80-84', year: 2023, count: 6120 });
    expect(rows.find((r) => r.ageBand === '90+' && r.year === 2025)?.count).toBe(1650);
  });

  it('name the line and column of what is wrong, and keep nothing', () => {
    const { rows, errors } = parseScbPopulation(`"region","ålder","2023"\n"0580","åttio","x"\n`);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      'line 2: ålder "åttio" is not an age band like "80-84 år" or "90+ år"',
      'line 2: 2023 "x" is not a whole number 0 or more',
    ]);
    expect(parseScbPopulation(`"region","ålder","förra året"\n`).errors).toEqual([
      'column 3 ("förra året") is not a year',
    ]);
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

describe('long-term demand', () => {
  it('multiplies population by usage rate and finds the year places run out', () => {
    const { rows } = parseScbPopulation(TABLE);
    // 2023: 6120·.05 + 3010·.15 + 1500·.3 = 306 + 451.5 + 450 = 1207.5
    const result = projectDemand(rows, { '80-84': 0.05, '85-89': 0.15, '90+': 0.3 }, 1250, [2023, 2024, 2025]);
    expect(result.years[0]).toEqual({ year: 2023, population: 10630, demand: 1207.5, capacity: 1250, shortfall: 0 });
    // 2024: 320.5 + 462 + 468 = 1250.5 > 1250
    expect(result.years[1].demand).toBeCloseTo(1250.5, 10);
    expect(result.runsOutIn).toBe(2024);
    expect(result.missingBands).toEqual([]);
  });

  it('says which bands have no population figures, and never runs out with room to spare', () => {
    const result = projectDemand([], { '65-79': 0.01 }, 100, [2030]);
    expect(result).toEqual({
      years: [{ year: 2030, population: 0, demand: 0, capacity: 100, shortfall: 0 }],
      runsOutIn: null,
      missingBands: ['65-79'],
    });
  });
});
