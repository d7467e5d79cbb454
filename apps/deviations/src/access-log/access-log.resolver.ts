import { Args, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { AccessLogEntry } from './access-log-entry.entity';
import { OWN_READS_READERS } from './access-log-rules';
import { AccessLogFilter, AccessLogPaging } from './access-log.inputs';
import { AccessLogPage } from './access-log.models';
import { AccessLogService } from './access-log.service';

/** Who read what: the whole log for the administrator, one's own reads for everyone who reads. */
@Resolver(() => AccessLogEntry)
export class AccessLogResolver {
  constructor(private readonly accessLogService: AccessLogService) {}

  @Query(() => AccessLogPage, {
    description:
      "Every logged read of an individual's data, newest first: by period, reader, kind of record and record. The log cannot be changed.",
  })
  @RequireRoles('ADMIN')
  accessLog(
    @Args('filter', { type: () => AccessLogFilter, nullable: true }) filter?: AccessLogFilter,
    @Args('paging', { type: () => AccessLogPaging, nullable: true }) paging?: AccessLogPaging,
  ): Promise<AccessLogPage> {
    return this.accessLogService.search(filter ?? {}, paging ?? new AccessLogPaging());
  }

  @Query(() => AccessLogPage, { description: "The caller's own logged reads, newest first." })
  @RequireRoles(...OWN_READS_READERS)
  myAccessLog(
    @CurrentIdentity() identity: Identity,
    @Args('paging', { type: () => AccessLogPaging, nullable: true }) paging?: AccessLogPaging,
  ): Promise<AccessLogPage> {
    return this.accessLogService.own(identity, paging ?? new AccessLogPaging());
  }
}
