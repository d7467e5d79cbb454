import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Provider } from '../providers/provider.entity';
import { Unit } from '../units/unit.entity';
import { ProviderActivity, ProviderActivityKind } from './provider-activity.models';

interface ActivityRow {
  kind: ProviderActivityKind;
  providerId: string;
  unitId: string | null;
  year: number | null;
  half: number | null;
  version: number | null;
  followUpId: string | null;
  action: string | null;
  by: string;
  at: Date;
}

@Injectable()
export class ProviderActivityService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Reports (every version) and answers to required actions (from the follow-ups' change log), newest first. */
  async latest(limit: number): Promise<ProviderActivity[]> {
    const rows: ActivityRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT 'STAFFING_REPORT' AS kind, provider_id AS "providerId", unit_id AS "unitId", year, half, version,
                NULL::uuid AS "followUpId", NULL AS action, submitted_by AS by, submitted_at AS at
           FROM staffing_report
         UNION ALL
         SELECT 'BUSINESS_REPORT', provider_id, unit_id, year, NULL, version, NULL, NULL, submitted_by, submitted_at
           FROM business_report
         UNION ALL
         SELECT CASE c.action WHEN 'ACTION_SUBMIT_PLAN' THEN 'ACTION_PLAN' ELSE 'ACTION_COMPLETED' END,
                f.provider_id, NULL, NULL, NULL, NULL, f.id, a.description, c.changed_by, c.changed_at
           FROM change_log c
           JOIN follow_up f ON f.id::text = c.entity_id
           JOIN follow_up_action a ON a.id::text = c.changes->>'actionId'
          WHERE c.entity_type = 'FOLLOW_UP' AND c.action IN ('ACTION_SUBMIT_PLAN', 'ACTION_COMPLETE')
            AND f.provider_id IS NOT NULL
       ) activity
       ORDER BY at DESC
       LIMIT $1`,
      [limit],
    );
    const providers = await this.byId(
      Provider,
      rows.map((r) => r.providerId),
    );
    const units = await this.byId(
      Unit,
      rows.flatMap((r) => (r.unitId ? [r.unitId] : [])),
    );
    return rows.map(({ providerId, unitId, ...row }) => ({
      ...row,
      provider: providers.get(providerId) as Provider,
      unit: unitId ? (units.get(unitId) ?? null) : null,
    }));
  }

  private async byId<T extends { id: string }>(entity: new () => T, ids: string[]): Promise<Map<string, T>> {
    if (!ids.length) return new Map();
    const found = await this.dataSource.getRepository(entity).findBy({ id: In([...new Set(ids)]) } as never);
    return new Map(found.map((e) => [e.id, e]));
  }
}
