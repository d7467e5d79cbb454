import { koladaGender, parseKoladaFile } from './kolada-rules';

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
});
