import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import path from 'node:path';
import { adminIdentity, handoffHeaders, postGraphQL } from '@kvalitetsnav/testing';

export const SUPERGRAPH_FILE = path.resolve(__dirname, '../../gateway/supergraph.graphql');
/** The public API schema clients see (the supergraph's API schema), committed beside it. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../gateway/schema.graphql');

/** Where the supergraph says each subgraph lives; the gateway overrides these from its env. */
export const DEFAULT_SUBGRAPH_URLS = {
  contracts: 'http://127.0.0.1:4001/graphql',
  surveys: 'http://127.0.0.1:4002/graphql',
  deviations: 'http://127.0.0.1:4003/graphql',
  forecasting: 'http://127.0.0.1:4004/graphql',
} as const;

export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
}

/** The SDL a running subgraph serves, fetched the way federation does (`_service { sdl }`). */
export async function fetchSubgraphSdl(graphqlUrl: string): Promise<string> {
  const result = await postGraphQL<{ _service: { sdl: string } }>(
    graphqlUrl,
    '{ _service { sdl } }',
    {},
    await handoffHeaders(adminIdentity),
  );
  if (!result.data?._service) throw new Error(`no SDL from ${graphqlUrl}: ${JSON.stringify(result.errors)}`);
  return result.data._service.sdl;
}

/** Composes with Apollo's own composition; throws with every composition error listed. */
export function composeSupergraph(subgraphs: SubgraphSource[]): string {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) {
    throw new Error(`supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}
