import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, ServiceConfig } from './config';

/** Creates the Nest app with JSON logging and graceful shutdown (outbox relay, consumers, pools). */
export async function createServiceApp(module: Type | DynamicModule): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true });
  applyHttpDefaults(app);
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  return app;
}

/** main.ts of every service: parse config (stopping with a clear message), create, listen. */
export async function runService<C extends ServiceConfig>(
  service: string,
  loadConfig: () => C,
  moduleFor: (config: C) => DynamicModule,
): Promise<void> {
  let config: C;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${service}: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const app = await createServiceApp(moduleFor(config));
  await app.listen(config.PORT, config.HOST);
  keepConnectionsLonger(app);
  app.get(Logger).log(`${service} listening on http://${config.HOST}:${config.PORT}/graphql`);
}

/** How long a server keeps an idle connection: well over its clients' idle timeouts (the gateway's agent: 4 s). */
export const KEEP_ALIVE_MS = 65_000;

/**
 * Clients (the gateway to subgraphs, a proxy to the gateway) reuse idle connections; a server that
 * closes one first (Node's default is 5 s) can close it under a request: ECONNRESET, seen by the
 * user as a sporadic INTERNAL_SERVER_ERROR.
 */
export function keepConnectionsLonger(app: { getHttpServer(): unknown }): void {
  const server = app.getHttpServer() as { keepAliveTimeout: number; headersTimeout: number };
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
}

/** Express's 100 kB default is too small for a period's CSV import; 5 MB bounds it still. */
export const JSON_BODY_LIMIT = '5mb';

export function applyHttpDefaults(app: NestExpressApplication): void {
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
}
