import { ApolloGatewayDriver, ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule, OnApplicationShutdown } from '@nestjs/common';
import helmet from 'helmet';
import { GraphQLModule } from '@nestjs/graphql';
import { cacheVerifiedTokens, createUserTokenVerifier } from '@kvalitetsnav/auth';
import { loggingModule } from '@kvalitetsnav/service-kit';
import { ApiKeyIdentities } from './auth/api-key-identities';
import { createDevTokenController } from './auth/dev-token.controller';
import { GatewayConfig, SubgraphName, subgraphUrls } from './config';
import { createExploreController } from './explore/explore.controller';
import { ServedSchema } from './explore/public-schema';
import { clientErrorStatusPlugin, formatGatewayError } from './graphql/gateway-errors';
import { createContextFactory, createIdentifier } from './graphql/identity-context';
import { SubgraphDataSource } from './graphql/subgraph-data-source';
import { readSupergraph } from './graphql/supergraph';
import { createGatewayHealthController } from './health/gateway-health.controller';
import { queryLimitProtection } from './limits/query-limits';
import { createRateLimitStore } from './limits/rate-limit-store';
import { createRateLimitMiddleware } from './limits/rate-limit.middleware';
import { createFollowUpReportsController } from './reports/follow-up-reports.controller';
import { createImportsController } from './imports/imports.controller';
import { ReportData } from './reports/report-data';
import { createReportsController } from './reports/reports.controller';
import { AllowListCache, loadAllowList, reportingAllowListPlugin } from './reporting/persisted-operations';

@Module({})
export class GatewayAppModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    const urls = subgraphUrls(config);
    const reportData = new ReportData(urls, config.IDENTITY_HANDOFF_SECRET);
    const verifyUserToken = cacheVerifiedTokens(
      createUserTokenVerifier({
        secret: config.AUTH_JWT_SECRET,
        jwksUrl: config.AUTH_JWKS_URL,
        issuer: config.AUTH_ISSUER,
        audience: config.AUTH_AUDIENCE,
      }),
    );
    // Development and tests only: introspection, GraphiQL and the schema download go together.
    const introspection = config.NODE_ENV !== 'production';
    const protection = queryLimitProtection({
      maxDepth: config.MAX_QUERY_DEPTH,
      maxAliases: config.MAX_QUERY_ALIASES,
      maxDirectives: 10,
      maxTokens: config.MAX_QUERY_TOKENS,
      maxCost: config.MAX_QUERY_COST,
      hideSuggestions: config.NODE_ENV === 'production',
      introspection,
    });
    const identify = createIdentifier(
      verifyUserToken,
      new ApiKeyIdentities(urls.contracts, config.IDENTITY_HANDOFF_SECRET),
    );
    // One budget across every instance when REDIS_URL names a shared Redis; else this process's memory.
    const rateLimitStore = createRateLimitStore({
      perMinute: config.RATE_LIMIT_PER_MINUTE,
      redisUrl: config.REDIS_URL,
      keyPrefix: config.RATE_LIMIT_KEY_PREFIX,
    });
    const rateLimit = createRateLimitMiddleware(config.RATE_LIMIT_PER_MINUTE, rateLimitStore.limiter);
    const allowList = loadAllowList();
    const servedSchema = new ServedSchema();

    // Security headers on every answer; the request budget on the GraphQL endpoint, report and schema downloads.
    @Module({})
    class GatewayHttpModule implements NestModule, OnApplicationShutdown {
      async onApplicationShutdown(): Promise<void> {
        await rateLimitStore.close();
      }

      configure(consumer: MiddlewareConsumer): void {
        consumer.apply(helmet()).forRoutes('*path');
        consumer
          .apply(rateLimit)
          .forRoutes('graphql', 'reports', 'reports/*path', 'public/*path', 'imports/*path', 'schema.graphql');
      }
    }

    return {
      module: GatewayAppModule,
      imports: [
        GatewayHttpModule,
        loggingModule('gateway', config.LOG_LEVEL),
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: {
            path: '/graphql',
            playground: false,
            introspection,
            includeStacktraceInErrorResponses: false,
            // Our status plugin decides (400 for bad requests, 503 + Retry-After when a service is briefly away); Nest would reset it to 200.
            preserveHttpStatusForExecutionErrors: false,
            csrfPrevention: true,
            allowBatchedHttpRequests: protection.allowBatchedHttpRequests,
            plugins: [
              ...protection.plugins,
              reportingAllowListPlugin(allowList),
              clientErrorStatusPlugin(),
              servedSchema.plugin(),
            ],
            persistedQueries: { cache: new AllowListCache(allowList) },
            validationRules: protection.validationRules,
            parseOptions: protection.parseOptions,
            formatError: formatGatewayError,
            context: createContextFactory(identify, config.IDENTITY_HANDOFF_SECRET),
          },
          gateway: {
            supergraphSdl: readSupergraph(config.SUPERGRAPH_PATH),
            // Subgraph addresses come from the environment, not from the composed file.
            buildService: ({ name, url }) => new SubgraphDataSource({ url: urls[name as SubgraphName] ?? url }),
          },
        }),
      ],
      controllers: [
        createDevTokenController(config, reportData),
        createGatewayHealthController(config, rateLimitStore.state),
        createReportsController(config, identify, reportData),
        createFollowUpReportsController(config, identify, reportData),
        createImportsController(urls.deviations, identify, config.IDENTITY_HANDOFF_SECRET),
        ...(introspection ? [createExploreController(identify, servedSchema)] : []),
      ],
    };
  }
}
