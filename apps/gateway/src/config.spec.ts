import { ConfigError } from '@kvalitetsnav/service-kit';
import { DEVELOPMENT_JWT_SECRET } from '@kvalitetsnav/auth';
import { loadGatewayConfig } from './config';

describe('gateway configuration', () => {
  it('works with no setup in development, with dev sign-in on', () => {
    const config = loadGatewayConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET,
      AUTH_DEV_LOGIN: true,
      CONTRACTS_URL: 'http://127.0.0.1:4001/graphql',
    });
  });

  it('names each bad variable and the rule', () => {
    expect(() => loadGatewayConfig({ PORT: 'abc', DEVIATIONS_URL: 'ftp://x' })).toThrow(ConfigError);
    try {
      loadGatewayConfig({ PORT: 'abc', DEVIATIONS_URL: 'ftp://x' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT: .*\(got "abc"\)/);
      expect((error as Error).message).toMatch(/DEVIATIONS_URL: /);
    }
  });

  it('refuses development secrets and sign-in in production, without echoing secrets', () => {
    let message = '';
    try {
      loadGatewayConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET, AUTH_DEV_LOGIN: 'true' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('IDENTITY_HANDOFF_SECRET: must be set to a secret of your own in production');
    expect(message).toContain('AUTH_JWT_SECRET: must not be the development secret in production');
    expect(message).toContain('AUTH_DEV_LOGIN: development sign-in cannot be enabled in production');
    expect(message).not.toContain(DEVELOPMENT_JWT_SECRET);
  });

  it('needs a secret or a key set in production', () => {
    expect(() => loadGatewayConfig({ NODE_ENV: 'production', IDENTITY_HANDOFF_SECRET: 'p'.repeat(40) })).toThrow(
      /AUTH_JWKS_URL: set AUTH_JWKS_URL/,
    );
    expect(
      loadGatewayConfig({
        NODE_ENV: 'production',
        IDENTITY_HANDOFF_SECRET: 'p'.repeat(40),
        AUTH_JWKS_URL: 'https://idp.example/jwks',
      }).AUTH_DEV_LOGIN,
    ).toBe(false);
  });

  it('counts the request budget in memory unless REDIS_URL names a shared Redis', () => {
    const memory = loadGatewayConfig({});
    expect(memory.REDIS_URL).toBeUndefined();
    expect(memory.RATE_LIMIT_KEY_PREFIX).toBe('kvn:0580:gateway-rate');
    expect(
      loadGatewayConfig({ REDIS_URL: 'redis://:pw@redis.internal:6380/2', MUNICIPALITY_CODE: '0180' }),
    ).toMatchObject({ REDIS_URL: 'redis://:pw@redis.internal:6380/2', RATE_LIMIT_KEY_PREFIX: 'kvn:0180:gateway-rate' });
    expect(
      loadGatewayConfig({ REDIS_URL: 'rediss://redis.internal', RATE_LIMIT_KEY_PREFIX: 'kvn-test:a1' }),
    ).toMatchObject({ REDIS_URL: 'rediss://redis.internal', RATE_LIMIT_KEY_PREFIX: 'kvn-test:a1' });
  });

  it('refuses a REDIS_URL that is not a redis:// address, and a key prefix with odd characters', () => {
    for (const REDIS_URL of ['http://127.0.0.1:6379', '127.0.0.1:6379', 'redis//x']) {
      expect(() => loadGatewayConfig({ REDIS_URL })).toThrow(/REDIS_URL: must be a redis:\/\/ or rediss:\/\/ address/);
    }
    expect(() => loadGatewayConfig({ REDIS_URL: 'http://:hunter22@redis.internal:6379' })).toThrow(
      '(got "http://***@redis.internal:6379")',
    );
    expect(() => loadGatewayConfig({ RATE_LIMIT_KEY_PREFIX: 'a b' })).toThrow(/RATE_LIMIT_KEY_PREFIX: must be 1–100/);
    expect(() => loadGatewayConfig({ RATE_LIMIT_KEY_PREFIX: 'x'.repeat(101) })).toThrow(/RATE_LIMIT_KEY_PREFIX: /);
  });
});
