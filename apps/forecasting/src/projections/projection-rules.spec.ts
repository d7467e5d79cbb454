import { parseScbPopulation } from './population-rules';
import { projectDemand, usageRateViolations } from './projection-rules';

const TABLE = `"region","ålder","2023","2024","2025"
"0580 Linköping","80-84 år","6 120","6 410","6 700"
"0580 Linköping","85-89 år","3 010","3 080","3 200"
"0580 Linköping","90+ år","1 500","1 560","1 650"`;

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

describe("a service area's usage rates", () => {
  it('name each age band once, as 80-84 or 90+', () => {
    expect(usageRateViolations([{ ageBand: '80-84' }, { ageBand: '85-89' }, { ageBand: '90+' }])).toEqual([]);
    expect(usageRateViolations([])).toEqual([]);
  });

  it('are refused for an age band written otherwise, or named twice, at its place in the list', () => {
    const refused = usageRateViolations([{ ageBand: '80-84' }, { ageBand: '80 till 84' }, { ageBand: '80-84' }]);
    expect(refused.map((v) => ({ rule: v.rule, field: v.field, params: v.params, message: v.message }))).toEqual([
      {
        rule: 'NOT_AN_AGE_BAND',
        field: 'rates.1.ageBand',
        params: { value: '80 till 84' },
        message: 'rates.ageBand must look like 80-84 or 90+',
      },
      {
        rule: 'LISTED_TWICE',
        field: 'rates.2.ageBand',
        params: { value: '80-84' },
        message: 'rates.ageBand names 80-84 more than once',
      },
    ]);
  });
});
