import { Identity } from './identity';
import { canSeeProvider, canSeeRow, NO_ROWS, ownProviderId, providerFilter } from './provider-scope';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const official: Identity = { sub: 'o', name: 'O', roles: ['QUALITY_OFFICIAL'] };
const providerA: Identity = { sub: 'k', name: 'A', roles: ['PROVIDER'], providerId: A };

describe('provider scope', () => {
  it('lets officials see every provider, and rows of none', () => {
    expect(ownProviderId(official)).toBeUndefined();
    expect(canSeeProvider(official, B)).toBe(true);
    expect(canSeeRow(official, null)).toBe(true);
  });

  it('confines a provider to itself: not another provider, not the administration', () => {
    expect(ownProviderId(providerA)).toBe(A);
    expect(canSeeProvider(providerA, A)).toBe(true);
    expect(canSeeProvider(providerA, B)).toBe(false);
    expect(canSeeRow(providerA, B)).toBe(false);
    expect(canSeeRow(providerA, null)).toBe(false);
  });

  it('filters lists by what officials ask for, and providers always by themselves', () => {
    expect(providerFilter(official)).toBeUndefined();
    expect(providerFilter(official, B)).toBe(B);
    expect(providerFilter(providerA)).toBe(A);
    expect(providerFilter(providerA, A)).toBe(A);
    expect(providerFilter(providerA, B)).toBe(NO_ROWS);
  });
});
