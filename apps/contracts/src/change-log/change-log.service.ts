import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { ChangeLogEntry } from './change-log-entry.entity';

export type LoggedEntity =
  | 'PROVIDER'
  | 'UNIT'
  | 'CONTRACT'
  | 'FOLLOW_UP'
  | 'FOLLOW_UP_PLAN'
  | 'PROVIDER_CONTACT'
  | 'SUPERVISION_CASE'
  | 'BOARD'
  | 'DEPARTMENT'
  | 'SERVICE_AREA'
  | 'SECTOR';

@Injectable()
export class ChangeLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Call inside the transaction that makes the change, so the history cannot miss one. */
  async record(
    manager: EntityManager,
    entry: {
      entityType: LoggedEntity;
      entityId: string;
      action: string;
      by: Identity;
      changes: Record<string, unknown>;
    },
  ) {
    await manager.query(
      `INSERT INTO change_log (entity_type, entity_id, action, changed_by, changed_at, changes) VALUES ($1, $2, $3, $4, now(), $5)`,
      [entry.entityType, entry.entityId, entry.action, entry.by.sub, JSON.stringify(entry.changes)],
    );
  }

  history(entityId: string): Promise<ChangeLogEntry[]> {
    return this.dataSource.getRepository(ChangeLogEntry).find({ where: { entityId }, order: { id: 'ASC' } });
  }
}
