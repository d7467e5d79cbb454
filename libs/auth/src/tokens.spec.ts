import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { createUserTokenVerifier, signIdentityHandoff, signUserToken, verifyIdentityHandoff } from './tokens';
import { Identity } from './identity';

const secret = 'test-secret-at-least-32-characters-long!';
const official: Identity = { sub: 'u1', name: 'Anna Uppföljare', roles: ['QUALITY_OFFICIAL'] };

describe('user tokens', () => {
  const verify = createUserTokenVerifier({ secret });

  it('turns a valid development token into an identity', async () => {
    await expect(verify(await signUserToken(official, secret))).resolves.toEqual(official);
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await signUserToken(official, 'another-secret-another-secret-12345');
    await expect(verify(forged)).rejects.toThrow('token is invalid (ERR_JWS_SIGNATURE_VERIFICATION_FAILED)');
  });

  it('refuses an expired token', async () => {
    const expired = await new SignJWT({ roles: ['ADMIN'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(secret));
    await expect(verify(expired)).rejects.toThrow('token has expired');
  });

  it("refuses unknown roles, the gateway's own, and a provider's staff without their provider", async () => {
    const sign = (roles: unknown, providerId?: string) =>
      new SignJWT({ roles, providerId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('u1')
        .sign(new TextEncoder().encode(secret));
    await expect(verify(await sign(['SUPERUSER']))).rejects.toThrow(/roles/);
    await expect(verify(await sign(['SYSTEM']))).rejects.toThrow('roles may only hold user roles');
    await expect(verify(await sign(['PROVIDER']))).rejects.toThrow('providerId is required for the PROVIDER role');
    await expect(verify(await sign([]))).rejects.toThrow(/roles/);
  });

  it("takes a provider's staff member with the provider they act for", async () => {
    const providerId = randomUUID();
    const token = await new SignJWT({ name: 'Pia', roles: ['PROVIDER'], providerId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('pia')
      .sign(new TextEncoder().encode(secret));
    await expect(verify(token)).resolves.toEqual({ sub: 'pia', name: 'Pia', roles: ['PROVIDER'], providerId });
  });

  it('needs a secret or a key set', () => {
    expect(() => createUserTokenVerifier({})).toThrow('needs a secret or a JWKS URL');
  });
});

describe('identity hand-off', () => {
  it('carries identity and request id from gateway to subgraph', async () => {
    const provider: Identity = { sub: 'key:1', name: 'Omsorg AB', roles: ['PROVIDER'], providerId: randomUUID() };
    const token = await signIdentityHandoff({ identity: provider, requestId: 'req-1' }, secret);
    await expect(verifyIdentityHandoff(token, secret)).resolves.toEqual({ identity: provider, requestId: 'req-1' });
  });

  it('refuses a provider identity without its provider', async () => {
    const token = await signIdentityHandoff({ identity: { sub: 'key:2', name: 'X', roles: ['PROVIDER'] } }, secret);
    await expect(verifyIdentityHandoff(token, secret)).rejects.toThrow('providerId is required for the PROVIDER role');
  });

  it('refuses a user token presented as a hand-off', async () => {
    const userToken = await signUserToken(official, secret);
    await expect(verifyIdentityHandoff(userToken, secret)).rejects.toThrow(/claim "(iss|aud)"/);
  });
});
