import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createUserTokenVerifier, signUserToken } from './tokens';

/** The municipality's OIDC provider, played by a local server publishing its keys as a JWKS. */
describe('user tokens from an OIDC provider (JWKS)', () => {
  let server: Server;
  let jwksUrl: string;
  let sign: (claims: Record<string, unknown>, issuer?: string) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'kommun-1', alg: 'RS256', use: 'sig' };
    server = createServer((_, res) =>
      res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    sign = (claims, issuer = 'https://idp.kommun.se') =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'kommun-1' })
        .setIssuer(issuer)
        .setAudience('kvalitetsnav')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('accepts a token signed by the provider, with its issuer and audience', async () => {
    const verify = createUserTokenVerifier({ jwksUrl, issuer: 'https://idp.kommun.se', audience: 'kvalitetsnav' });
    await expect(verify(await sign({ sub: 'anna', name: 'Anna', roles: ['MANAGER'] }))).resolves.toEqual({
      sub: 'anna',
      name: 'Anna',
      roles: ['MANAGER'],
    });
  });

  it('refuses another issuer, and a role no user may hold', async () => {
    const verify = createUserTokenVerifier({ jwksUrl, issuer: 'https://idp.kommun.se', audience: 'kvalitetsnav' });
    await expect(
      verify(await sign({ sub: 'anna', name: 'Anna', roles: ['MANAGER'] }, 'https://evil.example')),
    ).rejects.toThrow(/iss/);
    await expect(verify(await sign({ sub: 'x', name: 'X', roles: ['PROVIDER'] }))).rejects.toThrow();
  });

  it('takes development tokens too when both are configured', async () => {
    const secret = 'test-secret-at-least-32-characters-long!';
    const verify = createUserTokenVerifier({ jwksUrl, secret });
    await expect(
      verify(await signUserToken({ sub: 'dev', name: 'Dev', roles: ['ADMIN'] }, secret)),
    ).resolves.toMatchObject({ sub: 'dev' });
    await expect(verify(await sign({ sub: 'anna', name: 'Anna', roles: ['QUALITY_OFFICIAL'] }))).resolves.toMatchObject(
      { sub: 'anna' },
    );
  });
});
