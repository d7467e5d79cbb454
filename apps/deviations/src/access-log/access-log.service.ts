import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { Deviation } from '../deviations/deviation.entity';
import { DeviationProtectedText } from '../deviations/deviation-protected-text.entity';
import { AccessLogEntry } from './access-log-entry.entity';
import {
  AccessLogCriteria,
  accessLogConditions,
  LoggedField,
  loggedRead,
  LoggedRead,
  ownReads,
  readReason,
  readReasonViolation,
} from './access-log-rules';
import { AccessLogFilter, AccessLogPaging } from './access-log.inputs';
import { AccessLogPage } from './access-log.models';

@Injectable()
export class AccessLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The protected original, logged as read. Only a text that is returned is logged; when the
   * entry cannot be written the text is not returned either.
   */
  async readProtectedText(deviation: Deviation, identity: Identity, reason?: string | null): Promise<string | null> {
    refuseAll([readReasonViolation(reason)]);
    const text =
      (await this.dataSource.getRepository(DeviationProtectedText).findOneBy({ deviationId: deviation.id }))
        ?.original ?? null;
    if (text === null) return null;
    await this.record(identity, loggedRead('protectedDescription', [], [deviation.id]), {
      reason,
      deviationKind: deviation.kind,
    });
    return text;
  }

  /**
   * Logs a read through `field` of the records returned, when loggedRead says it is one; the
   * caller returns the records only once this has resolved, so no entry means no data.
   */
  async logRead(
    identity: Identity,
    field: LoggedField,
    selected: readonly string[],
    ids: readonly string[],
    deviationKind: Deviation['kind'] | null = null,
  ): Promise<void> {
    await this.record(identity, loggedRead(field, selected, ids), { deviationKind });
  }

  private async record(
    identity: Identity,
    read: LoggedRead | null,
    { reason, deviationKind }: { reason?: string | null; deviationKind: Deviation['kind'] | null },
  ): Promise<void> {
    if (!read) return;
    await this.dataSource.getRepository(AccessLogEntry).insert({
      id: randomUUID(),
      readAt: new Date(),
      readerSub: identity.sub,
      readerName: identity.name,
      readerRoles: [...identity.roles],
      recordKind: read.recordKind,
      recordIds: read.recordIds,
      deviationKind,
      field: read.field,
      reason: readReason(reason),
    });
  }

  /** The entries the filter selects, newest first. */
  search(filter: AccessLogFilter, paging: AccessLogPaging): Promise<AccessLogPage> {
    return this.page(filter, paging);
  }

  /** The caller's own reads, newest first. */
  own(identity: Identity, paging: AccessLogPaging, filter: AccessLogFilter = {}): Promise<AccessLogPage> {
    return this.page(ownReads(identity.sub, filter), paging);
  }

  private async page(criteria: AccessLogCriteria, { offset, limit }: AccessLogPaging): Promise<AccessLogPage> {
    const { where, params } = accessLogConditions(criteria);
    const q = this.dataSource.getRepository(AccessLogEntry).createQueryBuilder('l');
    for (const condition of where) q.andWhere(condition, params);
    const [items, total] = await q
      .orderBy('l.read_at', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    return { items, total, offset, limit };
  }
}
