import type { Identity } from '@kvalitetsnav/auth';
import { canSeeKind, kindNotHandledViolation, kindsVisibleTo, mayReadProtectedText } from './deviation-access-rules';

const as = (...roles: Identity['roles']): Identity => ({ sub: 's', name: 'N', roles });
const mas = as('MEDICALLY_RESPONSIBLE');

describe('who sees which kinds of deviation', () => {
  it('gives the MAS/MAR the health care deviations and lex Maria, nothing else', () => {
    expect(kindsVisibleTo(mas)).toEqual(['HSL', 'LEX_MARIA']);
    expect(canSeeKind(mas, 'HSL')).toBe(true);
    expect(canSeeKind(mas, 'LEX_MARIA')).toBe(true);
    expect(canSeeKind(mas, 'LEX_SARAH')).toBe(false);
    expect(canSeeKind(mas, 'SOL_LSS')).toBe(false);
    expect(canSeeKind(mas, 'COMPLAINT')).toBe(false);
  });

  it('gives every kind to officials, and to a MAS/MAR who is also a quality official', () => {
    expect(kindsVisibleTo(as('QUALITY_OFFICIAL'))).toBeUndefined();
    expect(kindsVisibleTo(as('MANAGER'))).toBeUndefined();
    expect(kindsVisibleTo(as('MEDICALLY_RESPONSIBLE', 'QUALITY_OFFICIAL'))).toBeUndefined();
    expect(canSeeKind(as('MANAGER'), 'LEX_SARAH')).toBe(true);
  });

  it('refuses the MAS/MAR registering a kind they do not handle, naming the kinds they do', () => {
    expect(kindNotHandledViolation(mas, 'LEX_SARAH')).toMatchObject({
      rule: 'KIND_NOT_HANDLED',
      field: 'kind',
      params: { kind: 'LEX_SARAH', kinds: ['HSL', 'LEX_MARIA'] },
    });
    expect(kindNotHandledViolation(mas, 'HSL')).toBeNull();
    expect(kindNotHandledViolation(as('QUALITY_OFFICIAL'), 'LEX_SARAH')).toBeNull();
  });

  it('lets the MAS/MAR read the original text of lex Maria reports only; officials read both', () => {
    expect(mayReadProtectedText(mas, 'LEX_MARIA')).toBe(true);
    expect(mayReadProtectedText(mas, 'LEX_SARAH')).toBe(false);
    expect(mayReadProtectedText(as('QUALITY_OFFICIAL'), 'LEX_SARAH')).toBe(true);
    expect(mayReadProtectedText(as('MANAGER'), 'LEX_MARIA')).toBe(false);
  });
});
