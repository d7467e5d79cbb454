import fc from 'fast-check';
import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import { postGraphQL, waitFor } from '@kvalitetsnav/testing';
import { operations } from './operations';
import { issueApiKey, registerProvider, registerUnit } from './register';
import { Stack, startStack } from './stack';

/** Codes a caller can act on; anything else (or no code) is an unclear error. */
const CLEAR = new Set([
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'QUERY_TOO_COSTLY',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'QUERY_TOO_LONG',
  'RATE_LIMITED',
  'OPERATION_NOT_ALLOWED',
]);
const INJECTIONS = [
  "'; DROP TABLE provider; --",
  '<script>alert(1)</script>',
  '${jndi:ldap://x/a}',
  '../../../../etc/passwd',
  '\u202Egnp.exe',
  'a\u0000b',
  '𝕂𝕧𝕒𝕝𝕚𝕥𝕖𝕥𝕤𝕟𝕒𝕧',
  'Ω'.repeat(5000),
  '{"$gt": ""}',
  '1 OR 1=1',
  '%00',
  '\uFEFF\u200B\u200D',
];

interface Outcome {
  status: number;
  codes: (string | undefined)[];
  wrote: boolean;
}

/**
 * At least 500 generated hostile requests (fast-check, seeded so a failure can be replayed):
 * wrong types, missing fields, huge and tricky strings, injection attempts, deep and costly
 * queries, alias floods, batches and bad CSV uploads. Counted: 5xx answers, writes that
 * happened although the request was refused, and errors without a clear code. Goal: 0, 0, 0.
 */
