import { buildSchema, getIntrospectionQuery, getOperationAST, parse } from 'graphql';
import { isIntrospectionOnly } from './introspection';
import { createCostCache, queryCost } from './query-cost';
import { limitCode } from './query-limits';
import { rateLimitKey } from './rate-limit.middleware';

const schema = buildSchema(`
  type Unit { id: ID! name: String! contracts: [Contract!]! }
  type Contract { id: ID! units: [Unit!]! }
  type Provider { id: ID! units: [Unit!]! }
  type Query { providers: [Provider!]! provider(id: ID!): Provider deviations(limit: Int): [Unit!]! }
`);

describe('query cost', () => {
  it('counts a field as 1 and multiplies what a list holds by 20', () => {
    expect(queryCost(schema, parse('{ provider(id: "1") { id } }'), undefined, {})).toBe(2);
    // providers: 1 + 20·(id 1 + units (1 + 20·2)) = 1 + 20·42
    expect(queryCost(schema, parse('{ providers { id units { id name } } }'), undefined, {})).toBe(1 + 20 * 42);
  });

  it('grows geometrically with nested lists, and uses a smaller limit when asked', () => {
    const deep = queryCost(
      schema,
      parse('{ providers { units { contracts { units { contracts { id } } } } } }'),
      undefined,
      {},
    );
    expect(deep).toBeGreaterThan(20 ** 5);
    expect(queryCost(schema, parse('{ deviations(limit: 5) { id } }'), undefined, {})).toBe(1 + 5 * 1);
  });
});

describe('cached query cost', () => {
  const query = 'query Q($n: Int) { deviations(limit: $n) { id } }';

  it('prices by document, operation and variables, and again for a new schema', () => {
    const cost = createCostCache();
    expect(cost(schema, parse(query), 'hash', 'Q', { n: 5 })).toBe(1 + 5);
    expect(cost(schema, parse(query), 'hash', 'Q', { n: 5 })).toBe(1 + 5);
    expect(cost(schema, parse(query), 'hash', 'Q', { n: 2 })).toBe(1 + 2);
    const other = buildSchema('type Unit { id: ID! } type Query { deviations(limit: Int): Unit }');
    expect(cost(other, parse(query), 'hash', 'Q', { n: 5 })).toBe(2);
  });
});

describe('introspection-only operations', () => {
  const only = (query: string, operationName?: string) => {
    const document = parse(query);
    return isIntrospectionOnly(document, getOperationAST(document, operationName)!);
  };

  it("recognise graphql-js's standard introspection query, with every option", () => {
    expect(only(getIntrospectionQuery())).toBe(true);
    expect(
      only(
        getIntrospectionQuery({
          descriptions: true,
          specifiedByUrl: true,
          directiveIsRepeatable: true,
          schemaDescription: true,
          inputValueDeprecation: true,
          oneOf: true,
        }),
      ),
    ).toBe(true);
    expect(queryCost(schema, parse(getIntrospectionQuery()), undefined, {})).toBeGreaterThan(50_000);
  });

  it('look through fragments and inline fragments at the root', () => {
    expect(only('{ __typename }')).toBe(true);
    expect(only('{ __type(name: "Unit") { name fields { name } } }')).toBe(true);
    expect(only('query { ...Root ...Root } fragment Root on Query { __schema { types { name } } }')).toBe(true);
    expect(only('{ ... on Query { __typename } }')).toBe(true);
  });

  it('do not include a query that also reads data, however it is spelled', () => {
    expect(only('{ __schema { types { name } } providers { id } }')).toBe(false);
    expect(only('query { ...Root } fragment Root on Query { __typename providers { id } }')).toBe(false);
    expect(only('{ ... on Query { providers { id } } __typename }')).toBe(false);
    expect(only('{ __typename providers @skip(if: true) { id } }')).toBe(false);
    expect(only('{ provider(id: "1") { __typename } }')).toBe(false);
    expect(only('mutation { __typename }')).toBe(false);
  });

  it('judge the operation that runs, not the document', () => {
    const two = 'query Schema { __schema { queryType { name } } } query Data { providers { id } }';
    expect(only(two, 'Schema')).toBe(true);
    expect(only(two, 'Data')).toBe(false);
  });
});

describe('limit codes', () => {
  it('name what GraphQL Armor refused', () => {
    expect(limitCode('Syntax Error: Query depth limit of 10 exceeded, found 12.')).toBe('QUERY_TOO_DEEP');
    expect(limitCode('Syntax Error: Aliases limit of 20 exceeded, found 500.')).toBe('TOO_MANY_ALIASES');
    expect(limitCode('Syntax Error: Document contains more than 5000 tokens. Parsing aborted.')).toBe('QUERY_TOO_LONG');
    expect(limitCode('Cannot query field "x"')).toBeUndefined();
  });
});

describe('rate limit keys', () => {
  const req = (headers: Record<string, string>) => ({ headers, socket: { remoteAddress: '10.0.0.7' } }) as never;
  const jwt = (payload: object) => `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;

  it('counts per API key, per user, else per address', () => {
    expect(rateLimitKey(req({ 'x-api-key': 'kvn_abc_def' }))).toMatch(/^key:[0-9a-f]{24}$/);
    expect(rateLimitKey(req({ authorization: `Bearer ${jwt({ sub: 'anna' })}` }))).toBe('user:anna');
    expect(rateLimitKey(req({ authorization: 'Bearer opaque-token' }))).toMatch(/^token:/);
    expect(rateLimitKey(req({}))).toBe('ip:10.0.0.7');
  });
});
