import { Body, Controller, HttpStatus, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { commonViolation, contractsViolation, ErrorCode, RuleViolation } from '@kvalitetsnav/codes';
import { IdentifiedRequest, violationExtensions } from '@kvalitetsnav/service-kit';
import { ApiKeysService } from './api-keys.service';

const ResolveRequest = z.object({ key: z.string().min(1).max(200) });

const STATUS: Partial<Record<ErrorCode, HttpStatus>> = {
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
};

/**
 * Lets the gateway turn an x-api-key into a provider. Not part of the public graph: reached
 * only with the gateway's signed SYSTEM identity (the identity middleware guards /internal).
 * The gateway branches on the HTTP status; a refusal's body carries its rule like a GraphQL error.
 */
@Controller('internal/api-keys')
export class ApiKeyResolutionController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post('resolve')
  async resolve(@Req() req: IdentifiedRequest, @Body() body: unknown, @Res() res: Response): Promise<void> {
    if (!req.identity?.roles.includes('SYSTEM'))
      return refuse(res, commonViolation('ROLE_REQUIRED', undefined, { roles: ['SYSTEM'] }));
    const parsed = ResolveRequest.safeParse(body);
    const resolved = parsed.success ? await this.apiKeys.resolve(parsed.data.key) : undefined;
    if (!resolved) return refuse(res, contractsViolation('API_KEY_NOT_VALID', 'key'));
    res.status(HttpStatus.OK).json(resolved);
  }
}

function refuse(res: Response, violation: RuleViolation): void {
  res
    .status(STATUS[violation.code] ?? HttpStatus.BAD_REQUEST)
    .json({ message: violation.message, ...violationExtensions(violation) });
}
