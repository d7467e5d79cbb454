import { Body, Controller, Get, HttpCode, NotFoundException, Post } from '@nestjs/common';
import { signUserToken, USER_ROLES } from '@kvalitetsnav/auth';
import { commonViolation } from '@kvalitetsnav/codes';
import { GatewayConfig } from '../config';
import { refusal } from '../http/refusals';
import { found, id, oneOf, text } from '../http/request-rules';
import { ReportData } from '../reports/report-data';
import { DEV_SIGN_IN_PROVIDERS } from './dev-sign-in.operations';

/** A role, a name (default "Utvecklare") and, for a provider's staff, the provider they act for. */
function parseDevTokenRequest(body: unknown) {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const problems = found([
    oneOf('role', input['role'], USER_ROLES),
    input['name'] === undefined ? null : text('name', input['name'], 100),
    input['providerId'] === undefined
      ? input['role'] === 'PROVIDER'
        ? commonViolation('REQUIRED', 'providerId')
        : null
      : id('providerId', input['providerId']),
  ]);
  // The shape /auth/dev-token has answered with (field and code beside each message) stays.
  if (problems.length) throw refusal(problems, true);
  return {
    role: input['role'] as (typeof USER_ROLES)[number],
    name: input['name'] === undefined ? 'Utvecklare' : String(input['name']).trim(),
    // Only a provider's staff act for a provider; an official's token carries none.
    providerId: input['role'] === 'PROVIDER' ? (input['providerId'] as string) : undefined,
  };
}

const DEV_SIGN_IN = { sub: 'dev-sign-in', name: 'Inloggning i utveckling', roles: ['MANAGER' as const] };

/** Development sign-in: hands out a token for a chosen role. Off in production (404). */
export function createDevTokenController(config: GatewayConfig, data: ReportData) {
  const devLogin = () => Boolean(config.AUTH_DEV_LOGIN && config.AUTH_JWT_SECRET);
  @Controller('auth')
  class DevTokenController {
    /** How the web should sign users in: the development form, the municipality's OIDC provider, or both. */
    @Get('config')
    config() {
      return {
        devLogin: devLogin(),
        oidc:
          config.AUTH_OIDC_AUTHORITY && config.AUTH_OIDC_CLIENT_ID
            ? {
                authority: config.AUTH_OIDC_AUTHORITY,
                clientId: config.AUTH_OIDC_CLIENT_ID,
                scope: 'openid profile roles',
              }
            : null,
      };
    }

    /** The providers a provider's staff member may sign in for, in development (in production the OIDC claim says). */
    @Get('dev-providers')
    async providers() {
      if (!devLogin()) throw new NotFoundException();
      const { providers } = await data.query('contracts', DEV_SIGN_IN_PROVIDERS, {}, DEV_SIGN_IN);
      return { providers: [...providers].sort((a, b) => a.name.localeCompare(b.name, 'sv')) };
    }

    @Post('dev-token')
    @HttpCode(200)
    async issue(@Body() body: unknown) {
      if (!devLogin()) throw new NotFoundException();
      const { role, name, providerId } = parseDevTokenRequest(body);
      const token = await signUserToken(
        { sub: `dev:${role.toLowerCase()}:${name}`, name, roles: [role], providerId },
        config.AUTH_JWT_SECRET as string,
      );
      return { token };
    }
  }
  return DevTokenController;
}
