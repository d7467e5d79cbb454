import { BadRequestException, Body, Controller, Get, HttpCode, NotFoundException, Post } from '@nestjs/common';
import { z } from 'zod';
import { signUserToken, USER_ROLES } from '@kvalitetsnav/auth';
import { CommonErrorCode } from '@kvalitetsnav/service-kit';
import { GatewayConfig } from '../config';

const DevTokenRequest = z.object({
  role: z.enum(USER_ROLES),
  name: z.string().trim().min(1).max(100).default('Utvecklare'),
  providerId: z.uuid().optional(),
});

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
      const parsed = DevTokenRequest.safeParse(body ?? {});
      if (!parsed.success) {
        throw new BadRequestException({
          errors: parsed.error.issues.map((i) => ({
            field: i.path.join('.'),
            message: i.message,
            code: CommonErrorCode.VALIDATION_FAILED,
          })),
        });
      }
      const { role, name, providerId } = parsed.data;
      const token = await signUserToken(
        { sub: `dev:${role.toLowerCase()}:${name}`, name, roles: [role], providerId },
        config.AUTH_JWT_SECRET,
      );
      return { token };
    }
  }
  return DevTokenController;
}
