import { z } from 'zod';
import { DEVELOPMENT_HANDOFF_SECRET, DEVELOPMENT_JWT_SECRET } from '@kvalitetsnav/auth';
import { loadConfig } from '@kvalitetsnav/service-kit';

const subgraphUrl = (port: number) => z.url({ protocol: /^https?$/ }).default(`http://127.0.0.1:${port}/graphql`);
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const gatewayConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
    AUTH_ISSUER: z.string().min(1).optional(),
    AUTH_AUDIENCE: z.string().min(1).optional(),
    AUTH_DEV_LOGIN: flag.optional(),
    IDENTITY_HANDOFF_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEVELOPMENT_HANDOFF_SECRET),
    SUPERGRAPH_PATH: z.string().min(1).optional(),
    CONTRACTS_URL: subgraphUrl(4001),
    SURVEYS_URL: subgraphUrl(4002),
    DEVIATIONS_URL: subgraphUrl(4003),
    FORECASTING_URL: subgraphUrl(4004),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
    MAX_QUERY_ALIASES: z.coerce.number().int().min(1).max(1000).default(20),
    MAX_QUERY_COST: z.coerce.number().int().min(10).default(50_000),
    MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(5_000),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    /**
     * A Redis (or Valkey) that every gateway instance of a deployment shares, so that they count
     * one budget; without it each instance counts in its own memory.
     */
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// address' }).optional(),
    /** Where this deployment's counts live in that Redis: one prefix per deployment sharing it. */
    RATE_LIMIT_KEY_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9:_.-]{1,100}$/, 'must be 1–100 letters, digits or : _ . -')
      .optional(),
    /** The municipality's OpenID Connect provider, for the web's sign-in (tokens are checked with AUTH_JWKS_URL). */
    AUTH_OIDC_AUTHORITY: z.url({ protocol: /^https?$/ }).optional(),
    AUTH_OIDC_CLIENT_ID: z.string().min(1).optional(),
    MUNICIPALITY_CODE: z
      .string()
      .regex(/^\d{4}$/, 'must be a four-digit municipality code')
      .default('0580'),
    CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  })
  .transform((c) => ({
    ...c,
    // Development works with no setup; production must name its own secret or key set.
    AUTH_JWT_SECRET:
      c.AUTH_JWT_SECRET ?? (c.NODE_ENV === 'production' || c.AUTH_JWKS_URL ? undefined : DEVELOPMENT_JWT_SECRET),
    AUTH_DEV_LOGIN: c.AUTH_DEV_LOGIN ?? c.NODE_ENV !== 'production',
    RATE_LIMIT_KEY_PREFIX: c.RATE_LIMIT_KEY_PREFIX ?? `kvn:${c.MUNICIPALITY_CODE}:gateway-rate`,
  }))
  .superRefine((c, ctx) => {
    if (!c.AUTH_JWT_SECRET && !c.AUTH_JWKS_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_JWKS_URL'],
        message: 'set AUTH_JWKS_URL (or AUTH_JWT_SECRET) so user tokens can be checked',
      });
    }
    if (Boolean(c.AUTH_OIDC_AUTHORITY) !== Boolean(c.AUTH_OIDC_CLIENT_ID)) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_OIDC_CLIENT_ID'],
        message: 'set both AUTH_OIDC_AUTHORITY and AUTH_OIDC_CLIENT_ID, or neither',
      });
    }
    if (c.AUTH_OIDC_AUTHORITY && !c.AUTH_JWKS_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_JWKS_URL'],
        message: "is needed with AUTH_OIDC_AUTHORITY, to check the provider's tokens",
      });
    }
    if (c.NODE_ENV === 'production') {
      if (c.IDENTITY_HANDOFF_SECRET === DEVELOPMENT_HANDOFF_SECRET) {
        ctx.addIssue({
          code: 'custom',
          path: ['IDENTITY_HANDOFF_SECRET'],
          message: 'must be set to a secret of your own in production',
        });
      }
      if (c.AUTH_JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
        ctx.addIssue({
          code: 'custom',
          path: ['AUTH_JWT_SECRET'],
          message: 'must not be the development secret in production',
        });
      }
      if (c.AUTH_DEV_LOGIN) {
        ctx.addIssue({
          code: 'custom',
          path: ['AUTH_DEV_LOGIN'],
          message: 'development sign-in cannot be enabled in production',
        });
      }
    }
  });

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const loadGatewayConfig = (env: Record<string, string | undefined> = process.env): GatewayConfig =>
  loadConfig(gatewayConfigSchema, env);

export const SUBGRAPH_NAMES = ['contracts', 'surveys', 'deviations', 'forecasting'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export function subgraphUrls(config: GatewayConfig): Record<SubgraphName, string> {
  return {
    contracts: config.CONTRACTS_URL,
    surveys: config.SURVEYS_URL,
    deviations: config.DEVIATIONS_URL,
    forecasting: config.FORECASTING_URL,
  };
}
