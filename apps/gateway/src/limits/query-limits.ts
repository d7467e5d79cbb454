import { ApolloArmor } from '@escape.tech/graphql-armor';
import { queryCostPlugin } from './query-cost';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  /** Hide "did you mean …" hints that map out the schema. */
  hideSuggestions: boolean;
  /** Introspection is answered (never in production): a query that reads only the schema is then exempt from the cost limit. */
  introspection: boolean;
}

/** GraphQL Armor for depth, aliases, directives and tokens; our own plugin for cost, where lists multiply. */
export function queryLimitProtection(limits: QueryLimits) {
  const armor = new ApolloArmor({
    // __schema's own nesting (a type's ofType chain) is not depth. Where introspection is off,
    // Apollo's validation refuses __schema anyway, with a clearer message than a depth error.
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Tokens are counted by graphql-js's own parser (Apollo's parseOptions): its refusal is a
    // proper parse error (400), where Armor's plugin would surface as an internal one.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: limits.hideSuggestions },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...plugins, queryCostPlugin(limits.maxCost, { exemptIntrospection: limits.introspection })],
    validationRules,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

const LIMIT_MESSAGES: [RegExp, string][] = [
  [/^Syntax Error: Query depth limit/, 'QUERY_TOO_DEEP'],
  [/^Syntax Error: Aliases limit/, 'TOO_MANY_ALIASES'],
  [/^Syntax Error: Directives limit/, 'TOO_MANY_DIRECTIVES'],
  [/^Syntax Error: (Token limit|Document contains more th[ae]n \d+ tokens)/, 'QUERY_TOO_LONG'],
];

/** The specific code for a refusal by one of GraphQL Armor's limits, which reports them as plain validation errors. */
export function limitCode(message: string): string | undefined {
  return LIMIT_MESSAGES.find(([pattern]) => pattern.test(message))?.[1];
}
