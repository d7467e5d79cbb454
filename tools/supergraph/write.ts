// npm run supergraph: starts the four subgraphs (throwaway test databases), fetches their real
// SDL, composes it with @apollo/composition and writes apps/gateway/supergraph.graphql.
import { writeFileSync } from 'node:fs';
import { SUBGRAPHS, startStack } from '../../apps/e2e/src/stack';
import {
  composeSupergraph,
  DEFAULT_SUBGRAPH_URLS,
  fetchSubgraphSdl,
  SUPERGRAPH_FILE,
} from '../../apps/e2e/src/supergraph';

async function main() {
  process.env['NODE_ENV'] = 'test';
  const stack = await startStack({ gateway: false });
  try {
    const sources = await Promise.all(
      SUBGRAPHS.map(async (name) => ({
        name,
        url: DEFAULT_SUBGRAPH_URLS[name],
        sdl: await fetchSubgraphSdl(`${stack.subgraphs[name].url}/graphql`),
      })),
    );
    writeFileSync(SUPERGRAPH_FILE, composeSupergraph(sources));
    console.log(`wrote ${SUPERGRAPH_FILE}`);
  } finally {
    await stack.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
