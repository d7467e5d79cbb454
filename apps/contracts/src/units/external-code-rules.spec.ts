import { externalCodesViolation, externalCodeText, normaliseExternalCodes } from './external-code-rules';

describe("a unit's codes in other systems", () => {
  it('are kept without the spaces around them', () => {
    expect(normaliseExternalCodes([{ system: 'TRESERVA', code: ' 4711 ' }])).toEqual([
      { system: 'TRESERVA', code: '4711' },
    ]);
  });

  it('may name several systems, one code each', () => {
    expect(
      externalCodesViolation([
        { system: 'TRESERVA', code: '4711' },
        { system: 'KOSTNADSSTALLE', code: '8120' },
      ]),
    ).toBeNull();
  });

  it('refuse a system named twice, naming it', () => {
    const violation = externalCodesViolation([
      { system: 'TRESERVA', code: '4711' },
      { system: 'TRESERVA', code: '4712' },
    ]);
    expect(violation).toMatchObject({ rule: 'LISTED_TWICE', field: 'externalCodes', params: { value: 'TRESERVA' } });
  });

  it('are named by system and code', () => {
    expect(externalCodeText({ system: 'TRESERVA', code: '4711' })).toBe('TRESERVA 4711');
  });
});
