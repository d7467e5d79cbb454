import { ApolloGatewayDriver, ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { createUserTokenVerifier } from '@kvalitetsnav/auth';
import { loggingModule } from '@kvalitetsnav/service-kit';
import { ApiKeyIdentities } from './auth/api-key-identities';
import { createDevTokenController } from './auth/dev-token.controller';
import { GatewayConfig, SubgraphName, subgraphUrls } from './config';
import { formatGatewayError } from './graphql/gateway-errors';
import { createContextFactory } from './graphql/identity-context';
import { SubgraphDataSource } from './graphql/subgraph-data-source';
import { readSupergraph } from './graphql/supergraph';
import { createGatewayHealthController } from './health/gateway-health.controller';

@Module({})
export class GatewayAppModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    const urls = subgraphUrls(config);
    const verifyUserToken = createUserTokenVerifier({
      secret: config.AUTH_JWT_SECRET,
      jwksUrl: config.AUTH_JWKS_URL,
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
    });
    return {
      module: GatewayAppModule,
      imports: [
        loggingModule('gateway', config.LOG_LEVEL),
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: {
            path: '/graphql',
            playground: false,
            introspection: config.NODE_ENV !== 'production',
            includeStacktraceInErrorResponses: false,
            csrfPrevention: true,
            formatError: formatGatewayError,
            context: createContextFactory(verifyUserToken, new ApiKeyIdentities(urls.contracts, config.IDENTITY_HANDOFF_SECRET), config.IDENTITY_HANDOFF_SECRET),
          },
          gateway: {
            supergraphSdl: readSupergraph(config.SUPERGRAPH_PATH),
            // Subgraph addresses come from the environment, not from the composed file.
            buildService: ({ name, url }) => new SubgraphDataSource({ url: urls[name as SubgraphName] ?? url }),
          },
        }),
      ],
      controllers: [createDevTokenController(config), createGatewayHealthController(config)],
    };
  }
}
