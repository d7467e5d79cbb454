import { Body, Controller, ForbiddenException, HttpCode, NotFoundException, Post, Req } from '@nestjs/common';
import { z } from 'zod';
import { IdentifiedRequest } from '@kvalitetsnav/service-kit';
import { ApiKeysService, ResolvedApiKey } from './api-keys.service';

const ResolveRequest = z.object({ key: z.string().min(1).max(200) });

/**
 * Lets the gateway turn an x-api-key into a provider. Not part of the public graph: reached
 * only with the gateway's signed SYSTEM identity (the identity middleware guards /internal).
 */
@Controller('internal/api-keys')
export class ApiKeyResolutionController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post('resolve')
  @HttpCode(200)
  async resolve(@Req() req: IdentifiedRequest, @Body() body: unknown): Promise<ResolvedApiKey> {
    if (!req.identity?.roles.includes('SYSTEM')) throw new ForbiddenException('only the gateway may resolve API keys');
    const parsed = ResolveRequest.safeParse(body);
    const resolved = parsed.success ? await this.apiKeys.resolve(parsed.data.key) : undefined;
    if (!resolved) throw new NotFoundException('API key is invalid or revoked');
    return resolved;
  }
}
