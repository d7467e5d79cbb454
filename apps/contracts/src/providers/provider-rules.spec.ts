import { likePattern, organisationNumberOf } from './provider-rules';

describe("a provider's organisation number", () => {
  it('is kept in its canonical form, with or without the hyphen or century', () => {
    expect(organisationNumberOf('556036-0793')).toEqual({ value: '556036-0793' });
    expect(organisationNumberOf('5560360793')).toEqual({ value: '556036-0793' });
    expect(organisationNumberOf('16556036-0793')).toEqual({ value: '556036-0793' });
  });

  it('is refused with what is wrong: a wrong check digit, the wrong length, or other characters', () => {
    expect(organisationNumberOf('556036-0794')).toMatchObject({
      violation: {
        code: 'VALIDATION_FAILED',
        rule: 'ORGANISATION_NUMBER_INVALID',
        field: 'organisationNumber',
        params: { problem: 'CHECK_DIGIT' },
        message: 'organisationNumber has a wrong check digit',
      },
    });
    expect(organisationNumberOf('55603-0793')).toMatchObject({
      violation: {
        params: { problem: 'NOT_TEN_DIGITS' },
        message: 'organisationNumber must have 10 digits (NNNNNN-NNNN)',
      },
    });
    expect(organisationNumberOf('55603A-0793')).toMatchObject({
      violation: {
        params: { problem: 'NOT_DIGITS' },
        message: 'organisationNumber must contain only digits and an optional hyphen',
      },
    });
  });
});

describe('a name filter', () => {
  it('finds names containing the text, with % and _ in it taken literally', () => {
    expect(likePattern('Eken')).toBe('%Eken%');
    expect(likePattern('100%_bra\\')).toBe('%100\\%\\_bra\\\\%');
  });
});