describe('hostile input through the gateway', () => {
  let stack: Stack;
  let admin: Record<string, string>;
  let provider: Record<string, string>;
  let unitId: string;

  const send = (body: unknown, headers = admin) =>
    fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const counts = async () => {
    const r = await postGraphQL<any>(
      `${stack.gatewayUrl}/graphql`,
      `{ providers { id } units { id } contracts { id } deviations { id } followUps { id } surveyRounds { id } }`,
      {},
      admin,
    );
    return JSON.stringify(Object.values(r.data ?? {}).map((list) => (list as unknown[]).length));
  };

  beforeAll(async () => {
    stack = await startStack({ gatewayEnv: { RATE_LIMIT_PER_MINUTE: '100000' } });
    admin = {
      authorization: `Bearer ${await signUserToken({ sub: 'hostile-admin', name: 'Admin', roles: ['ADMIN'] }, DEVELOPMENT_JWT_SECRET)}`,
    };
    const graphql = `${stack.gatewayUrl}/graphql`;
    const gatewayUrl = stack.gatewayUrl!;
    const { id: providerId } = await registerProvider(gatewayUrl, admin);
    unitId = (await registerUnit(gatewayUrl, admin, providerId)).id;
    provider = await issueApiKey(gatewayUrl, admin, providerId, 'fuzz');
    await waitFor(
      async () =>
        !(
          await postGraphQL(
            graphql,
            `mutation($i: ReportDeviationInput!) { reportDeviation(input: $i) { id } }`,
            { i: { unitId, kind: 'SOL_LSS', occurredOn: '2022-01-01', description: 'seed' } },
            admin,
          )
        ).errors,
      { what: 'the unit in deviations' },
    );
  });
  afterAll(() => stack?.close());

  it('answers every hostile request with a clear refusal, no 5xx and no partial write', async () => {
    const ops = operations();
    const mutations = ops.filter((o) => o.kind === 'mutation');
    const hostileValue = fc.oneof(
      fc.anything(),
      fc.constantFrom(...INJECTIONS),
      fc.string({ minLength: 20_000, maxLength: 60_000 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
      fc.double(),
      fc.constant(null),
    );
    const mutate = (value: unknown, pick: unknown): unknown => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const entries = Object.entries(value);
        if (!entries.length) return pick;
        const [drop] = entries[Math.abs(JSON.stringify(pick)?.length ?? 0) % entries.length];
        // Either a field goes missing, or it gets a hostile value.
        return (JSON.stringify(pick)?.length ?? 0) % 3 === 0
          ? Object.fromEntries(entries.filter(([k]) => k !== drop))
          : { ...value, [drop]: mutate(value[drop as keyof typeof value], pick) };
      }
      return pick;
    };
    const wrongTypes = fc
      .sample(fc.tuple(fc.nat(mutations.length - 1), hostileValue), { numRuns: 260, seed: 20221231 })
      .map(([i, pick]) => {
        const op = mutations[i];
        const name = Object.keys(op.variables)[0];
        return {
          label: `${op.name} with ${name} mangled`,
          body: {
            query: op.document,
            variables: name ? { ...op.variables, [name]: mutate(op.variables[name], pick) } : { x: pick },
          },
          write: true,
          headers: i % 3 === 0 ? provider : admin,
        };
      });
    const queries = fc
      .sample(fc.tuple(fc.nat(ops.length - 1), hostileValue), { numRuns: 120, seed: 7 })
      .map(([i, pick]) => ({
        label: `${ops[i].name} with junk`,
        body: {
          query: ops[i].document,
          variables: Object.fromEntries(Object.keys(ops[i].variables).map((k) => [k, pick])),
        },
        write: ops[i].kind === 'mutation',
        headers: admin,
      }));
    const shapes = fc
      .sample(
        fc.oneof(
          fc.nat({ max: 40 }).map((depth) => ({
            query: `{ providers { ${'units { provider { '.repeat(depth)}id${' } }'.repeat(depth)} } }`,
          })),
          fc
            .integer({ min: 21, max: 2000 })
            .map((n) => ({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: providers { id }`).join(' ')} }` })),
          fc
            .array(fc.constantFrom('{ providers { id } }', '{ units { id } }'), { minLength: 2, maxLength: 50 })
            .map((list) => list.map((query) => ({ query }))),
          fc.string({ maxLength: 2000 }).map((query) => ({ query })),
          fc.constantFrom(
            'not json at all',
            '{"query": 42}',
            '[]',
            '{"query": "{ providers { id } }", "variables": "x"}',
            '{}',
          ),
        ),
        { numRuns: 80, seed: 11 },
      )
      .map((body, i) => ({ label: `shape ${i}`, body, write: false, headers: admin }));
    const csvCell = fc.oneof(
      fc.constantFrom(...INJECTIONS, unitId, 'SOL_LSS', '2022-01-01', '=HYPERLINK("http://x")', ''),
      fc.string({ maxLength: 200 }),
    );
    const uploads = fc
      .sample(fc.array(fc.array(csvCell, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 30 }), {
        numRuns: 60,
        seed: 3,
      })
      .map((rows, i) => ({
        label: `upload ${i}`,
        body: {
          query: `mutation($csv: String!) { importDeviations(csv: $csv) { accepted imported errors { line column message } } }`,
          variables: {
            csv: [
              'unit_id,kind,occurred_on,reported_on,description',
              ...rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')),
            ].join('\n'),
          },
        },
        write: true,
        headers: i % 2 ? provider : admin,
      }));
    const requests = [...wrongTypes, ...queries, ...shapes, ...uploads];
    expect(requests.length).toBeGreaterThanOrEqual(500);

    const fiveXx: string[] = [];
    const partial: string[] = [];
    const unclear: string[] = [];
    for (const request of requests) {
      const before = request.write ? await counts() : '';
      const response = await send(request.body, request.headers);
      const text = await response.text();
      let parsed: { data?: Record<string, unknown>; errors?: { message?: string; extensions?: { code?: string } }[] } =
        {};
      try {
        parsed = JSON.parse(text);
      } catch {
        // Non-JSON answers (413, 400 from body parsing) are judged by status below.
      }
      const outcome: Outcome = {
        status: response.status,
        codes: (parsed.errors ?? []).map((e) => e.extensions?.code),
        wrote: false,
      };
      if (response.status >= 500) fiveXx.push(`${request.label}: ${response.status} ${text.slice(0, 200)}`);
      const refused = outcome.codes.length > 0 || response.status >= 400;
      for (const [i, code] of outcome.codes.entries()) {
        if (!code || !CLEAR.has(code) || !parsed.errors?.[i]?.message)
          unclear.push(`${request.label}: ${code} ${parsed.errors?.[i]?.message?.slice(0, 150)}`);
      }
      if (response.status >= 400 && !outcome.codes.length && ![400, 413].includes(response.status))
        unclear.push(`${request.label}: status ${response.status} without a code`);
      if (request.write && refused && (await counts()) !== before) partial.push(request.label);
    }
    console.log(
      `hostile requests: ${requests.length}; 5xx ${fiveXx.length}, partial writes ${partial.length}, unclear errors ${unclear.length}`,
    );
    expect({ fiveXx, partial, unclear }).toEqual({ fiveXx: [], partial: [], unclear: [] });
  });
});
