import { Identity } from '@kvalitetsnav/auth';
import { RuleViolation } from '@kvalitetsnav/codes';
import { visibleOrUnknown } from './provider-scope';

const A = '11111111-1111-4111-8111-111111111111';
const providerA: Identity = { sub: 'k', name: 'A', roles: ['PROVIDER'], providerId: A };
const official: Identity = { sub: 'o', name: 'O', roles: ['QUALITY_OFFICIAL'] };

describe('a row of another provider', () => {
  const refusal = (identity: Identity, row: { providerId: string | null } | null) => {
    try {
      visibleOrUnknown(identity, row, 'UNIT', 'unitId', 'u1');
      return null;
    } catch (error) {
      const { code, rule, field, params, message } = error as RuleViolation;
      return { code, rule, field, params, message };
    }
  };

  it('answers exactly as a row that does not exist', () => {
    expect(refusal(providerA, { providerId: 'someone else' })).toEqual(refusal(providerA, null));
    expect(refusal(providerA, null)).toEqual({
      code: 'NOT_FOUND',
      rule: 'UNKNOWN',
      field: 'unitId',
      params: { entity: 'UNIT', ids: ['u1'] },
      message: 'unitId u1 is not a known unit',
    });
  });

  it('is returned when the caller may see it', () => {
    expect(refusal(providerA, { providerId: A })).toBeNull();
    expect(refusal(official, { providerId: null })).toBeNull();
  });
});
