import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The supergraph composed at build time (tools/supergraph) and checked in; the gateway serves it. */
export function readSupergraph(configured?: string): string {
  const candidates = configured
    ? [configured]
    : // apps/gateway/supergraph.graphql, seen from src/graphql in the source tree and in dist.
      [path.join(__dirname, '../../supergraph.graphql')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`supergraph not found (looked in ${candidates.join(', ')}); run "npm run supergraph"`);
  return readFileSync(found, 'utf8');
}
