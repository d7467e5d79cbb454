import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { dropDatabase } from '@kvalitetsnav/persistence';
import { testDatabaseName, testKafkaBrokers, testServerUrl, testTopicPrefix } from './infrastructure';

export interface RunningService {
  app: INestApplication;
  url: string;
  graphqlUrl: string;
  databaseName: string;
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Boots a service's real app module on a fresh database, real Kafka and a free port. The
 * environment it gets is the one its config schema parses, so tests go through validation too.
 */
export async function startTestService(
  service: string,
  moduleFor: (env: Record<string, string>) => DynamicModule,
  env: Record<string, string> = {},
): Promise<RunningService> {
  const databaseName = testDatabaseName(service);
  const fullEnv: Record<string, string> = {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env['KVN_TEST_LOG_LEVEL'] ?? 'warn',
    DATABASE_URL: testServerUrl(),
    DB_NAME: databaseName,
    KAFKA_BROKERS: testKafkaBrokers(),
    KAFKA_TOPIC_PREFIX: testTopicPrefix(),
    KAFKA_GROUP_ID: `kvn-${service}-${databaseName}`,
    ...env,
  };
  const app = await NestFactory.create<NestExpressApplication>(moduleFor(fullEnv), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  // As service-kit's createServiceApp (not imported: service-kit's own tests use this harness).
  app.useBodyParser('json', { limit: '5mb' });
  app.enableShutdownHooks();
  try {
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    // A half-started app keeps consumers and pools open; close it so the suite can end.
    await app.close().catch(() => undefined);
    throw error;
  }
  // As service-kit's keepConnectionsLonger: Node's 5 s lets the server close a connection the
  // client is about to reuse, and a streamed body cannot be retried (ECONNRESET under load).
  const server = app.getHttpServer() as { keepAliveTimeout: number; headersTimeout: number };
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    graphqlUrl: `${url}/graphql`,
    databaseName,
    env: fullEnv,
    async close() {
      await app.close();
      await dropDatabase(fullEnv['DATABASE_URL']!, databaseName);
    },
  };
}
