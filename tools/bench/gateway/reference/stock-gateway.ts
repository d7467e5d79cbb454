// The reference gateway: @apollo/gateway set up the plain way, on the same supergraph and the
// same subgraphs as ours, with nothing of ours in front (no token check, limits, logging or Nest).
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { IDENTITY_HEADER } from '@kvalitetsnav/auth';
import { benchIdentity, rollingHandoff } from './handoff';

async function main(): Promise<void> {
  const urls = JSON.parse(process.env['SUBGRAPH_URLS'] ?? '{}') as Record<string, string>;
  const handoff = await rollingHandoff(benchIdentity());
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(process.env['SUPERGRAPH_PATH'] ?? 'apps/gateway/supergraph.graphql', 'utf8'),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url: urls[name] ?? url,
        // Subgraphs answer only what a gateway vouched for; this one vouches for the bench identity.
        willSendRequest: ({ request }) => void request.http?.headers.set(IDENTITY_HEADER, handoff.current()),
      }),
  });
  const server = new ApolloServer({ gateway });
  await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: Number(process.env['PORT']) } });
  process.send?.('listening');
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
}

void main();
