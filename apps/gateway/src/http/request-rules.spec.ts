import { found, id, oneOf, text, year } from './request-rules';

describe("the gateway's own input rules", () => {
  it('accept what they describe', () => {
    expect(found([oneOf('month', 'JUNE', ['JUNE', 'NOVEMBER']), year('year', '2022')])).toEqual([]);
    expect(found([text('name', ' Maja ', 100), id('providerId', '4f1c2d3e-0000-4000-8000-000000000001')])).toEqual([]);
  });

  it('refuse with the common rule, the field and the params', () => {
    const [badYear, month, name, provider] = found([
      year('year', 1999),
      oneOf('month', undefined, ['JUNE', 'NOVEMBER']),
      text('name', '   ', 100),
      id('providerId', 'x'),
    ]);
    expect([badYear.rule, badYear.params, badYear.message]).toEqual([
      'OUT_OF_RANGE',
      { min: 2000, max: 2100, whole: true },
      'year must be 2000 to 2100',
    ]);
    expect([month.rule, month.params, month.message]).toEqual([
      'NOT_ONE_OF',
      { allowed: ['JUNE', 'NOVEMBER'] },
      'month must be JUNE or NOVEMBER',
    ]);
    expect([name.rule, provider.rule]).toEqual(['TEXT_LENGTH', 'NOT_AN_ID']);
    expect(year('year', '20x2')?.field).toBe('year');
    expect(year('year', 2022.5)?.field).toBe('year');
  });
});
