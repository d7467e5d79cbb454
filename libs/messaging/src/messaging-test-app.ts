import { Module, Provider } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dropDatabase, ensureDatabase, serviceDataSourceOptions } from '@kvalitetsnav/persistence';
import { testDatabaseName, testKafkaBrokers, testServerUrl, testTopicPrefix, waitFor } from '@kvalitetsnav/testing';
import { EventConsumer } from './event-consumer';
import { InboxRecord } from './inbox.entity';
import { MessagingTables1732400000000 } from './messaging.migration';
import { MessagingModule } from './messaging.module';
import { MessagingOptions } from './messaging-options';
import { OutboxRecord } from './outbox.entity';

export interface MessagingTestApp {
  moduleRef: TestingModule;
  dataSource: DataSource;
  topicPrefix: string;
  groupId: string;
  close(): Promise<void>;
}

/**
 * For libs/messaging's integration specs: MessagingModule in a Nest app of its own on a fresh
 * database and topic prefix, with `providers` registering handlers and `effectTableSql` creating
 * the table their effects go to; resolves once the consumer runs.
 */
export async function startMessagingTestApp(
  name: string,
  providers: Provider[],
  effectTableSql: string,
  tuning: Pick<MessagingOptions, 'relay' | 'consumer'>,
): Promise<MessagingTestApp> {
  const databaseName = testDatabaseName(name.replace(/-/g, '_'));
  const topicPrefix = testTopicPrefix();
  const groupId = `${name}-${databaseName}`;
  await ensureDatabase(testServerUrl(), databaseName);
  @Module({
    imports: [
      TypeOrmModule.forRoot({
        ...serviceDataSourceOptions({
          serverUrl: testServerUrl(),
          databaseName,
          entities: [OutboxRecord, InboxRecord],
          migrations: [MessagingTables1732400000000],
        }),
        migrationsRun: true,
      }),
      MessagingModule.forRootAsync({
        useFactory: () => ({
          serviceName: name,
          brokers: testKafkaBrokers().split(','),
          clientId: name,
          topicPrefix,
          groupId,
          ...tuning,
        }),
      }),
    ],
    providers,
  })
  class TestAppModule {}
  const moduleRef = await Test.createTestingModule({ imports: [TestAppModule] }).compile();
  const dataSource = moduleRef.get(DataSource);
  await dataSource.query(effectTableSql);
  moduleRef.enableShutdownHooks();
  await moduleRef.init();
  await waitFor(async () => moduleRef.get(EventConsumer).isRunning, { what: 'consumer running' });
  return {
    moduleRef,
    dataSource,
    topicPrefix,
    groupId,
    async close() {
      await moduleRef.close();
      await dropDatabase(testServerUrl(), databaseName);
    },
  };
}
