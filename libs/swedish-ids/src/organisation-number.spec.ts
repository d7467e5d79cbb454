import { luhnCheckDigit, parseOrganisationNumber } from './organisation-number';

describe('parseOrganisationNumber', () => {
  it('accepts a valid number with or without hyphen and returns NNNNNN-NNNN', () => {
    // Linköpings kommun
    expect(parseOrganisationNumber('212000-0357')).toEqual({ ok: true, value: '212000-0357' });
    expect(parseOrganisationNumber('2120000357')).toEqual({ ok: true, value: '212000-0357' });
    expect(parseOrganisationNumber(' 556036-0793 ')).toEqual({ ok: true, value: '556036-0793' });
  });

  it('accepts the twelve-digit form with century', () => {
    expect(parseOrganisationNumber('16556036-0793')).toEqual({ ok: true, value: '556036-0793' });
  });

  it('refuses a wrong check digit', () => {
    expect(parseOrganisationNumber('212000-0358')).toEqual({ ok: false, reason: 'has a wrong check digit' });
  });

  it('refuses wrong lengths and letters', () => {
    expect(parseOrganisationNumber('21200-0357')).toEqual({ ok: false, reason: 'must have 10 digits (NNNNNN-NNNN)' });
    expect(parseOrganisationNumber('21200A-0357')).toEqual({
      ok: false,
      reason: 'must contain only digits and an optional hyphen',
    });
    expect(parseOrganisationNumber('')).toEqual({
      ok: false,
      reason: 'must contain only digits and an optional hyphen',
    });
  });

  it('computes the Luhn check digit as published for personal identity numbers', () => {
    expect(luhnCheckDigit('811218987')).toBe(6); // Skatteverket's example 811218-9876
  });
});
