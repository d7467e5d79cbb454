import { Body, Controller, Get, HttpCode, NotFoundException, Post } from '@nestjs/common';
import { signUserToken, USER_ROLES } from '@kvalitetsnav/auth';
import { GatewayConfig } from '../config';
import { refusal } from '../http/refusals';
import { found, id, oneOf, text } from '../http/request-rules';

/** A role, a name (default "Utvecklare") and, for provider staff later, a provider. */
function parseDevTokenRequest(body: unknown) {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const problems = found([
    oneOf('role', input['role'], USER_ROLES),
    input['name'] === undefined ? null : text('name', input['name'], 100),
    input['providerId'] === undefined ? null : id('providerId', input['providerId']),
  ]);
  // The shape /auth/dev-token has answered with (field and code beside each message) stays.
  if (problems.length) throw refusal(problems, true);
  return {
    role: input['role'] as (typeof USER_ROLES)[number],
    name: input['name'] === undefined ? 'Utvecklare' : String(input['name']).trim(),
    providerId: input['providerId'] as string | undefined,
  };
}

/** Development sign-in: hands out a token for a chosen role. Off in production (404). */
export function createDevTokenController(config: GatewayConfig) {
  @Controller('auth')
  class DevTokenController {
    /** How the web should sign users in: the development form, the municipality's OIDC provider, or both. */
    @Get('config')
    config() {
      return {
        devLogin: Boolean(config.AUTH_DEV_LOGIN && config.AUTH_JWT_SECRET),
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

    @Post('dev-token')
    @HttpCode(200)
    async issue(@Body() body: unknown) {
      if (!config.AUTH_DEV_LOGIN || !config.AUTH_JWT_SECRET) throw new NotFoundException();
      const { role, name, providerId } = parseDevTokenRequest(body);
      const token = await signUserToken(
        { sub: `dev:${role.toLowerCase()}:${name}`, name, roles: [role], providerId },
        config.AUTH_JWT_SECRET,
      );
      return { token };
    }
  }
  return DevTokenController;
}
