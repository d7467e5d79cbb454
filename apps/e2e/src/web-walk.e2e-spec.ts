import { Page } from 'playwright-core';
import { ERROR_CODE_MESSAGES, UserRole } from '@kvalitetsnav/swedish';
import { postGraphQL, refusesUnknownId, waitFor } from '@kvalitetsnav/testing';
// The walker walks the web's own list of pages, so a page added there is walked without a change here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { PageRoute, ROUTES } from '../../web/src/routes';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { PROVIDERS, READERS } from '../../web/src/session';
import { registerProvider, registerUnit } from './register';
import { SURVEY_ANSWER_LINKS } from './gateway-operations';
import { GraphQLAnswer, operationOf, startWeb, Web, Width, WIDTHS } from './web/harness';
import { englishRuleSentences, untranslated } from './web/walk';

/**
 * Findings the walk tolerates for now, each waiting for a named fix: empty, and meant to stay so.
 * An entry names the page (its ROUTES path), the check or axe rule, and the element; the walker
 * still prints them, it only does not fail on them.
 */
const KNOWN_ISSUES: readonly { path: string; rule: string; element: string; fix: string }[] = [];

/**
 * Further states of a page, walked after the page as it opens: what a user brings about there that
 * shows something new (a refusal next to its field, a finished job). Each is checked like a page.
 */
const STATES: Record<
  string,
  readonly { name: string; roles?: readonly UserRole[]; act: (page: Page) => Promise<void> }[]
> = {
  // The provider portal's forms, refused as a provider's staff member first meets a refusal there.
  '/portal/avvikelser': [
    {
      name: 'refused',
      act: async (page) => {
        await page.getByRole('button', { name: 'Registrera avvikelse' }).click();
        await page.getByRole('form', { name: 'Registrera avvikelse' }).locator('.field-error').first().waitFor();
      },
    },
  ],
  '/portal/puls': [
    {
      name: 'answered',
      act: async (page) => {
        await page.getByRole('button', { name: 'Skicka svaret' }).click();
        await page.getByRole('status').filter({ hasText: 'är sparat' }).waitFor();
      },
    },
  ],
  '/portal/arenden': [
    {
      name: 'refused',
      act: async (page) => {
        await page.getByRole('button', { name: 'Spara ärendeflödet' }).click();
        await page.getByRole('form', { name: 'Rapportera ärendeflöde' }).locator('.field-error').first().waitFor();
      },
    },
  ],
  '/rapporter': [
    {
      name: 'refused',
      act: async (page) => {
        await page.getByLabel('År', { exact: true }).fill('');
        await page.getByRole('button', { name: 'Skapa rapport' }).click();
        await page.getByRole('alert').waitFor();
        // Errors get focus, on the field the refusal names.
        expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
        expect(await page.getByLabel('År', { exact: true }).getAttribute('aria-describedby')).toBeTruthy();
      },
    },
    {
      name: 'done',
      roles: ['REPORTING', 'QUALITY_OFFICIAL'],
      act: async (page) => {
        await page.getByLabel('År', { exact: true }).fill('2022');
        await page.getByRole('button', { name: 'Skapa rapport' }).click();
        await page.getByText('Rapporten är klar.').waitFor({ timeout: 60_000 });
      },
    },
  ],
};

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const WIDTH_NAMES: readonly Width[] = ['desktop', 'phone'];

const pattern = (path: string) => new RegExp(`^${path.replace(/:[^/]+/g, '[^/]+')}$`);

/**
 * A page reached by a link from another: `/utforare/:id` from `/utforare`, and a page deeper down
 * (`/utforare/:id/avtal/:contractId`) from the nearest page above it, itself reached the same way.
 */
function reachedFrom(route: PageRoute): { list: PageRoute; link: RegExp } | undefined {
  if (!route.path.includes(':')) return undefined;
  const segments = route.path.split('/');
  for (let n = segments.length - 1; n >= 1; n--) {
    const above = segments.slice(0, n).join('/') || '/';
    const list = ROUTES.find((r) => r.path === above);
    if (list) return { list, link: pattern(route.path) };
  }
  throw new Error(`no page above ${route.path} leads to it`);
}

