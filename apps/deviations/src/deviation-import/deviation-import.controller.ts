import { Controller, HttpStatus, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { hasAnyRole } from '@kvalitetsnav/auth';
import { commonViolation, ErrorCode, RuleViolation } from '@kvalitetsnav/codes';
import { IdentifiedRequest, violationExtensions } from '@kvalitetsnav/service-kit';
import { DeviationImportJobsService } from './deviation-import-jobs.service';

const IMPORTERS = ['ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER'] as const;
const CODE = /^[A-Z][A-Z0-9_]{0,59}$/;

const STATUS: Partial<Record<ErrorCode, HttpStatus>> = {
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
};

/**
 * A large file as a stream (the body is the CSV itself), reached through the gateway's
 * POST /imports/deviations. Answers with the job when the file has been read; its progress and
 * outcome are `deviationImportJob(id)`.
 */
@Controller('internal/imports')
export class DeviationImportController {
  constructor(private readonly jobs: DeviationImportJobsService) {}

  @Post('deviations')
  async receive(@Req() req: IdentifiedRequest, @Res() res: Response): Promise<void> {
    const { identity } = req;
    const source = typeof req.query.source === 'string' ? req.query.source : undefined;
    const dryRun = typeof req.query.dryRun === 'string' ? req.query.dryRun : undefined;
    if (!identity || !hasAnyRole(identity, IMPORTERS))
      return refuse(res, commonViolation('ROLE_REQUIRED', undefined, { roles: IMPORTERS }));
    if (source !== undefined && !CODE.test(source))
      return refuse(res, commonViolation('BAD_FORMAT', 'source', { format: 'UPPER_SNAKE' }));
    if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false')
      return refuse(res, commonViolation('NOT_TRUE_OR_FALSE', 'dryRun'));
    const length = Number(req.headers['content-length']);
    try {
      const job = await this.jobs.receive(
        req,
        { source: source ?? null, dryRun: dryRun === 'true', bytesTotal: Number.isFinite(length) ? length : null },
        identity,
      );
      res.status(HttpStatus.ACCEPTED).json(job);
    } catch (error) {
      if (error instanceof RuleViolation) return refuse(res, error);
      throw error;
    }
  }
}

function refuse(res: Response, violation: RuleViolation): void {
  res
    .status(STATUS[violation.code] ?? HttpStatus.BAD_REQUEST)
    .json({ errors: [{ message: violation.message, extensions: violationExtensions(violation) }] });
}
