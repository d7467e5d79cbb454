import { Identity } from './identity';
import { canSeeProvider, ownProviderId } from './provider-scope';

const official: Identity = { sub: 'o', name: 'O', roles: ['QUALITY_OFFICIAL'] };
const providerA: Identity = {
  sub: 'k',
  name: 'A',
  roles: ['PROVIDER'],
  providerId: '11111111-1111-4111-8111-111111111111',
};

describe('provider scope', () => {
  it('lets officials see every provider', () => {
    expect(ownProviderId(official)).toBeUndefined();
    expect(canSeeProvider(official, '22222222-2222-4222-8222-222222222222')).toBe(true);
  });

  it('confines a provider to itself', () => {
    expect(ownProviderId(providerA)).toBe(providerA.providerId);
    expect(canSeeProvider(providerA, providerA.providerId!)).toBe(true);
    expect(canSeeProvider(providerA, '22222222-2222-4222-8222-222222222222')).toBe(false);
  });
});
