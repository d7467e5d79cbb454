import path from 'node:path';
import { Page } from 'playwright-core';
import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import { monthBack, postGraphQL, waitFor, refusesUnknownId } from '@kvalitetsnav/testing';
import { registerProvider, registerUnit } from './register';
import { answerTo, ARTIFACTS, go, GraphQLAnswer, operationOf, startWeb, Web } from './web/harness';

describe('the web dashboard in a real browser, against the real stack', () => {
  let web: Web;
  let stack: Web['stack'];
  let webUrl: string;
  let browser: Web['browser'];
  const artifacts = ARTIFACTS;

  beforeAll(async () => {
    web = await startWeb();
    ({ stack, webUrl, browser } = web);
  });

  afterAll(async () => {
    await web?.close();
  });

  it('signs in and shows providers, units and deviation counts from the gateway', async () => {
    const token = await signUserToken(
      { sub: 'seed', name: 'Seed', roles: ['QUALITY_OFFICIAL'] },
      DEVELOPMENT_JWT_SECRET,
    );
    const auth = { authorization: `Bearer ${token}` };
    const graphql = `${stack.gatewayUrl}/graphql`;
    const gatewayUrl = stack.gatewayUrl!;
    const { id: providerId } = await registerProvider(gatewayUrl, auth, { name: 'Björkens Omsorg AB' });
    const { id: unitId } = await registerUnit(gatewayUrl, auth, providerId, {
      name: 'Servicebostad Björken',
      serviceArea: 'LSS_SERVICE_HOME',
      places: 9,
    });
    await waitFor(
      async () => {
        const r = await postGraphQL(
          graphql,
          `mutation($i: ReportDeviationInput!) { reportDeviation(input: $i) { id } }`,
          {
            i: { unitId, kind: 'SOL_LSS', occurredOn: '2022-06-01', description: 'Insats utförd för sent' },
          },
          auth,
        );
        return !r.errors;
      },
      { what: 'the unit to reach deviations' },
    );

    const page = await browser.newPage();
    await page.goto(webUrl);
    await page.getByLabel('Roll').selectOption('QUALITY_OFFICIAL');
    await page.getByLabel('Namn').fill('Anna Andersson');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { name: 'Att hantera' }).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utförare' }).click();
    await page.getByRole('heading', { name: 'Utförare och enheter' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Servicebostad Björken' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(
      /Björkens Omsorg AB[\s\S]*Privat[\s\S]*Servicebostad Björken[\s\S]*Servicebostad LSS[\s\S]*9[\s\S]*1[\s\S]*1/,
    );
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

  describe('every page, as a quality official works with it', () => {
    const YES_NO = [
      { code: 'YES', label: 'Ja', positive: true, nonSubstantive: false },
      { code: 'NO', label: 'Nej', positive: false, nonSubstantive: false },
      { code: 'DONT_KNOW', label: 'Vet inte', positive: false, nonSubstantive: true },
    ];
    let auth: Record<string, string>;
    const seeded = { unitId: '', followUpId: '' };
    const api = (query: string, variables: Record<string, unknown> = {}) =>
      postGraphQL<any>(`${stack.gatewayUrl}/graphql`, query, variables, auth);
    const shot = (page: Page, name: string) => web.shot(page, name);
    const signedIn = (role: 'QUALITY_OFFICIAL' | 'REPORTING' = 'QUALITY_OFFICIAL', watch?: (page: Page) => void) =>
      web.signedIn(role, { watch });

    beforeAll(async () => {
      auth = {
        authorization: `Bearer ${await signUserToken({ sub: 'setup', name: 'Setup', roles: ['ADMIN'] }, DEVELOPMENT_JWT_SECRET)}`,
      };
      const gatewayUrl = stack.gatewayUrl!;
      const { id: providerId } = await registerProvider(gatewayUrl, auth, { name: 'Lindens Omsorg AB' });
      const { id: unitId } = await registerUnit(gatewayUrl, auth, providerId, {
        name: 'Gruppbostad Linden',
        serviceArea: 'LSS_GROUP_HOME',
        places: 6,
      });
      seeded.unitId = unitId;
      await api(`mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`, {
        i: {
          reference: 'LSS-2020-07',
          title: 'Gruppbostad LSS',
          form: 'LOU',
          providerId,
          unitIds: [unitId],
          startDate: '2020-01-01',
          endDate: '2099-12-31',
        },
      });
      const definition = (
        await api(`mutation($i: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $i) { id } }`, {
          i: {
            code: 'LSS_WEB',
            name: 'Brukarundersökning LSS',
            questions: [{ id: 'Q1', text: 'Trivs du i ditt boende?', options: YES_NO }],
          },
        })
      ).data.createSurveyDefinition.id;
      const round = (
        await waitFor(
          async () => {
            const created = await api(`mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id } }`, {
              i: {
                definitionId: definition,
                name: 'LSS-enkäten 2022',
                period: '2022',
                units: [{ unitId, offered: 10 }],
              },
            });
            return refusesUnknownId(created) ? null : created;
          },
          { what: 'the unit in surveys' },
        )
      ).data.createSurveyRound.id;
      const rows = ['YES', 'YES', 'YES', 'YES', 'YES', 'NO', 'DONT_KNOW'].map(
        (a, i) => `${unitId},${i % 2 ? 'MAN' : 'WOMAN'},${a}`,
      );
      await api(`mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted } }`, {
        r: round,
        csv: ['unit_id,gender,Q1', ...rows].join('\n'),
      });
      await api(`mutation($r: ID!) { closeSurveyRound(roundId: $r) { id } }`, { r: round });
      await api(`mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id } }`, {
        i: { definitionId: definition, name: 'LSS-enkäten 2023', period: '2023', units: [{ unitId, offered: 6 }] },
      });
      seeded.followUpId = (
        await api(`mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }`, {
          i: {
            type: 'OVERARCHING',
            title: 'Övergripande uppföljning av bemanningen',
            plannedOn: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
          },
        })
      ).data.createFollowUp.id;
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      await waitFor(
        async () =>
          !(
            await api(`mutation($i: ReportDeviationInput!) { reportDeviation(input: $i) { id } }`, {
              i: { unitId, kind: 'SOL_LSS', occurredOn: yesterday, description: 'Larmet besvarades för sent' },
            })
          ).errors,
        { what: 'the unit to reach deviations' },
      );
    });

    it('walks each page', async () => {
      const page = await signedIn();
      await page.getByRole('region', { name: 'Avtal med högst risk' }).waitFor();
      await page.waitForFunction(() => !document.body.innerText.includes('Hämtar'));
      expect(await page.getByRole('region', { name: 'Avtal med högst risk' }).innerText()).toContain('LSS-2020-07');
      await shot(page, 'start');
      await go(page, 'Utförare', 'Utförare och enheter');
      await page.getByRole('link', { name: 'Lindens Omsorg AB' }).click();
      await page.getByRole('heading', { name: 'Lindens Omsorg AB', level: 1 }).waitFor();
      await page
        .getByRole('cell', { name: /Gruppbostad LSS/ })
        .first()
        .waitFor();
      await shot(page, 'provider');
      await go(page, 'Avvikelser', 'Avvikelser');
      await page.getByRole('table', { name: 'Avvikelser, lex Sarah och klagomål per område' }).waitFor();
      await shot(page, 'deviations');
      await go(page, 'Prognoser', 'Prognoser');
      await page.getByRole('button', { name: 'Gör prognos' }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').innerText()).toContain('Uppgifterna är inte giltiga');
      await shot(page, 'forecasts');
      await go(page, 'Rapporter', 'Rapporter');
      await page.getByLabel('År', { exact: true }).fill('2022');
      await page.getByRole('button', { name: 'Skapa rapport' }).click();
      await page.getByText('Rapporten är klar.').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Ladda ner PDF' }).waitFor();
      await shot(page, 'reports');
    });

    it('shows a survey result with its numerator and denominator, and the gender split with suppressed cells', async () => {
      const page = await signedIn();
      await go(page, 'Brukarundersökningar', 'Brukarundersökningar');
      await page.getByLabel('Omgång', { exact: true }).selectOption({ label: 'LSS-enkäten 2022 (2022, avslutad)' });
      const total = page.getByRole('region', { name: 'Totalt' });
      await total.getByText('Svarsfrekvens 70,0 % (7 av 10)').waitFor();
      expect(await total.getByRole('row', { name: /Trivs du/ }).innerText()).toContain('83,3 % (5 av 6)');
      await page.getByLabel('Dela upp på').selectOption('GENDER');
      await page.getByRole('region', { name: 'Män' }).getByText('För få svar – redovisas inte').waitFor();
      await shot(page, 'surveys');

      // An open round takes anonymous answers through the web form.
      await page.getByLabel('Dela upp på').selectOption('TOTAL');
      await page.getByLabel('Omgång', { exact: true }).selectOption({ label: 'LSS-enkäten 2023 (2023, pågår)' });
      const form = page.getByRole('form', { name: 'Registrera svar' });
      await form.getByLabel('Kön').selectOption('WOMAN');
      await form.getByRole('group', { name: 'Trivs du i ditt boende?' }).getByLabel('Ja').check();
      await form.getByRole('button', { name: 'Skicka svaret' }).click();
      await form.getByText('1 svar registrerade.').waitFor();
      await shot(page, 'survey-answer');
    });

    it('shows a refusal in Swedish from the catalogue, next to the field it is about', async () => {
      const page = await signedIn();
      await page.goto(`${webUrl}/uppfoljning/${seeded.followUpId}`);
      await page.getByRole('heading', { name: 'Övergripande uppföljning av bemanningen', level: 1 }).waitFor();
      const form = page.getByRole('form', { name: 'Förberedelser' });
      const responsible = form.getByLabel('Ansvarig tjänsteman');
      await responsible.fill('A'.repeat(201));
      const refused = answerTo(page, 'PrepareFollowUp');
      await form.getByRole('button', { name: 'Spara förberedelser' }).click();
      expect((await refused).errors?.[0].extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        rule: 'TEXT_LENGTH',
        field: 'responsible',
      });
      await form.getByRole('alert').waitFor();
      expect(await form.getByRole('alert').innerText()).toBe('Uppgifterna är inte giltiga. Rätta de markerade fälten.');
      expect(await responsible.getAttribute('aria-invalid')).toBe('true');
      const description = page.locator(`[id="${await responsible.getAttribute('aria-describedby')}"]`);
      expect(await description.innerText()).toBe('Ansvarig tjänsteman måste fyllas i, med högst 200 tecken.');
      expect(await form.getByLabel('Biträdande tjänsteman').getAttribute('aria-invalid')).toBeNull();
      await shot(page, 'refusal');
    });

    it('shows what a mutation changed at once, without reloading the page', async () => {
      const page = await signedIn();
      await go(page, 'Avvikelser', 'Avvikelser');
      const row = page.getByRole('row').filter({ hasText: 'Larmet besvarades för sent' });
      await row.waitFor();
      expect(await row.innerText()).toContain('Rapporterad');
      await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
      const refetched = page.waitForRequest(
        (r) => r.url().endsWith('/graphql') && operationOf(r) === 'DeviationsPageList',
      );
      await row.getByRole('button', { name: 'Utreds' }).click();
      await refetched;
      await row.getByRole('button', { name: 'Åtgärder registrerade' }).waitFor();
      expect(await row.innerText()).toContain('Utreds');
      expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(
        true,
      );
    });

    it('opens every page offered to REPORTING, each with its data and without an error', async () => {
      // Two years of case flows for a forecast, and usage rates for the long-term projection.
      const season = [6, 4, 2, 0, -1, -3, -9, -4, 3, 5, 4, 1];
      const submit = (back: number) =>
        api(`mutation($i: SubmitCaseFlowReportInput!) { submitCaseFlowReport(input: $i) { version } }`, {
          i: {
            unitId: seeded.unitId,
            service: 'LSS_GROUP_HOME',
            month: monthBack(back),
            incoming: 20 + season[(back + 12) % 12],
            outgoing: 18,
            closedByReason: [{ reason: 'GOALS_MET', count: 18 }],
          },
        });
      await waitFor(async () => !(await submit(30)).errors, { what: 'the unit to reach forecasting' });
      for (let back = 29; back >= 1; back--) expect((await submit(back)).errors).toBeUndefined();
      const rates = await api(`mutation($i: UsageRatesInput!) { setUsageRates(input: $i) }`, {
        i: { serviceArea: 'NURSING_HOME', rates: [{ ageBand: '80-84', rate: 0.05 }] },
      });
      expect(rates.errors).toBeUndefined();
      // A projection needs the region's population (a region without figures is refused).
      const year = new Date().getFullYear();
      const years = Array.from({ length: 10 }, (_, i) => year + i);
      const population = await api(`mutation($c: String!) { importPopulation(csv: $c) { accepted } }`, {
        c: [
          ['region', 'ålder', ...years].map((v) => `"${v}"`).join(','),
          ['0580 Linköping', '80-84 år', ...years.map((_, i) => 400 + 10 * i)].map((v) => `"${v}"`).join(','),
        ].join('\n'),
      });
      expect(population.data?.importPopulation).toEqual({ accepted: true });

      // Every answer the gateway gives the page, from the sign-in check on, must be data without errors.
      const answers: Promise<string | null>[] = [];
      const page = await signedIn('REPORTING', (p) =>
        p.on('response', (r) => {
          if (!r.url().endsWith('/graphql')) return;
          answers.push(
            r.json().then(
              (body: GraphQLAnswer) =>
                r.status() === 200 && !body.errors
                  ? null
                  : `${operationOf(r.request())}: ${r.status()} ${JSON.stringify(body.errors)}`,
              () => `${operationOf(r.request())}: ${r.status()} without a body`,
            ),
          );
        }),
      );
      const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
      expect(await menu.getByRole('link').allInnerTexts()).toEqual([
        'Att hantera',
        'Brukarundersökningar',
        'Prognoser',
        'Rapporter',
      ]);
      const noAlert = async () => expect(await page.getByRole('alert').allInnerTexts()).toEqual([]);

      await page.getByText('Din roll ser statistik och rapporter.').waitFor();
      await noAlert();

      await go(page, 'Brukarundersökningar', 'Brukarundersökningar');
      await page.getByLabel('Omgång', { exact: true }).selectOption({ label: 'LSS-enkäten 2022 (2022, avslutad)' });
      const total = page.getByRole('region', { name: 'Totalt' });
      await total.getByText('Svarsfrekvens 70,0 % (7 av 10)').waitFor();
      expect(await total.getByRole('row', { name: /Trivs du/ }).innerText()).toContain('83,3 % (5 av 6)');
      await page.getByLabel('Omgång', { exact: true }).selectOption({ label: 'LSS-enkäten 2023 (2023, pågår)' });
      await page
        .getByRole('region', { name: 'Totalt' })
        .getByText(/Svarsfrekvens/)
        .waitFor();
      expect(await page.getByRole('form', { name: 'Registrera svar' }).count()).toBe(0);
      await noAlert();
      await shot(page, 'reporting-surveys');

      await go(page, 'Prognoser', 'Prognoser');
      expect(await page.getByLabel('Enhet').count()).toBe(0);
      await page.getByRole('button', { name: 'Gör prognos' }).click();
      const months = page.getByRole('table', { name: 'Prognos per månad' }).getByRole('row');
      await months.nth(12).waitFor();
      expect(await months.count()).toBe(13);
      await page.getByRole('button', { name: 'Beräkna' }).click();
      await page.getByRole('table', { name: 'Behov mot kapacitet per år' }).getByRole('row').nth(10).waitFor();
      await noAlert();
      await shot(page, 'reporting-forecasts');

      await go(page, 'Rapporter', 'Rapporter');
      await page.getByRole('form', { name: 'Skapa rapport' }).waitFor();
      await noAlert();

      expect((await Promise.all(answers)).filter(Boolean)).toEqual([]);
      // The sign-in check, two rounds' results and the rounds, the forecast and the projection.
      expect(answers.length).toBeGreaterThanOrEqual(6);
    });
  });
});
