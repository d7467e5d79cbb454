import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLList, GraphQLNonNull, GraphQLOutputType, GraphQLSchema, DocumentNode } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { isIntrospectionOnly } from './introspection';

/** A list is assumed to hold this many items unless the query asks for fewer (limit/first/take). */
export const ASSUMED_LIST_SIZE = 20;

const isList = (type: GraphQLOutputType): boolean =>
  type instanceof GraphQLNonNull ? isList(type.ofType) : type instanceof GraphQLList;

/** Each field costs 1, and a list field multiplies what is selected inside it: lists multiply. */
export const listMultiplyingEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!isList(field.type)) return 1 + childComplexity;
  const asked = [args['limit'], args['first'], args['take']].find((v) => typeof v === 'number' && v > 0) as
    number | undefined;
  return 1 + Math.min(asked ?? ASSUMED_LIST_SIZE, ASSUMED_LIST_SIZE * 5) * Math.max(1, childComplexity);
};

export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  return getComplexity({ schema, query: document, operationName, variables, estimators: [listMultiplyingEstimator] });
}

/**
 * The cost depends only on the schema, the document, the operation and the variables (list sizes,
 * @include/@skip), and clients repeat the same few operations: walking the document each time was
 * a visible share of the gateway's CPU per request. Bounded by the keys' total length.
 */
export function createCostCache() {
  const costs = new LRUCache<string, number>({ maxSize: 2 * 1024 * 1024, sizeCalculation: (_cost, key) => key.length });
  let schemaOfCosts: GraphQLSchema | undefined;
  return (
    schema: GraphQLSchema,
    document: DocumentNode,
    queryHash: string,
    operationName: string | undefined,
    variables: Record<string, unknown>,
  ): number => {
    if (schema !== schemaOfCosts) {
      costs.clear(); // a new supergraph may price the same document differently
      schemaOfCosts = schema;
    }
    const key = `${queryHash}\n${operationName ?? ''}\n${JSON.stringify(variables)}`;
    let cost = costs.get(key);
    if (cost === undefined) {
      cost = queryCost(schema, document, operationName, variables);
      costs.set(key, cost);
    }
    return cost;
  };
}

/**
 * Refuses an operation whose estimated cost is over the limit, before any subgraph is asked.
 * With `exemptIntrospection` (only where introspection is on) a query that reads nothing but the
 * schema passes: the gateway answers it from memory, yet the standard introspection query prices
 * at over 300,000 because __schema's lists multiply like data lists would.
 */
export function queryCostPlugin(maxCost: number, { exemptIntrospection = false } = {}): ApolloServerPlugin {
  const cachedCost = createCostCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, queryHash, request }) {
          if (exemptIntrospection && operation && isIntrospectionOnly(document, operation)) return;
          const cost = cachedCost(
            schema,
            document,
            queryHash,
            request.operationName ?? undefined,
            request.variables ?? {},
          );
          if (cost > maxCost) {
            throw new GraphQLError(
              `query cost ${cost} exceeds the limit of ${maxCost} (each list counts as ${ASSUMED_LIST_SIZE} items unless limited)`,
              {
                extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
