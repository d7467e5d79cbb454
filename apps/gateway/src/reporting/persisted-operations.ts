import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache, KeyValueCache } from '@apollo/utils.keyvaluecache';
import { DocumentNode, GraphQLError, Kind, OperationDefinitionNode, parse, print } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { GatewayContext } from '../graphql/identity-context';

export interface PersistedOperation {
  name: string;
  document: string;
}

export interface AllowList {
  /** sha256 of the document text → the document. */
  byHash: Map<string, PersistedOperation>;
  /** sha256 of each document as graphql-js prints it: the same operation in any layout. */
  printedHashes: Set<string>;
}

export const DEFAULT_ALLOW_LIST = path.resolve(__dirname, '../../reporting-operations.json');

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function loadAllowList(file = DEFAULT_ALLOW_LIST): AllowList {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { operations: PersistedOperation[] };
  return {
    byHash: new Map(parsed.operations.map((op) => [sha256(op.document), op])),
    printedHashes: new Set(parsed.operations.map((op) => sha256(print(parse(op.document))))),
  };
}

/**
 * Whether a request is an allow-listed operation: by the hash of its text, or, for a system that
 * sends an allowed operation laid out its own way (or as it was before the documents were
 * reformatted), by the hash of its printed form. Printing is cached per text.
 */
export function createAllowListMatcher(allowList: AllowList) {
  const printed = new LRUCache<string, boolean>({ max: 1000 });
  return (queryHash: string, document: DocumentNode): boolean => {
    if (allowList.byHash.has(queryHash)) return true;
    let allowed = printed.get(queryHash);
    if (allowed === undefined) {
      allowed = allowList.printedHashes.has(sha256(print(document)));
      printed.set(queryHash, allowed);
    }
    return allowed;
  };
}

/**
 * Apollo's automatic persisted queries, with the allow-listed operations always present: an
 * external system can send just `extensions.persistedQuery.sha256Hash`.
 */
export class AllowListCache implements KeyValueCache<string> {
  private readonly rest = new InMemoryLRUCache<string>({ maxSize: 5 * 1024 * 1024 });

  constructor(private readonly allowList: AllowList) {}

  async get(key: string): Promise<string | undefined> {
    return this.allowList.byHash.get(key.replace(/^apq:/, ''))?.document ?? this.rest.get(key);
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    await this.rest.set(key, value, options);
  }

  async delete(key: string): Promise<boolean | void> {
    return this.rest.delete(key);
  }
}

/**
 * A query of nothing but `__typename` reads no data: the web sends one to learn whether a sign-in
 * still holds, for every role, so it needs no place on the allow-list.
 */
export function readsNothing(operation: OperationDefinitionNode | undefined): boolean {
  return (
    operation?.operation === 'query' &&
    operation.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.arguments?.length,
    )
  );
}

/**
 * REPORTING may run only allow-listed operations, so what it reads is known and reviewed: the
 * external reporting systems' and the web pages' it sees, built from their typed documents.
 */
export function reportingAllowListPlugin(allowList: AllowList): ApolloServerPlugin<GatewayContext> {
  const allowed = createAllowListMatcher(allowList);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, queryHash, operation, document }) {
          const roles = contextValue.identity.roles;
          if (
            roles.length === 1 &&
            roles[0] === 'REPORTING' &&
            !readsNothing(operation) &&
            !allowed(queryHash, document)
          ) {
            throw new GraphQLError(
              'REPORTING may run only the allow-listed operations (apps/gateway/reporting-operations.json), sent as text or by sha256 hash',
              {
                extensions: { code: 'OPERATION_NOT_ALLOWED', http: { status: 403 } },
              },
            );
          }
        },
      };
    },
  };
}
