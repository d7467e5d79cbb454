import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, IntrospectionQuery, printSchema } from 'graphql';
import { chromium } from 'playwright-core';
import { signUserToken } from '@kvalitetsnav/auth';
import { postGraphQL, ServiceProcess, startServiceProcess, waitFor } from '@kvalitetsnav/testing';
import { Stack, startStack } from './stack';
import { SCHEMA_FILE } from './supergraph';

const root = path.resolve(__dirname, '../../..');
const artifacts = path.join(root, 'tmp/test-artifacts');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const COSTLY = '{ providers { units { provider { units { provider { units { id name } } } } } } }';

/** The introspection query GraphiQL sends, with one data field added at the root. */
const withDataField = (introspection: string) =>
  introspection.replace('query IntrospectionQuery {', 'query IntrospectionQuery {\n    providers { id }');

/** Tools can explore the API where introspection is on; production shows none of it. */
describe('an explorable API in development, closed in production', () => {
  let stack: Stack;
  let gateway: string;
  let auth: Record<string, string>;
  const gql = (query: string, headers = auth) => postGraphQL<any>(`${gateway}/graphql`, query, {}, headers);

  beforeAll(async () => {
    // The page the gateway serves at /graphiql; a no-op when it is built already.
    const build = spawnSync(process.execPath, ['tools/build/build-graphiql.mjs'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the GraphiQL build failed');
    stack = await startStack();
    gateway = stack.gatewayUrl!;
    const issued = await fetch(`${gateway}/auth/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'QUALITY_OFFICIAL', name: 'Utforskare' }),
    });
    auth = { authorization: `Bearer ${((await issued.json()) as { token: string }).token}` };
  });
  afterAll(() => stack?.close());

  describe('introspection', () => {
    it("answers graphql-js's standard introspection query to a development token", async () => {
      const result = await gql(getIntrospectionQuery());
      expect({ status: result.status, errors: result.errors }).toEqual({ status: 200, errors: undefined });
      expect(result.data.__schema.queryType.name).toBe('Query');
      expect(result.data.__schema.types.length).toBeGreaterThan(50);
    });

    it('describes, with the options GraphiQL and codegen add, exactly the committed public schema', async () => {
      // Not `oneOf`: Apollo's query planner does not know __Type.isOneOf (and no input here is @oneOf).
      const result = await gql(
        getIntrospectionQuery({
          descriptions: true,
          specifiedByUrl: true,
          directiveIsRepeatable: true,
          schemaDescription: true,
          inputValueDeprecation: true,
        }),
      );
      expect({ status: result.status, errors: result.errors }).toEqual({ status: 200, errors: undefined });
      const described = printSchema(buildClientSchema(result.data as IntrospectionQuery));
      expect(`${described}\n`).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
    });

    it('still needs a sign-in', async () => {
      const result = await gql(getIntrospectionQuery(), {});
      expect({ status: result.status, code: result.errors?.[0]?.extensions?.code }).toEqual({
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    });
  });

  describe('every other query keeps every limit', () => {
    it('refuses a costly query', async () => {
      const result = await gql(COSTLY);
      expect({ status: result.status, code: result.errors?.[0]?.extensions?.code }).toEqual({
        status: 400,
        code: 'QUERY_TOO_COSTLY',
      });
    });

    it('refuses the introspection query once it also reads data, as the two are priced together', async () => {
      const result = await gql(withDataField(getIntrospectionQuery()));
      expect({ status: result.status, code: result.errors?.[0]?.extensions?.code }).toEqual({
        status: 400,
        code: 'QUERY_TOO_COSTLY',
      });
    });

    it('refuses a deep query that also asks for __typename', async () => {
      let selection = 'id';
      for (let i = 0; i < 6; i++) selection = `units { provider { ${selection} } }`;
      const result = await gql(`{ __typename providers { ${selection} } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    });

    it('bounds introspection itself by the alias limit', async () => {
      const copies = Array.from({ length: 30 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ');
      const result = await gql(`{ ${copies} }`);
      expect({ status: result.status, code: result.errors?.[0]?.extensions?.code }).toEqual({
        status: 400,
        code: 'TOO_MANY_ALIASES',
      });
    });
  });

  describe('the public schema as a file', () => {
    it('is served at /schema.graphql, equal to the committed apps/gateway/schema.graphql', async () => {
      const response = await fetch(`${gateway}/schema.graphql`, { headers: auth });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
    });

    it('needs the same sign-in as /graphql', async () => {
      const response = await fetch(`${gateway}/schema.graphql`);
      expect(response.status).toBe(401);
      expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('GraphiQL at /graphiql', () => {
    it('is a page whose scripts and styles are files of this gateway, under a strict CSP', async () => {
      const response = await fetch(`${gateway}/graphiql`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/https:|unsafe-eval|\*/);
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
      const styles = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]);
      expect(scripts.length).toBeGreaterThan(0);
      expect(styles.length).toBeGreaterThan(0);
      // No inline script for the CSP to allow: every script is a file.
      expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /\bsrc=/.test(tag))).toBe(true);
      for (const url of [...scripts, ...styles]) {
        expect(url).toMatch(/^\/graphiql\/assets\/[\w.-]+\.(js|css)$/);
        const asset = await fetch(new URL(url, gateway));
        expect({ url, status: asset.status }).toEqual({ url, status: 200 });
        expect(asset.headers.get('content-type')).toMatch(url.endsWith('.js') ? /javascript/ : /text\/css/);
        expect(asset.headers.get('cache-control')).toContain('immutable');
        expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100);
      }
    });

    it('answers 404 for an asset it does not have, and serves nothing outside its build', async () => {
      const missing = await fetch(`${gateway}/graphiql/assets/nothing-here.js`);
      expect({ status: missing.status, cache: missing.headers.get('cache-control') }).toEqual({
        status: 404,
        cache: 'no-store',
      });
      expect((await fetch(`${gateway}/graphiql/assets/%2e%2e%2f%2e%2e%2fpackage.json`)).status).toBeGreaterThanOrEqual(
        400,
      );
      expect((await fetch(`${gateway}/graphiql/.inputs-sha256`)).headers.get('content-type')).toMatch(/^text\/html/);
    });

    it('loads the schema in a real browser with a development token and runs a query', async () => {
      if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium`);
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
      try {
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') problems.push(m.text());
        });
        page.on('pageerror', (e) => problems.push(e.message));
        const foreign: string[] = [];
        page.on('request', (r) => {
          if (!r.url().startsWith(gateway) && !r.url().startsWith('data:')) foreign.push(r.url());
        });
        const graphqlRequests: { authorization: string | null; status: number }[] = [];
        page.on('response', async (r) => {
          if (new URL(r.url()).pathname === '/graphql') {
            graphqlRequests.push({ authorization: await r.request().headerValue('authorization'), status: r.status() });
          }
        });

        await page.goto(`${gateway}/graphiql`);
        await page.getByLabel('Roll för utvecklartoken').waitFor();
        const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
        await editor.waitFor();
        await editor.click();
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.press('Delete');
        await page.keyboard.type('{ __typename }');
        await page.getByRole('button', { name: /^Execute query/ }).click();
        const response = page.locator('.graphiql-response');
        // Monaco lays text out with non-breaking spaces, hence \s.
        await waitFor(async () => /"__typename":\s+"Query"/.test(await response.innerText()), {
          what: 'the answer in the response editor',
        });
        // The schema arrived too: the documentation explorer shows the root types.
        await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
        await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
        mkdirSync(artifacts, { recursive: true });
        await page.screenshot({ path: path.join(artifacts, 'graphiql.png') });

        // Another role: the next request carries a token for it.
        const before = graphqlRequests.length;
        await page.getByLabel('Roll för utvecklartoken').selectOption('MANAGER');
        await page.getByRole('button', { name: /^Execute query/ }).click();
        await waitFor(async () => graphqlRequests.length > before, { what: 'a request as MANAGER' });

        const roles = (r: { authorization: string | null }) =>
          JSON.parse(Buffer.from((r.authorization ?? '').split('.')[1] ?? '', 'base64url').toString() || '{}').roles;
        expect(graphqlRequests.length).toBeGreaterThanOrEqual(3); // the introspection query and ours, twice
        expect(graphqlRequests.every((r) => r.status === 200 && /^Bearer ey/.test(r.authorization ?? ''))).toBe(true);
        expect(roles(graphqlRequests[0])).toEqual(['QUALITY_OFFICIAL']);
        expect(roles(graphqlRequests[graphqlRequests.length - 1])).toEqual(['MANAGER']);
        expect(foreign).toEqual([]);
        expect(problems).toEqual([]); // a CSP refusal would be logged here
      } finally {
        await browser.close();
      }
    });
  });

  describe('in production', () => {
    let production: ServiceProcess;
    let productionAuth: Record<string, string>;

    beforeAll(async () => {
      const secret = randomBytes(32).toString('hex');
      // Introspection and these pages are refused before any subgraph is asked, so this gateway
      // can point at the test subgraphs even though its handoff secret is not theirs.
      production = await startServiceProcess('gateway-production', 'gateway', {
        NODE_ENV: 'production',
        LOG_LEVEL: process.env['KVN_TEST_LOG_LEVEL'] ?? 'info',
        AUTH_JWT_SECRET: secret,
        IDENTITY_HANDOFF_SECRET: randomBytes(32).toString('hex'),
        CONTRACTS_URL: `${stack.subgraphs.contracts.url}/graphql`,
        SURVEYS_URL: `${stack.subgraphs.surveys.url}/graphql`,
        DEVIATIONS_URL: `${stack.subgraphs.deviations.url}/graphql`,
        FORECASTING_URL: `${stack.subgraphs.forecasting.url}/graphql`,
      });
      const token = await signUserToken({ sub: 'prod-user', name: 'Anna', roles: ['QUALITY_OFFICIAL'] }, secret);
      productionAuth = { authorization: `Bearer ${token}` };
    });
    afterAll(() => production?.stop());

    it('refuses introspection to a signed-in user: the standard query and a lone __type alike', async () => {
      for (const query of [getIntrospectionQuery(), '{ __type(name: "Provider") { name } }']) {
        const result = await postGraphQL<any>(`${production.url}/graphql`, query, {}, productionAuth);
        expect({ status: result.status, code: result.errors?.[0]?.extensions?.code }).toEqual({
          status: 400,
          code: 'GRAPHQL_VALIDATION_FAILED',
        });
        expect(result.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
        expect(result.data).toBeUndefined();
      }
    });

    it('keeps the cost limit on ordinary queries', async () => {
      const result = await postGraphQL<any>(`${production.url}/graphql`, COSTLY, {}, productionAuth);
      expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    });

    it('has no GraphiQL, no schema download and no development sign-in', async () => {
      expect((await fetch(`${production.url}/graphiql`)).status).toBe(404);
      expect((await fetch(`${production.url}/graphiql/assets/index.js`)).status).toBe(404);
      expect((await fetch(`${production.url}/schema.graphql`, { headers: productionAuth })).status).toBe(404);
      const devToken = await fetch(`${production.url}/auth/dev-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'ADMIN' }),
      });
      expect(devToken.status).toBe(404);
    });
  });
});
