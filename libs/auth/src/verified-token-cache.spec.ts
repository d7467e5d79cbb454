import { Identity } from './identity';
import { createUserTokenVerifier, signUserToken, TokenError } from './tokens';
import { cacheVerifiedTokens } from './verified-token-cache';

const secret = 'test-secret-at-least-32-characters-long!';
const official: Identity = { sub: 'u1', name: 'Anna Uppföljare', roles: ['QUALITY_OFFICIAL'] };
const manager: Identity = { sub: 'u2', name: 'Bo Chef', roles: ['MANAGER'] };

function countingVerifier() {
  const verify = createUserTokenVerifier({ secret });
  const calls: string[] = [];
  return { calls, verify: async (token: string) => (calls.push(token), verify(token)) };
}

describe('verified token cache', () => {
  it('checks a token once, and keeps tokens of different users apart', async () => {
    const { calls, verify } = countingVerifier();
    const cached = cacheVerifiedTokens(verify);
    const [anna, bo] = await Promise.all([signUserToken(official, secret), signUserToken(manager, secret)]);
    await expect(cached(anna)).resolves.toEqual(official);
    await expect(cached(anna)).resolves.toEqual(official);
    await expect(cached(bo)).resolves.toEqual(manager);
    expect(calls).toEqual([anna, bo]);
  });

  it('hands out copies, so one request cannot change what the next one gets', async () => {
    const cached = cacheVerifiedTokens(countingVerifier().verify);
    const token = await signUserToken(official, secret);
    (await cached(token)).roles.push('ADMIN');
    await expect(cached(token)).resolves.toEqual(official);
  });

  it('never remembers a refusal', async () => {
    const { calls, verify } = countingVerifier();
    const cached = cacheVerifiedTokens(verify);
    const forged = await signUserToken(official, 'another-secret-another-secret-12345');
    await expect(cached(forged)).rejects.toThrow(TokenError);
    await expect(cached(forged)).rejects.toThrow(TokenError);
    expect(calls).toHaveLength(2);
  });

  it('checks again once the token has expired, even within the cache time', async () => {
    const { verify } = countingVerifier();
    const cached = cacheVerifiedTokens(verify, { seconds: 60 });
    const token = await signUserToken(official, secret, 1);
    await expect(cached(token)).resolves.toEqual(official);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expect(cached(token)).rejects.toThrow('token has expired');
  });
});
