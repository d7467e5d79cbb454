// The reference subgraph: contracts' own SDL on bare @apollo/server + buildSubgraphSchema, with
// `units` and Unit's reference resolver doing the same TypeORM work on the same database as
// contracts does. Left out: Nest (its DI, guards, pipes, interceptors), Express, pino-http.
// Kept: the identity hand-off check and the role check, which any subgraph must do.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import { DataSource } from 'typeorm';
import { hasAnyRole, Identity, IDENTITY_HEADER, ownProviderId, verifyIdentityHandoff } from '@kvalitetsnav/auth';
import { serviceTypeOrmOptions } from '@kvalitetsnav/service-kit';
import { loadContractsConfig } from '../../../../apps/contracts/src/config';
import { CONTRACTS_ENTITIES, CONTRACTS_MIGRATIONS } from '../../../../apps/contracts/src/database';
import { Unit } from '../../../../apps/contracts/src/units/unit.entity';
import { fetchSubgraphSdl } from '../../../../apps/e2e/src/supergraph';

interface Context {
  identity: Identity;
}

const READERS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'] as const;

async function main(): Promise<void> {
  const config = loadContractsConfig();
  const dataSource = await new DataSource(
    serviceTypeOrmOptions({ config, entities: CONTRACTS_ENTITIES, migrations: CONTRACTS_MIGRATIONS }),
  ).initialize();
  const sdl = await fetchSubgraphSdl(process.env['CONTRACTS_GRAPHQL_URL'] ?? '');
  const schema = buildSubgraphSchema({
    typeDefs: parse(sdl),
    resolvers: {
      Query: {
        // UnitsService.list: the same repository call, so the same SQL.
        units: (_: unknown, args: { providerId?: string }, { identity }: Context) => {
          if (!hasAnyRole(identity, READERS))
            throw new GraphQLError('forbidden', { extensions: { code: 'FORBIDDEN' } });
          const own = ownProviderId(identity);
          if (own && args.providerId && args.providerId !== own) return [];
          const filter = own ?? args.providerId;
          return dataSource
            .getRepository(Unit)
            .find({ where: filter ? { providerId: filter } : {}, order: { name: 'ASC' } });
        },
      },
      Unit: {
        __resolveReference: (reference: { id: string }) =>
          dataSource.getRepository(Unit).findOneBy({ id: reference.id }),
      },
    } as never,
  });
  const server = new ApolloServer<Context>({ schema });
  await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: Number(process.env['PORT']) },
    context: async ({ req }) => {
      const header = req.headers[IDENTITY_HEADER];
      if (typeof header !== 'string')
        throw new GraphQLError(`missing ${IDENTITY_HEADER}`, {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      return { identity: (await verifyIdentityHandoff(header, config.IDENTITY_HANDOFF_SECRET)).identity };
    },
  });
  process.send?.('listening');
  process.once(
    'SIGTERM',
    () =>
      void server
        .stop()
        .then(() => dataSource.destroy())
        .then(() => process.exit(0)),
  );
}

void main();
