// npm run supergraph: starts the four subgraphs (throwaway test databases), fetches their real
// SDL, composes it with @apollo/composition and writes apps/gateway/supergraph.graphql, beside it
// schema.graphql (the public API schema clients see), and the schema's enums for the Swedish
// catalogue (libs/codes/src/schema-enums.generated.ts).
import { writeFileSync } from 'node:fs';
import { publicSchemaOf } from '../../apps/gateway/src/explore/public-schema';
import { buildSchema } from 'graphql';
import { SCHEMA_ENUMS_FILE, schemaEnumsSource } from './schema-enums';
import { SUBGRAPHS, startStack } from '../../apps/e2e/src/stack';
import {
  composeSupergraph,
  DEFAULT_SUBGRAPH_URLS,
  fetchSubgraphSdl,
  SCHEMA_FILE,
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
    const supergraph = composeSupergraph(sources);
    writeFileSync(SUPERGRAPH_FILE, supergraph);
    const publicSdl = await publicSchemaOf(supergraph);
    writeFileSync(SCHEMA_FILE, publicSdl);
    writeFileSync(SCHEMA_ENUMS_FILE, schemaEnumsSource(buildSchema(publicSdl)));
    console.log(`wrote ${SUPERGRAPH_FILE}, ${SCHEMA_FILE} and ${SCHEMA_ENUMS_FILE}`);
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
