import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSourceOptions } from 'typeorm';
import { ensureDatabase, serviceDataSourceOptions } from '@kvalitetsnav/persistence';
import { InboxRecord, MessagingModule, MessagingTables1732400000000, OutboxRecord } from '@kvalitetsnav/messaging';
import { ServiceConfig } from './config';
import { RolesGuard } from './current-identity';
import { formatGraphQLError, validationErrorFromClassValidator } from './graphql-errors';
import { HealthController } from './health.controller';
import { IdArgumentsPipe } from './id-arguments.pipe';
import { createIdentityMiddleware } from './identity.middleware';
import { loggingModule } from './logging';
import { createMetricsRegistry, METRICS_REGISTRY, MetricsController } from './metrics';
import { currentRequestId } from './request-context';
import { RuleViolationFilter } from './rule-violation.filter';
import { createLoaderContext } from './request-loaders';

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

export interface ServiceKitOptions {
  service: string;
  config: ServiceConfig;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  /** Entities of other subgraphs this one extends without returning them from a query. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  extendedEntities?: Function[];
}

/** The service's database: its own entities and migrations after the outbox and inbox. */
export function serviceTypeOrmOptions(
  options: Pick<ServiceKitOptions, 'config' | 'entities' | 'migrations'>,
): DataSourceOptions {
  const { config } = options;
  return serviceDataSourceOptions({
    serverUrl: config.DATABASE_URL,
    databaseName: config.DB_NAME,
    entities: [OutboxRecord, InboxRecord, ...options.entities],
    migrations: [MessagingTables1732400000000, ...options.migrations],
    poolSize: config.DB_POOL_SIZE,
  });
}

/**
 * What makes a Nest app a Kvalitetsnav subgraph: validated config, JSON logs, its own database
 * with migrations run at start, outbox/inbox messaging, a federated schema behind the gateway's
 * identity check, health and metrics. A service's AppModule adds only its features.
 */
@Module({})
export class ServiceKitModule {
  static forRoot(options: ServiceKitOptions): DynamicModule {
    const { service, config } = options;
    const IdentityMiddleware = createIdentityMiddleware(config.IDENTITY_HANDOFF_SECRET);

    @Module({ controllers: [HealthController, MetricsController] })
    class ServiceKitRootModule implements NestModule {
      configure(consumer: MiddlewareConsumer): void {
        consumer
          .apply(IdentityMiddleware)
          .forRoutes(
            { path: 'graphql', method: RequestMethod.ALL },
            { path: 'internal/*path', method: RequestMethod.ALL },
          );
      }
    }

    return {
      module: ServiceKitRootModule,
      global: true,
      imports: [
        loggingModule(service, config.LOG_LEVEL),
        TypeOrmModule.forRootAsync({
          useFactory: async () => {
            await ensureDatabase(config.DATABASE_URL, config.DB_NAME);
            return { ...serviceTypeOrmOptions(options), migrationsRun: true, retryAttempts: 5, retryDelay: 2_000 };
          },
        }),
        MessagingModule.forRootAsync({
          useFactory: () => ({
            serviceName: service,
            brokers: config.KAFKA_BROKERS,
            clientId: `kvalitetsnav-${service}`,
            topicPrefix: config.KAFKA_TOPIC_PREFIX,
            groupId: config.KAFKA_GROUP_ID,
            requestId: currentRequestId,
          }),
        }),
        GraphQLModule.forRoot<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          autoSchemaFile: { federation: 2 },
          sortSchema: true,
          buildSchemaOptions: { orphanedTypes: options.extendedEntities ?? [] },
          path: '/graphql',
          playground: false,
          introspection: config.NODE_ENV !== 'production',
          includeStacktraceInErrorResponses: false,
          formatError: formatGraphQLError,
          // Traces would go to Apollo's cloud through the gateway; we keep our own metrics.
          plugins: [ApolloServerPluginInlineTraceDisabled()],
          context: ({ req }: { req: unknown }) => ({ req, ...createLoaderContext() }),
        }),
      ],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: METRICS_REGISTRY, useValue: createMetricsRegistry(service) },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: RuleViolationFilter },
        { provide: APP_PIPE, useClass: IdArgumentsPipe },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            transform: true,
            whitelist: true,
            forbidUnknownValues: true,
            exceptionFactory: validationErrorFromClassValidator,
          }),
        },
      ],
      exports: [SERVICE_CONFIG, METRICS_REGISTRY],
    };
  }
}
