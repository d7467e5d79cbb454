import { Module } from '@nestjs/common';
import { AccessLogResolver } from './access-log.resolver';
import { AccessLogService } from './access-log.service';
import { DeviationProtectedTextResolver } from './deviation-protected-text.resolver';

/**
 * Who read what: reads of an individual's data (a protected original, one deviation opened,
 * the decisions not executed), logged append-only; the features that return them log through
 * AccessLogService.
 */
@Module({
  providers: [AccessLogService, AccessLogResolver, DeviationProtectedTextResolver],
  exports: [AccessLogService],
})
export class AccessLogModule {}
