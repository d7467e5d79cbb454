import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { freePort, waitFor } from '@kvalitetsnav/testing';
import { Stack, startStack } from './stack';

const root = path.resolve(__dirname, '../../..');
const artifacts = path.join(root, 'tmp/test-artifacts');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Sign-in through a real OpenID Connect provider, as the municipality's would be configured. */
describe('signing in to the dashboard with the municipality OIDC provider', () => {
  let stack: Stack;
  let idp: ChildProcess;
  let web: ChildProcess;
  let browser: Browser;
  let webUrl: string;

  beforeAll(async () => {
    const [idpPort, webPort] = [await freePort(), await freePort()];
    const issuer = `http://127.0.0.1:${idpPort}`;
    webUrl = `http://127.0.0.1:${webPort}`;
    idp = spawn(
      process.execPath,
      [path.join(root, 'tools/test/oidc-provider.mjs'), String(idpPort), `${webUrl}/inloggad`],
      { stdio: 'ignore' },
    );
    await waitFor(async () => (await fetch(`${issuer}/.well-known/openid-configuration`).catch(() => undefined))?.ok, {
      what: 'the OIDC provider',
    });
    const jwks = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()).jwks_uri;
    stack = await startStack({
      gatewayEnv: {
        AUTH_JWKS_URL: jwks,
        AUTH_ISSUER: issuer,
        AUTH_AUDIENCE: 'kvalitetsnav-web',
        AUTH_OIDC_AUTHORITY: issuer,
        AUTH_OIDC_CLIENT_ID: 'kvalitetsnav-web',
        AUTH_DEV_LOGIN: 'false',
      },
    });
    const vite = path.join(root, 'node_modules/vite/bin/vite.js');
    if (!existsSync(path.join(root, 'dist/apps/web/index.html')))
      spawnSync(process.execPath, [vite, 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], {
        cwd: root,
        stdio: 'inherit',
      });
    web = spawn(process.execPath, [vite, 'preview', '--config', 'apps/web/vite.config.mts'], {
      cwd: root,
      env: { ...process.env, WEB_PORT: String(webPort), GATEWAY_URL: stack.gatewayUrl },
      stdio: 'ignore',
    });
    await waitFor(async () => (await fetch(webUrl).catch(() => undefined))?.ok, { what: 'the web server' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    mkdirSync(artifacts, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    web?.kill('SIGTERM');
    idp?.kill('SIGTERM');
    await stack?.close();
  });

  it("signs in at the provider, comes back, and works with the provider's token", async () => {
    const page = await browser.newPage();
    await page.goto(webUrl);
    await page.getByRole('button', { name: 'Logga in med kommunens inloggning' }).click();
    // The provider's own development login and consent pages.
    await page.locator('input[name="login"]').fill('Anna OIDC');
    await page.locator('input[name="password"]').fill('x');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]').click();
    await page.getByRole('heading', { name: 'Att hantera' }).waitFor({ timeout: 30_000 });
    expect(await page.getByText('Välkommen, Anna OIDC.').count()).toBe(1);
    // The gateway accepted the provider's token: a page that needs data shows it.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utförare' }).click();
    await page.getByRole('table', { name: 'Utförare, deras enheter och avvikelser' }).waitFor();
    await page.screenshot({ path: path.join(artifacts, 'web-oidc.png'), fullPage: true });
    expect(await page.getByRole('form', { name: 'Logga in' }).count()).toBe(0);
  });
});
