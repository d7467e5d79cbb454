import { z } from 'zod';
import { DEVELOPMENT_HANDOFF_SECRET } from '@kvalitetsnav/auth';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const commaList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[^\s:]+:\d+$/, 'each broker must be host:port')).min(1));

/** Variables every service reads; each service adds its own on top. */
export function serviceConfigSchema(service: string, defaultPort: number) {
  return z
    .object({
      NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
      HOST: z.string().min(1).default('0.0.0.0'),
      PORT: z.coerce.number().int().min(0).max(65535).default(defaultPort),
      LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).default('postgres://postgres@127.0.0.1:5432/'),
      DB_NAME: z
        .string()
        .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be lower-case letters, digits and underscores')
        .default(`kvalitetsnav_${service}`),
      DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
      KAFKA_BROKERS: commaList.default(['127.0.0.1:9092']),
      KAFKA_TOPIC_PREFIX: z
        .string()
        .regex(/^[a-zA-Z0-9._-]*$/, 'may hold letters, digits, ".", "_" and "-"')
        .default(''),
      KAFKA_GROUP_ID: z.string().min(1).default(`kvalitetsnav-${service}`),
      IDENTITY_HANDOFF_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEVELOPMENT_HANDOFF_SECRET),
    })
    .refine((c) => c.NODE_ENV !== 'production' || c.IDENTITY_HANDOFF_SECRET !== DEVELOPMENT_HANDOFF_SECRET, {
      path: ['IDENTITY_HANDOFF_SECRET'],
      message: 'must be set to a secret of your own in production',
    });
}

export type ServiceConfig = z.infer<ReturnType<typeof serviceConfigSchema>>;

/**
 * Parses the environment once at start. A bad value stops the service with a message that
 * names every offending variable and why, instead of failing later somewhere else.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(environment)';
      const got =
        typeof issue.path[0] === 'string' && cleaned[issue.path[0]] !== undefined
          ? ` (got "${mask(issue.path[0], cleaned[issue.path[0]]!)}")`
          : '';
      return `  ${name}: ${issue.message}${got}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

function mask(name: string, value: string): string {
  // A URL's user and password (REDIS_URL, DATABASE_URL) are not echoed either.
  return /SECRET|PASSWORD|KEY/i.test(name) ? '***' : value.replace(/\/\/[^/@\s]*@/, '//***@');
}