/** The sign-in form is no route: it is what the web shows before one. */
const SIGN_IN = { path: '(sign-in)' };

/** A short name for screenshots: `/utforare/:id` → `utforare-id`. */
const pageName = (route: PageRoute) => route.path.replace(/[/:]+/g, '-').replace(/^-|-$/g, '') || 'start';

describe('every page, as every role sees it, at both widths: Swedish, accessible, phone-ready', () => {
  let web: Web;
  let answerCode = '';
  const english = englishRuleSentences();

  beforeAll(async () => {
    web = await startWeb();
    const gatewayUrl = web.gatewayUrl;
    const auth = await web.headers('ADMIN', 'Förberedare');
    const api = async (query: string, variables: Record<string, unknown>) => {
      const answer = await postGraphQL<any>(`${gatewayUrl}/graphql`, query, variables, auth);
      if (answer.errors?.length) throw new Error(`refused: ${JSON.stringify(answer.errors)}`);
      return answer.data;
    };
    const { id: providerId } = await registerProvider(gatewayUrl, auth, { name: 'Aspens Omsorg AB' });
    const { id: unitId } = await registerUnit(gatewayUrl, auth, providerId, {
      name: 'Gruppbostad Aspen',
      serviceArea: 'LSS_GROUP_HOME',
      places: 6,
    });
    const { createContract } = await api(`mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`, {
      i: {
        reference: 'LSS-2021-03',
        title: 'Gruppbostad LSS Aspen',
        form: 'LOU',
        providerId,
        unitIds: [unitId],
        startDate: '2021-01-01',
        endDate: '2099-12-31',
      },
    });
    // A thematic follow-up with a question guide, so Frågeguider lists one to open.
    const { publishQuestionGuide } = await api(
      `mutation($i: PublishQuestionGuideInput!) { publishQuestionGuide(input: $i) { id } }`,
      {
        i: {
          key: 'KOMPETENS',
          title: 'Personalens kompetens',
          questions: [{ key: 'UNQUALIFIED', text: 'Finns outbildad personal?', answerType: 'YES_NO' }],
        },
      },
    );
    await api(`mutation($i: CreateThematicFollowUpInput!) { createThematicFollowUp(input: $i) { followUp { id } } }`, {
      i: {
        type: 'THEMATIC',
        title: 'Extra personalinsatser',
        plannedOn: '2099-05-01',
        guideId: publishQuestionGuide.id,
        scopeKind: 'CHOSEN_UNITS',
        unitIds: [unitId],
      },
    });
    // A follow-up of the contract, so the provider's portal lists one to open.
    await api(`mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }`, {
      i: { type: 'SPECIFIC', title: 'Avtalsuppföljning Aspen', contractId: createContract.id, plannedOn: '2099-03-01' },
    });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await waitFor(
      async () =>
        !(
          await postGraphQL(
            `${gatewayUrl}/graphql`,
            `mutation($i: ReportDeviationInput!) { reportDeviation(input: $i) { id } }`,
            { i: { unitId, kind: 'SOL_LSS', occurredOn: yesterday, description: 'Medicin gavs för sent' } },
            auth,
          )
        ).errors,
      { what: 'the unit to reach deviations' },
    );
    await api(`mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }`, {
      i: {
        type: 'OVERARCHING',
        title: 'Övergripande uppföljning av delaktighet',
        // This year's, so the follow-ups list (by year) shows it and leads to its page.
        plannedOn: new Date().toISOString().slice(0, 10),
      },
    });
    const options = [
      { code: 'YES', label: 'Ja', positive: true, nonSubstantive: false },
      { code: 'NO', label: 'Nej', positive: false, nonSubstantive: false },
      { code: 'DONT_KNOW', label: 'Vet inte', positive: false, nonSubstantive: true },
    ];
    const definitionId = (
      await api(`mutation($i: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $i) { id } }`, {
        i: {
          code: 'LSSWALK',
          name: 'Brukarundersökning LSS',
          questions: [{ id: 'Q1', text: 'Känner du dig trygg?', options }],
        },
      })
    ).createSurveyDefinition.id;
    const roundId = (
      await waitFor(
        async () => {
          const created = await postGraphQL<any>(
            `${gatewayUrl}/graphql`,
            `mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id } }`,
            { i: { definitionId, name: 'LSS-enkäten 2022', period: '2022', units: [{ unitId, offered: 10 }] } },
            auth,
          );
          return refusesUnknownId(created) ? null : created;
        },
        { what: 'the unit in surveys' },
      )
    ).data.createSurveyRound.id;
    const rows = ['YES', 'YES', 'YES', 'YES', 'NO', 'DONT_KNOW'].map(
      (a, i) => `${unitId},${i % 2 ? 'MAN' : 'WOMAN'},${a}`,
    );
    await api(`mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted } }`, {
      r: roundId,
      csv: ['unit_id,gender,Q1', ...rows].join('\n'),
    });
    await api(`mutation($r: ID!) { closeSurveyRound(roundId: $r) { id } }`, { r: roundId });
    // An open round, so the answer page (no sign-in) has a survey to show.
    const openRound = await api(`mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id } }`, {
      i: { definitionId, name: 'LSS-enkäten 2023', period: '2023', units: [{ unitId, offered: 10 }] },
    });
    const links = await web.api(SURVEY_ANSWER_LINKS, { roundId: openRound.createSurveyRound.id });
    answerCode = links.surveyAnswerLinks[0].code;
  });

  afterAll(async () => {
    await web?.close();
  });

  it('knows the API’s English sentences it looks for', () => {
    expect(english).toEqual(expect.arrayContaining(['is required', 'must be a whole number']));
    expect(untranslated('Status: ACTIONS_REGISTERED', english)).toEqual(['raw code ACTIONS_REGISTERED']);
    expect(untranslated('Status: PLANNED, LSS och HSL', english)).toEqual(['raw enum value PLANNED']);
  });

  it('walks its pages from the web’s own page list, detail pages through a link on their list', () => {
    for (const route of ROUTES)
      if (route.path.includes(':') && !route.public) expect(reachedFrom(route)?.list).toBeDefined();
    expect(reachedFrom(ROUTES.find((r) => r.path === '/utforare/:id')!)).toEqual({
      list: ROUTES.find((r) => r.path === '/utforare'),
      link: /^\/utforare\/[^/]+$/,
    });
  });

  it('the sign-in page, at both widths', async () => {
    for (const width of WIDTH_NAMES) {
      const page = await web.browser.newPage({ viewport: WIDTHS[width], locale: 'sv-SE' });
      const walk = walker(page, width);
      await page.goto(web.webUrl);
      await page.getByRole('button', { name: 'Logga in' }).waitFor();
      await walk.settled();
      await walk.checkPage(SIGN_IN);
      await walk.checkKeyboard(SIGN_IN);
      await web.shot(page, `walk-signin-${width}`);
      await page.close();
      walk.done(`the sign-in page on a ${width}`);
    }
  });

  it('the answer page a respondent opens without signing in, at both widths', async () => {
    const answerPage = ROUTES.find((r) => r.public)!;
    for (const width of WIDTH_NAMES) {
      const page = await web.browser.newPage({ viewport: WIDTHS[width], locale: 'sv-SE' });
      const walk = walker(page, width);
      await page.goto(`${web.webUrl}${answerPage.path.replace(':code', answerCode)}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await walk.settled();
      await walk.checkPage(answerPage);
      await web.shot(page, `walk-answer-${width}`);
      await page.close();
      walk.done(`the answer page on a ${width}`);
    }
  });

  const seenIssues = new Set<(typeof KNOWN_ISSUES)[number]>();
  let walks = 0;
  // The officials' roles, and a provider's staff member in the portal (for the provider registered above).
  const ROLES = [...READERS, ...PROVIDERS];
  for (const role of ROLES)
    for (const width of WIDTH_NAMES)
      it(`as ${role} on a ${width}`, () => walkAs(role, width).then(() => walks++), 600_000);

  it('has no known issue left that the walk no longer finds (delete those from KNOWN_ISSUES)', () => {
    if (walks < ROLES.length * WIDTH_NAMES.length) return; // a partial run cannot tell
    expect(KNOWN_ISSUES.filter((issue) => !seenIssues.has(issue))).toEqual([]);
  });

  async function walkAs(role: UserRole, width: Width) {
    let walk!: Walker;
    const page = await web.signedIn(role, { width, watch: (p) => (walk = walker(p, width)) });
    const { report, settled, menu, menuButton } = walk;

    // The menu: exactly the role's pages; on a phone folded behind 'Meny'.
    const start = ROUTES.find((r) => r.path === (ROUTES[0].sends?.roles.includes(role) ? ROUTES[0].sends.to : '/'))!;
    await settled();
    if (width === 'phone') {
      if (!(await menuButton.isVisible())) report(start, 'menu', 'no "Meny" button on a phone');
      else {
        if (await menu.isVisible()) report(start, 'menu', 'the menu is not folded on a phone');
        if ((await menuButton.getAttribute('aria-expanded')) !== 'false')
          report(start, 'menu', 'aria-expanded not false while folded');
        await menuButton.click();
        if (!(await menu.isVisible())) report(start, 'menu', '"Meny" does not open the menu');
        if ((await menuButton.getAttribute('aria-expanded')) !== 'true')
          report(start, 'menu', 'aria-expanded not true while open');
        // The open menu is a state of its own: Swedish and accessible too.
        await walk.checkPage(start);
        await web.shot(page, `walk-${role}-${width}-menu`);
      }
    } else {
      if (await menuButton.isVisible()) report(start, 'menu', '"Meny" shown on a wide screen');
      if (!(await menu.isVisible())) report(start, 'menu', 'the menu is not shown on a wide screen');
    }
    const offered = await menu
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => `${a.textContent} ${new URL((a as HTMLAnchorElement).href).pathname}`));
    const expected = ROUTES.filter((r) => r.menu && r.roles.includes(role)).map((r) => `${r.menu} ${r.path}`);
    if (JSON.stringify(offered) !== JSON.stringify(expected))
      report(start, 'menu', `offers ${JSON.stringify(offered)}, routes.ts gives ${JSON.stringify(expected)}`);
    if (await menuButton.isVisible()) {
      await menuButton.click();
      if (await menu.isVisible()) report(start, 'menu', '"Meny" does not fold the menu again');
    }

    for (const route of ROUTES) {
      if (route.public) continue; // walked without signing in, above
      const shot = () => web.shot(page, `walk-${role}-${width}-${pageName(route)}`);
      walk.graphqlErrors.length = 0;
      if (route.sends?.roles.includes(role)) {
        // An address that sends the role elsewhere: it lands there, and nothing else happens.
        await page.goto(`${web.webUrl}${route.path}`);
        await page
          .waitForURL(`${web.webUrl}${route.sends.to}`, { timeout: 10_000 })
          .catch(() => report(route, 'sends', `does not send ${role} to ${route.sends!.to}`));
        // The page it lands on loads before the next address: a request that address cuts off is
        // never reported as finished, and would keep the next page from ever settling.
        await settled();
        continue;
      }
      if (!route.roles.includes(role)) {
        // A page the role may not see, opened by its address: the Swedish refusal, nothing else.
        await page.goto(`${web.webUrl}${route.path.replace(/:[^/]+/g, '00000000-0000-4000-8000-000000000000')}`);
        await page
          .locator('main')
          .getByText(ERROR_CODE_MESSAGES.FORBIDDEN)
          .waitFor({ timeout: 10_000 })
          .catch(() => report(route, 'forbidden', `does not say "${ERROR_CODE_MESSAGES.FORBIDDEN}"`));
        await settled();
        await walk.checkPage(route);
        for (const error of walk.graphqlErrors) report(route, 'graphql', error);
        await shot();
        continue;
      }
      if (!(await reach(route, walk, width, page))) continue;
      if (!(await page.locator('main h1').first().isVisible())) report(route, 'heading', 'no visible h1');
      await walk.checkPage(route);
      // Every role's pages run only what the role may run (REPORTING's through its allow-list).
      for (const error of walk.graphqlErrors) report(route, 'graphql', error);
      await walk.checkKeyboard(route);
      await shot();
      for (const state of STATES[route.path] ?? []) {
        if (state.roles && !state.roles.includes(role)) continue;
        await state.act(page);
        await settled();
        await walk.checkPage({ path: `${route.path} (${state.name})` });
        await web.shot(page, `walk-${role}-${width}-${pageName(route)}-${state.name}`);
      }
    }
    await page.close();
    walk.done(`as ${role} on a ${width}`);
  }

  /** Opens a page as a user would: through the menu, or by the first link to it on the page above. */
  async function reach(route: PageRoute, walk: Walker, width: Width, page: Page): Promise<boolean> {
    const { menu, menuButton, report, settled } = walk;
    const from = reachedFrom(route);
    if (from) {
      if (!(await reach(from.list, walk, width, page))) return false;
      const hrefs = await page
        .locator('main a[href]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      const href = hrefs.find((h) => from.link.test(h));
      if (!href) {
        report(route, 'reached', `no link on ${from.list.path} leads to ${route.path}`);
        return false;
      }
      await page.locator(`main a[href="${href}"]`).first().click();
      await page.waitForURL((url) => url.pathname === href);
      await settled();
      return true;
    }
    if (route.menu) {
      if (await menuButton.isVisible()) await menuButton.click();
      await menu.getByRole('link', { name: route.menu, exact: true }).click();
    } else await page.goto(`${web.webUrl}${route.path}`);
    await page.waitForURL((url) => url.pathname === route.path);
    await settled();
    if (width === 'phone' && (await menu.isVisible()))
      report(route, 'menu', 'the menu stays open after choosing a page');
    return true;
  }

  type Walker = ReturnType<typeof walker>;

  /** axe's and the layout's findings by the state they were found in (see documentState). */
  const findingsOf = new Map<string, [string, string][]>();

  /**
   * Everything axe and the layout checks read, but the address: the markup, what the form fields
   * hold, the scroll position and which element has focus.
   */
  const documentState = () => {
    const fields = Array.from(document.querySelectorAll('input, select, textarea')).map((e) => {
      const field = e as HTMLInputElement;
      return `${field.value}|${field.checked}`;
    });
    const focused = Array.from(document.querySelectorAll('*')).indexOf(document.activeElement!);
    return JSON.stringify([document.documentElement.outerHTML, fields, window.scrollX, window.scrollY, focused]);
  };

  /** The checks of one browser page, and what they found. Attach before the page loads anything. */
  function walker(page: Page, width: Width) {
    const findings: string[] = [];
    const known: string[] = [];
    const graphqlErrors: string[] = [];
    // Uncaught exceptions in the page: a page that crashed may still look fine in a screenshot.
    const pageErrors: string[] = [];
    const inFlight = new Set<unknown>();
    page.on('request', (r) => inFlight.add(r));
    page.on('requestfinished', (r) => inFlight.delete(r));
    page.on('requestfailed', (r) => inFlight.delete(r));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', async (response) => {
      if (!response.url().endsWith('/graphql')) return;
      const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer;
      for (const error of answer.errors ?? [])
        graphqlErrors.push(`${operationOf(response.request())}: ${error.extensions?.code} ${error.message}`);
    });
    const menuButton = page.getByRole('button', { name: 'Meny' });
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });

    const report = (route: Pick<PageRoute, 'path'>, rule: string, what: string) => {
      const line = `${route.path} [${rule}] ${what}`;
      // A cut-off page is known only when every element that sticks out is.
      const elements = rule === 'cut-off' ? what.slice(what.indexOf(': ') + 2).split(' | ') : [what];
      const isKnown = elements.every((element) => {
        const issue = KNOWN_ISSUES.find(
          (k) => k.path === route.path && k.rule === rule && element.startsWith(k.element),
        );
        if (issue) seenIssues.add(issue);
        return !!issue;
      });
      (isKnown ? known : findings).push(line);
    };

    /** Until nothing is loading: no request in flight and no 'Hämtar …' for a moment. */
    async function settled() {
      for (let quiet = 0; quiet < 3;) {
        await page.waitForTimeout(150);
        const loading = await page.evaluate(() =>
          /Hämtar|Laddar/.test(document.querySelector('main')?.innerText ?? ''),
        );
        quiet = inFlight.size === 0 && !loading ? quiet + 1 : 0;
      }
    }

    /** Swedish only, axe finds nothing, nothing cut off and every table in its own scrolling box. */
    async function checkPage(route: Pick<PageRoute, 'path'>) {
      const shown = await page.evaluate(() => {
        const attributes = Array.from(document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
          .filter((e) => (e as HTMLElement).offsetParent !== null)
          .flatMap((e) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? ''));
        // A closed <select> shows one option; the user sees the others on opening it.
        const options = Array.from(document.querySelectorAll('option')).map((o) => o.textContent ?? '');
        // A list's own codes are shown as codes on purpose (<code>, e.g. on Verksamhetsområden): the
        // administrator keys imports by them. Read the page without them, then put them back.
        const codes = Array.from(document.querySelectorAll('code'));
        const kept = codes.map((c) => c.textContent);
        codes.forEach((c) => (c.textContent = ''));
        const text = document.body.innerText;
        codes.forEach((c, i) => (c.textContent = kept[i]));
        return [text, document.title, ...attributes, ...options].join('\n');
      });
      for (const problem of untranslated(shown, english)) report(route, 'swedish', problem);
      const current = await menu.locator('a[aria-current="page"]').allTextContents();
      if (current.length > 1)
        report(route, 'menu-current', `the menu marks ${current.join(' and ')} as the page shown`);
      for (const error of pageErrors.splice(0)) report(route, 'page-error', error);

      // axe and the layout read only the document and the viewport: a document already checked
      // at this width (the same refusal under another address) gets the same findings again.
      const state = `${width}\n${await page.evaluate(documentState)}`;
      let found = findingsOf.get(state);
      if (!found) findingsOf.set(state, (found = await axeAndLayout()));
      for (const [rule, what] of found) report(route, rule, what);
    }

    /** What axe finds, and what sticks out or does not scroll, as [rule, what] pairs. */
    async function axeAndLayout(): Promise<[string, string][]> {
      const found: [string, string][] = [];
      if (!(await page.evaluate(() => 'axe' in window)))
        await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const axe = await page.evaluate(async (tags) => {
        const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return {
          passes: result.passes.length as number,
          violations: result.violations.map((v: any) => ({
            id: v.id as string,
            help: v.help as string,
            targets: v.nodes.map((n: any) => n.target.join(' ')) as string[],
          })),
        };
      }, AXE_TAGS);
      if (axe.passes === 0) found.push(['axe', 'axe checked nothing']);
      for (const v of axe.violations as { id: string; help: string; targets: string[] }[])
        found.push([v.id, `${v.help}: ${v.targets.join(', ')}`]);

      const layout = await page.evaluate(() => {
        const scrolls = (e: Element | null): boolean =>
          !!e && (['auto', 'scroll'].includes(getComputedStyle(e).overflowX) || scrolls(e.parentElement));
        const describe = (e: Element) => {
          const classes =
            typeof e.className === 'string' && e.className.trim()
              ? `.${e.className.trim().split(/\s+/).join('.')}`
              : '';
          const caption = e.querySelector(':scope > caption')?.textContent;
          return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${classes}${caption ? ` "${caption}"` : ''}`;
        };
        const wide = Array.from(document.querySelectorAll('body *'))
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !scrolls(e.parentElement))
          .filter((e) => (e as HTMLElement).offsetParent !== null)
          .filter((e, _, all) => !all.includes(e.parentElement!))
          .map(describe);
        return {
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          wide,
          loose: Array.from(document.querySelectorAll('table'))
            .filter((t) => !scrolls(t.parentElement))
            .map(describe),
        };
      });
      if (layout.scrollWidth > layout.innerWidth)
        found.push(['cut-off', `${layout.scrollWidth}px wide in ${layout.innerWidth}px: ${layout.wide.join(' | ')}`]);
      for (const table of layout.loose) found.push(['table-scroll', `${table} does not scroll in its own box`]);
      return found;
    }

    /** From the top: the skip link comes first and works, Tab reaches the main menu and the page's first form control. */
    async function checkKeyboard(route: Pick<PageRoute, 'path'>) {
      const { firstControl, hasMenu, tabbable } = await page.evaluate(() => {
        const control = Array.from(document.querySelectorAll('main input, main select, main textarea')).find(
          (e) => (e as HTMLElement).offsetParent !== null && !(e as HTMLInputElement).disabled,
        );
        control?.setAttribute('data-walk-first', '');
        return {
          firstControl: !!control,
          hasMenu: !!document.querySelector('nav[aria-label="Huvudmeny"]'),
          tabbable: document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]').length,
        };
      });
      const focusTop = () =>
        page.evaluate(() => {
          (document.activeElement as HTMLElement | null)?.blur();
          window.scrollTo(0, 0);
          const top = document.createElement('span');
          top.tabIndex = -1;
          document.body.prepend(top);
          top.focus();
          top.remove();
        });
      const focused = () =>
        page.evaluate(() => {
          const e = document.activeElement;
          return {
            skip: !!e?.classList.contains('skip'),
            menu: !!e?.closest('nav[aria-label="Huvudmeny"]'),
            menuButton: e?.tagName === 'BUTTON' && e.textContent === 'Meny',
            inMain: !!e?.closest('main'),
            first: !!e?.hasAttribute('data-walk-first'),
            visible: !!e && e.getBoundingClientRect().left >= 0,
          };
        });

      await focusTop();
      await page.keyboard.press('Tab');
      const skip = await focused();
      if (!skip.skip) report(route, 'keyboard', 'the first Tab does not reach the skip link');
      else {
        if (!skip.visible) report(route, 'keyboard', 'the skip link is not shown when focused');
        await page.keyboard.press('Enter');
        if (!(await focused()).inMain) report(route, 'keyboard', 'the skip link does not move focus to the content');
      }

      await focusTop();
      let reachedMenu = !hasMenu;
      let reachedFirst = !firstControl;
      for (let i = 0; i < tabbable + 2 && !(reachedMenu && reachedFirst); i++) {
        await page.keyboard.press('Tab');
        const now = await focused();
        if (now.menuButton && !reachedMenu) await page.keyboard.press('Enter');
        reachedMenu ||= now.menu;
        reachedFirst ||= now.first;
      }
      if (!reachedMenu) report(route, 'keyboard', 'Tab does not reach the main menu');
      if (!reachedFirst) report(route, 'keyboard', 'Tab does not reach the first form control');
      await page.evaluate(() => document.querySelector('[data-walk-first]')?.removeAttribute('data-walk-first'));
      if (width === 'phone' && (await menu.isVisible())) await menuButton.click();
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        history.replaceState(history.state, '', location.pathname + location.search);
      });
    }

    /** Fails with everything found; known issues are only told. */
    function done(what: string) {
      if (known.length) console.warn(`known issues ${what}:\n${known.join('\n')}`);
      expect(findings).toEqual([]);
    }

    return { report, settled, checkPage, checkKeyboard, done, graphqlErrors, menu, menuButton };
  }
});
