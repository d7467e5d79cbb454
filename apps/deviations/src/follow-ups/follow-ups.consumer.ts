import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventConsumer } from '@kvalitetsnav/messaging';
import { upsertNewerSql } from '@kvalitetsnav/unit-catalogue';

const UPSERT = upsertNewerSql('follow_up_ref', ['id', 'contract_id', 'provider_id', 'type', 'status', 'version']);

/** Keeps deviations' copy of contracts' follow-ups from `contracts.follow-up.v1`. */
@Injectable()
export class FollowUpsConsumer implements OnModuleInit {
  constructor(private readonly consumer: EventConsumer) {}

  onModuleInit(): void {
    this.consumer.on('contracts.follow-up.v1', async ({ payload: f }, manager) => {
      await manager.query(UPSERT, [f.id, f.contractId, f.providerId, f.type, f.status, f.version]);
    });
  }
}
