import { existsSync, mkdirSync } from 'node:fs';
import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import { Refusal, swedishRefusals, UserRole } from '@kvalitetsnav/swedish';
import { freePort, postGraphQL, waitFor } from '@kvalitetsnav/testing';
import type { TypedDocumentString } from '../__generated__/graphql';
import { Stack, startStack } from '../stack';

const root = path.resolve(__dirname, '../../../..');
export const ARTIFACTS = path.join(root, 'tmp/test-artifacts');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The two widths every screen is tried at: a laptop and a phone. */
export const WIDTHS = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } } as const;
export type Width = keyof typeof WIDTHS;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an answer the test reads freely
export type GraphQLAnswer = { data?: any; errors?: { message: string; extensions: Refusal & { code: string } }[] };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Playwright's request body is untyped
export const operationOf = (request: { postDataJSON(): any }) =>
  request.postDataJSON()?.operationName as string | undefined;

/** The gateway's answer to the page's next request for this operation. */
export const answerTo = (page: Page, operation: string): Promise<GraphQLAnswer> =>
  page
    .waitForResponse((r) => r.url().endsWith('/graphql') && operationOf(r.request()) === operation)
    .then((r) => r.json());

/** What the Swedish catalogue says of a refusal, sentence by sentence. */
export const inSwedish = (answer: GraphQLAnswer) => swedishRefusals(answer.errors![0].extensions).map((r) => r.message);

/** Who a test acts as: a role, or a provider's staff member with the provider they act for. */
export type Actor = UserRole | { role: UserRole; providerId?: string; name?: string };
const actorOf = (who: Actor) => (typeof who === 'string' ? { role: who } : who);

export interface Web {
  stack: Stack;
  gatewayUrl: string;
  webUrl: string;
  browser: Browser;
  /** A bearer header for a role, for setting the stage through the gateway. */
  headers(who?: Actor, name?: string): Promise<Record<string, string>>;
  /** A typed operation at the gateway as `who`; throws with the answer when it is refused. */
  api<R, V>(document: TypedDocumentString<R, V>, variables: V, who?: Actor): Promise<R>;
  /**
   * A fresh browser page signed in through the sign-in form, on the start page; a provider's staff
   * member signs in for `provider` (its name; the first offered when not given).
   */
  signedIn(
    role?: UserRole,
    options?: { width?: Width; watch?: (page: Page) => void; provider?: string },
  ): Promise<Page>;
  /** A full-page screenshot kept in tmp/test-artifacts/web-<name>.png. */
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** Follows the main menu (opening it first on a phone) to a page and waits for its heading. */
/** A field the web marks invalid, with the refusal's Swedish among the texts that describe it. */
export async function expectInvalid(input: ReturnType<Page['getByLabel']>, message: string) {
  await input.and(input.page().locator('[aria-invalid="true"]')).waitFor();
  const describedBy = (await input.getAttribute('aria-describedby'))!.split(' ');
  const texts = await Promise.all(describedBy.map((id) => input.page().locator(`[id="${id}"]`).innerText()));
  expect(texts).toContain(message);
}

export async function go(page: Page, link: string, heading: string | RegExp) {
  const menuButton = page.getByRole('button', { name: 'Meny' });
  if (await menuButton.isVisible()) await menuButton.click();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

export interface WebOptions {
  /** More environment for contracts: SMTP_URL, REMINDER_DIGEST_TO, … (a test's own SMTP server). */
  contractsEnv?: Record<string, string>;
}

/** The real stack, the built web served by Vite's preview server in front of it, and Debian's chromium. */
export async function startWeb({ contractsEnv }: WebOptions = {}): Promise<Web> {
  if (!existsSync(CHROMIUM))
    throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (npm test does it with apt-get)`);
  const stack = await startStack({ contractsEnv });
  const gatewayUrl = stack.gatewayUrl!;
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  if (!existsSync(path.join(root, 'dist/apps/web/index.html'))) {
    spawnSync(process.execPath, [vite, 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const port = await freePort();
  const webUrl = `http://127.0.0.1:${port}`;
  const web: ChildProcess = spawn(process.execPath, [vite, 'preview', '--config', 'apps/web/vite.config.mts'], {
    cwd: root,
    env: { ...process.env, WEB_PORT: String(port), GATEWAY_URL: gatewayUrl },
    stdio: 'ignore',
  });
  await waitFor(async () => (await fetch(webUrl).catch(() => undefined))?.ok, { what: 'the web server' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(ARTIFACTS, { recursive: true });

  const headers = async (who: Actor = 'ADMIN', name = 'Testare') => {
    const { role, providerId, name: named } = actorOf(who);
    const identity = { sub: `test-${role}`, name: named ?? name, roles: [role], providerId };
    return { authorization: `Bearer ${await signUserToken(identity, DEVELOPMENT_JWT_SECRET)}` };
  };
  return {
    stack,
    gatewayUrl,
    webUrl,
    browser,
    headers,
    async api(document, variables, who = 'ADMIN') {
      const answer = await postGraphQL(`${gatewayUrl}/graphql`, document, variables, await headers(who));
      if (answer.errors?.length || !answer.data) throw new Error(`refused: ${JSON.stringify(answer.errors)}`);
      return answer.data;
    },
    async signedIn(role = 'QUALITY_OFFICIAL', { width = 'desktop', watch, provider } = {}) {
      const page = await browser.newPage({ viewport: WIDTHS[width], locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
      watch?.(page);
      await page.goto(webUrl);
      await page.getByLabel('Roll').selectOption(role);
      if (role === 'PROVIDER') {
        const choice = page.getByLabel('Utförare', { exact: true });
        await choice.locator('option[value]:not([value=""])').first().waitFor({ state: 'attached' });
        if (provider) await choice.selectOption({ label: provider });
      }
      await page.getByLabel('Namn').fill(role === 'PROVIDER' ? 'Pia Persson' : 'Anna Andersson');
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.getByRole('heading', { name: role === 'PROVIDER' ? 'Att göra' : 'Att hantera', level: 1 }).waitFor();
      return page;
    },
    async shot(page, name) {
      await page.screenshot({ path: path.join(ARTIFACTS, `web-${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      web.kill('SIGTERM');
      await stack.close();
    },
  };
}
