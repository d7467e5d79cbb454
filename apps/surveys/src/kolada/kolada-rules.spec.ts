import { koladaGender, koladaKpiFor, parseKoladaFile } from './kolada-rules';

describe('Kolada files', () => {
  it('flattens values per gender and skips empty ones', () => {
    const file = {
      values: [
        {
          kpi: 'U28532',
          municipality: '0580',
          period: 2022,
          values: [
            { gender: 'T', value: 87, count: 1 },
            { gender: 'K', value: null },
            { gender: 'M', value: 85.2 },
          ],
        },
        { kpi: 'U28532', municipality: '0000', period: '2022', values: [{ gender: 'T', value: 82 }] },
      ],
    };
    expect(parseKoladaFile(JSON.stringify(file))).toEqual({
      rows: [
        { kpi: 'U28532', municipality: '0580', period: '2022', gender: 'T', value: 87 },
        { kpi: 'U28532', municipality: '0580', period: '2022', gender: 'M', value: 85.2 },
        { kpi: 'U28532', municipality: '0000', period: '2022', gender: 'T', value: 82 },
      ],
      errors: [],
      violations: [],
    });
  });

  it('names the path of what is wrong', () => {
    expect(
      parseKoladaFile('{"values":[{"kpi":"x","municipality":"580","period":2022,"values":[{"gender":"X","value":1}]}]}')
        .errors,
    ).toEqual([
      'values.0.kpi: must look like U28532',
      'values.0.municipality: must be a four-digit municipality code (0000 is the whole country)',
      'values.0.values.0.gender: must be T, K or M',
    ]);
    expect(parseKoladaFile('not json').errors).toEqual(['the file is not JSON']);
  });

  it("maps our gender split to Kolada's", () => {
    expect(['TOTAL', 'WOMAN', 'MAN', 'NOT_STATED'].map(koladaGender)).toEqual(['T', 'K', 'M', null]);
  });

  it('names the rule and path of every problem', () => {
    const { violations } = parseKoladaFile(
      '{"values":[{"kpi":"U28532","municipality":"0580","period":"22","values":[{"gender":"T"}]}, 7]}',
    );
    expect(violations.map((v) => [v.rule, v.field, v.code])).toEqual([
      ['NOT_A_YEAR', 'values.0.period', 'VALIDATION_FAILED'],
      ['REQUIRED', 'values.0.values.0.value', 'VALIDATION_FAILED'],
      ['NOT_AN_OBJECT', 'values.1', 'VALIDATION_FAILED'],
    ]);
    expect(parseKoladaFile('{"value":[]}').violations.map((v) => [v.rule, v.message])).toEqual([
      ['NOT_A_LIST', 'values must be a list'],
    ]);
  });
});

describe('which KPI has the national figure', () => {
  const question = {
    koladaKpi: 'U28532',
    koladaKpiByServiceArea: [
      { serviceArea: 'LSS_GROUP_HOME', kpi: 'U28532' },
      { serviceArea: 'LSS_SERVICE_HOME', kpi: 'U28533' },
    ],
  };

  it("is the question's own for the total and the genders", () => {
    expect(koladaKpiFor(question, 'TOTAL', 'TOTAL')).toBe('U28532');
    expect(koladaKpiFor(question, 'GENDER', 'WOMAN')).toBe('U28532');
  });

  it("is the service area's own for results by service area: group homes and service homes differ", () => {
    expect(koladaKpiFor(question, 'SERVICE_AREA', 'LSS_GROUP_HOME')).toBe('U28532');
    expect(koladaKpiFor(question, 'SERVICE_AREA', 'LSS_SERVICE_HOME')).toBe('U28533');
  });

  it('is none for an area without its own KPI, and for units and providers', () => {
    expect(koladaKpiFor(question, 'SERVICE_AREA', 'HVB')).toBeNull();
    expect(koladaKpiFor({ koladaKpi: 'U28532' }, 'SERVICE_AREA', 'LSS_GROUP_HOME')).toBeNull();
    expect(koladaKpiFor(question, 'UNIT', 'u1')).toBeNull();
    expect(koladaKpiFor(question, 'PROVIDER', 'p1')).toBeNull();
  });
});
