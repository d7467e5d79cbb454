import { INestApplicationContext, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { serviceDataSourceOptions } from '@kvalitetsnav/persistence';
import {
  EventConsumer,
  InboxRecord,
  RelayTuning,
  KafkaClient,
  MessagingModule,
  MessagingTables1732400000000,
  OutboxRecord,
  OutboxService,
} from '@kvalitetsnav/messaging';

export interface HarnessConfig {
  serverUrl: string;
  databaseName: string;
  brokers: string[];
  topicPrefix: string;
  groupId: string;
  /** Registers a consumer of contracts.unit.v1 that writes one bench_effect row per event. */
  consume: boolean;
  relay?: Partial<RelayTuning>;
}

export interface Harness {
  app: INestApplicationContext;
  dataSource: DataSource;
  outbox: OutboxService;
  kafka: KafkaClient;
  close(): Promise<void>;
}

export const BENCH_TOPIC = 'contracts.unit.v1' as const;

export const unitPayload = (name: string) => ({
  id: randomUUID(),
  providerId: randomUUID(),
  name,
  serviceArea: 'HOME_CARE' as const,
  places: null,
  version: 1,
});

/** A minimal service: libs/messaging on its own database, as the messaging integration spec builds it. */
export async function startHarness(config: HarnessConfig): Promise<Harness> {
  @Injectable()
  class EffectWriter implements OnModuleInit {
    constructor(private readonly consumer: EventConsumer) {}
    onModuleInit() {
      if (!config.consume) return;
      this.consumer.on(BENCH_TOPIC, async (event, manager) => {
        await manager.query(`INSERT INTO bench_effect (event_id, name) VALUES ($1, $2)`, [
          event.eventId,
          event.payload.name,
        ]);
      });
    }
  }

  @Module({
    imports: [
      TypeOrmModule.forRoot({
        ...serviceDataSourceOptions({
          serverUrl: config.serverUrl,
          databaseName: config.databaseName,
          entities: [OutboxRecord, InboxRecord],
          migrations: [MessagingTables1732400000000],
          poolSize: 20,
        }),
        migrationsRun: true,
      }),
      MessagingModule.forRootAsync({
        useFactory: () => ({
          serviceName: 'bench',
          brokers: config.brokers,
          clientId: `bench-${config.groupId}`,
          topicPrefix: config.topicPrefix,
          groupId: config.groupId,
          relay: config.relay,
        }),
      }),
    ],
    providers: [EffectWriter],
  })
  class BenchModule {}

  // Bootstraps too: the relay (and, with `consume`, the consumer) start here.
  const app = await NestFactory.createApplicationContext(BenchModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  const dataSource = app.get(DataSource);
  await dataSource.query(`CREATE TABLE IF NOT EXISTS bench_effect (event_id uuid PRIMARY KEY, name text NOT NULL)`);
  const kafka = app.get(KafkaClient);
  await kafka.ensureTopics([BENCH_TOPIC]);
  return { app, dataSource, outbox: app.get(OutboxService), kafka, close: () => app.close() };
}
