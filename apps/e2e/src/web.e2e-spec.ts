import { existsSync, mkdirSync } from 'node:fs';
import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import { aProviderInput, aUnitInput, freePort, postGraphQL, waitFor } from '@kvalitetsnav/testing';
import { Stack, startStack } from './stack';

const root = path.resolve(__dirname, '../../..');
const artifacts = path.join(root, 'tmp/test-artifacts');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

describe('the web dashboard in a real browser, against the real stack', () => {
  let stack: Stack;
  let web: ChildProcess;
  let webUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (npm test does it with apt-get)`);
    stack = await startStack();
    const vite = path.join(root, 'node_modules/vite/bin/vite.js');
    if (!existsSync(path.join(root, 'dist/apps/web/index.html'))) {
      spawnSync(process.execPath, [vite, 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    }
    const port = await freePort();
    webUrl = `http://127.0.0.1:${port}`;
    web = spawn(process.execPath, [vite, 'preview', '--config', 'apps/web/vite.config.mts'], {
      cwd: root,
      env: { ...process.env, WEB_PORT: String(port), GATEWAY_URL: stack.gatewayUrl },
      stdio: 'ignore',
    });
    await waitFor(async () => (await fetch(webUrl).catch(() => undefined))?.ok, { what: 'the web server' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(artifacts, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    web?.kill('SIGTERM');
    await stack?.close();
  });

  it('signs in and shows providers, units and deviation counts from the gateway', async () => {
    const token = await signUserToken({ sub: 'seed', name: 'Seed', roles: ['QUALITY_OFFICIAL'] }, DEVELOPMENT_JWT_SECRET);
    const auth = { authorization: `Bearer ${token}` };
    const graphql = `${stack.gatewayUrl}/graphql`;
    const provider = await postGraphQL<any>(graphql, `mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, { i: aProviderInput({ name: 'Björkens Omsorg AB' }) }, auth);
    const unit = await postGraphQL<any>(graphql, `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
      i: aUnitInput(provider.data.createProvider.id, { name: 'Servicebostad Björken', serviceArea: 'LSS_SERVICE_HOME', places: 9 }),
    }, auth);
    const unitId = unit.data.createUnit.id;
    await waitFor(async () => {
      const r = await postGraphQL(graphql, `mutation($i: ReportDeviationInput!) { reportDeviation(input: $i) { id } }`, {
        i: { unitId, kind: 'SOL_LSS', occurredOn: '2022-06-01', description: 'Insats utförd för sent' },
      }, auth);
      return !r.errors;
    }, { what: 'the unit to reach deviations' });

    const page = await browser.newPage();
    await page.goto(webUrl);
    await page.getByLabel('Roll').selectOption('QUALITY_OFFICIAL');
    await page.getByLabel('Namn').fill('Anna Andersson');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { name: 'Utförare och enheter' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Servicebostad Björken' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Björkens Omsorg AB[\s\S]*Privat[\s\S]*Servicebostad Björken[\s\S]*Servicebostad LSS[\s\S]*9[\s\S]*1[\s\S]*1/);
    await page.screenshot({ path: path.join(artifacts, 'web-overview.png'), fullPage: true });
  });

  it('tells the user in Swedish when the sign-in has expired', async () => {
    const page = await browser.newPage();
    await page.goto(webUrl);
    await page.evaluate(() => sessionStorage.setItem('kvalitetsnav.token', 'not-a-token'));
    await page.reload();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('Du är inte inloggad eller inloggningen har gått ut');
    await page.screenshot({ path: path.join(artifacts, 'web-signed-out.png') });
  });
});
