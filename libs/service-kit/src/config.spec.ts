import { z } from 'zod';
import { DEVELOPMENT_HANDOFF_SECRET } from '@kvalitetsnav/auth';
import { ConfigError, loadConfig, serviceConfigSchema } from './config';

const schema = serviceConfigSchema('deviations', 4003);
const messageOf = (env: Record<string, string>) => {
  try {
    loadConfig(schema, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('service configuration', () => {
  it('needs nothing to run locally', () => {
    expect(loadConfig(schema, {})).toMatchObject({
      PORT: 4003,
      DB_NAME: 'kvalitetsnav_deviations',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/',
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      KAFKA_GROUP_ID: 'kvalitetsnav-deviations',
    });
  });

  it('parses broker lists and treats empty variables as unset', () => {
    expect(loadConfig(schema, { KAFKA_BROKERS: 'k1:9092, k2:9092', PORT: '' })).toMatchObject({
      KAFKA_BROKERS: ['k1:9092', 'k2:9092'],
      PORT: 4003,
    });
  });

  it('names every bad variable, the rule and the value', () => {
    const message = messageOf({
      PORT: 'eighty',
      KAFKA_BROKERS: 'localhost',
      DB_NAME: 'Prod-DB',
      DATABASE_URL: 'mysql://x',
    });
    expect(message).toMatch(/^Invalid configuration:/);
    expect(message).toMatch(/PORT: .* \(got "eighty"\)/);
    expect(message).toMatch(/KAFKA_BROKERS\.0: each broker must be host:port/);
    expect(message).toMatch(/DB_NAME: must be lower-case letters, digits and underscores \(got "Prod-DB"\)/);
    expect(message).toMatch(/DATABASE_URL: /);
  });

  it('refuses the development hand-off secret in production, without printing secrets', () => {
    expect(messageOf({ NODE_ENV: 'production' })).toContain(
      'IDENTITY_HANDOFF_SECRET: must be set to a secret of your own in production',
    );
    const short = messageOf({ IDENTITY_HANDOFF_SECRET: 'short' });
    expect(short).toContain('IDENTITY_HANDOFF_SECRET: must be at least 32 characters (got "***")');
    expect(
      loadConfig(schema, { NODE_ENV: 'production', IDENTITY_HANDOFF_SECRET: 's'.repeat(40) }).IDENTITY_HANDOFF_SECRET,
    ).not.toBe(DEVELOPMENT_HANDOFF_SECRET);
  });

  it('works with any zod schema', () => {
    expect(() => loadConfig(z.object({ X: z.string() }), {})).toThrow('X: ');
  });
});
