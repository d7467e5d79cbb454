import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventConsumer } from '@kvalitetsnav/messaging';
import { SignalKind } from '../planning/risk-rules';

const UPSERT = `INSERT INTO risk_signal (source_key, kind, unit_id, provider_id, occurred_on, value, version)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (source_key) DO UPDATE SET kind = EXCLUDED.kind, unit_id = EXCLUDED.unit_id, provider_id = EXCLUDED.provider_id,
    occurred_on = EXCLUDED.occurred_on, value = EXCLUDED.value, version = EXCLUDED.version, received_at = now()
  WHERE risk_signal.version < EXCLUDED.version`;

interface SignalRow {
  sourceKey: string;
  kind: SignalKind;
  unitId: string;
  providerId: string;
  occurredOn: string;
  value: number | null;
  version: number;
}

const save = (manager: EntityManager, s: SignalRow) =>
  manager.query(UPSERT, [s.sourceKey, s.kind, s.unitId, s.providerId, s.occurredOn, s.value, s.version]);

/** Keeps the risk signals follow-up selection weighs, from deviations, surveys and forecasting. */
@Injectable()
export class RiskSignalsConsumer implements OnModuleInit {
  constructor(private readonly consumer: EventConsumer) {}

  onModuleInit(): void {
    this.consumer.on('deviations.deviation.v1', async ({ payload: d }, manager) => {
      await save(manager, {
        sourceKey: `${d.kind === 'COMPLAINT' ? 'complaint' : 'deviation'}:${d.id}`,
        kind: d.kind,
        unitId: d.unitId,
        providerId: d.providerId,
        occurredOn: d.occurredOn,
        value: null,
        version: d.version,
      });
    });
    this.consumer.on('deviations.complaint.v1', async ({ payload: c }, manager) => {
      await save(manager, {
        sourceKey: `complaint:${c.id}`,
        kind: 'COMPLAINT',
        unitId: c.unitId,
        providerId: c.providerId,
        occurredOn: c.receivedOn,
        value: null,
        version: c.version,
      });
    });
    this.consumer.on('surveys.result.v1', async ({ payload: r }, manager) => {
      for (const u of r.units) {
        await save(manager, {
          sourceKey: `survey:${r.roundId}:${u.unitId}`,
          kind: 'SURVEY_RESULT',
          unitId: u.unitId,
          providerId: u.providerId,
          occurredOn: r.closedOn,
          value: u.sharePositive,
          version: 1,
        });
      }
    });
    this.consumer.on('forecasting.case-flow.v1', async ({ payload: f }, manager) => {
      await manager.query(`INSERT INTO case_flow_month (unit_id, month) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        f.unitId,
        f.month,
      ]);
    });
  }
}
