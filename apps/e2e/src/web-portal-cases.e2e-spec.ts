import { Page } from 'playwright-core';
import { addDays, isoWeekOf, stockholmToday } from '@kvalitetsnav/calendar';
import { monthBack, postGraphQL, waitFor } from '@kvalitetsnav/testing';
import { CASE_FLOW_REPORTS, DEVIATIONS_BY_FILTER, PLACEMENT_REPORTS, REPORT_DEVIATION } from './gateway-operations';
import { API_KEYS_OF, PULSE_OF_WEEK, UNITS_IN_FORECASTING } from './portal-operations';
import { issueApiKey, registerProvider, registerUnit } from './register';
import { answerTo, go, inSwedish, startWeb, Web } from './web/harness';

/**
 * The provider portal's own pages as a provider's staff member works them in a real browser:
 * deviations and complaints, the weekly pulse, the monthly case flows and placements and the account's API keys,
 * each checked on screen and through the gateway, and another provider's ids refused as unknown.
 */
describe('the provider portal: deviations, pulse, case flows and API keys, confined to the own provider', () => {
  let web: Web;
  const a = { name: 'Lindens Hemtjänst AB', providerId: '', homeCare: '', familySupport: '' };
  const b = { name: 'Stiftelsen Björkhagen', providerId: '', unitId: '', deviationId: '' };
  const today = stockholmToday();
  const yesterday = addDays(today, -1);
  const tomorrow = addDays(today, 1);
  const asA = () => ({ role: 'PROVIDER' as const, providerId: a.providerId });
  const deviationsOf = (unitId: string) => web.api(DEVIATIONS_BY_FILTER, { filter: { unitId } });

  beforeAll(async () => {
    web = await startWeb();
    const headers = await web.headers('ADMIN');
    a.providerId = (await registerProvider(web.gatewayUrl, headers, { name: a.name })).id;
    a.homeCare = (
      await registerUnit(web.gatewayUrl, headers, a.providerId, { name: 'Hemtjänst Linden', serviceArea: 'HOME_CARE' })
    ).id;
    a.familySupport = (
      await registerUnit(web.gatewayUrl, headers, a.providerId, {
        name: 'Familjestöd Linden',
        serviceArea: 'FAMILY_SUPPORT',
      })
    ).id;
    b.providerId = (await registerProvider(web.gatewayUrl, headers, { name: b.name, ownership: 'NON_PROFIT' })).id;
    b.unitId = (
      await registerUnit(web.gatewayUrl, headers, b.providerId, {
        name: 'Gruppbostad Björkhagen',
        serviceArea: 'LSS_GROUP_HOME',
      })
    ).id;
    // B's own case, and one of A's from before: each once the units have reached deviations.
    const report = (unitId: string, description: string) =>
      waitFor(
        async () =>
          (
            await web
              .api(REPORT_DEVIATION, { input: { unitId, kind: 'SOL_LSS', occurredOn: yesterday, description } })
              .catch(() => null)
          )?.reportDeviation.id,
        { what: 'the unit to reach deviations' },
      );
    b.deviationId = await report(b.unitId, 'Björkhagens larm fungerade inte under natten');
    await report(a.homeCare, 'Besöket blev inte av på morgonen');
    await waitFor(
      async () => {
        const known = (await web.api(UNITS_IN_FORECASTING, {})).forecastReadiness.map((r) => r.unitId);
        return [a.familySupport, b.unitId].every((id) => known.includes(id));
      },
      { what: 'the units to reach forecasting' },
    );
    await waitFor(
      async () =>
        (await web.api(PULSE_OF_WEEK, { week: isoWeekOf(today) }, asA())).pulseOverview.missingUnits.length === 2,
      { what: "the provider's two units to reach surveys" },
    );
  });

  afterAll(async () => {
    await web?.close();
  });

  const signedInAsA = (width: 'desktop' | 'phone' = 'desktop') => web.signedIn('PROVIDER', { width, provider: a.name });

  it('registers a lex Sarah report: a date after today refused at its field, stored nothing, then registered and listed', async () => {
    const page = await signedInAsA();
    await go(page, 'Avvikelser', 'Avvikelser');
    const form = page.getByRole('form', { name: 'Registrera avvikelse' });
    await form.waitFor();
    // Only A's own units are offered.
    expect((await form.getByLabel('Enhet').locator('option').allInnerTexts()).sort()).toEqual([
      'Familjestöd Linden',
      'Hemtjänst Linden',
      'Välj enhet',
    ]);
    await form.getByLabel('Slag').selectOption({ label: 'Lex Sarah' });
    await form.getByLabel('Enhet').selectOption({ label: 'Hemtjänst Linden' });
    await form.getByLabel('Datum då det hände').fill(tomorrow);
    await form.getByLabel('Beskrivning').fill('Brukaren 19121212-1212 lämnades ensam under natten');
    const refused = answerTo(page, 'DeviationsPageReport');
    await form.getByRole('button', { name: 'Registrera avvikelse' }).click();
    const [message] = inSwedish(await refused);
    expect(message).toContain('kan inte vara senare än rapporteringsdagen');
    await form.getByText(message).waitFor();
    expect(await form.getByLabel('Datum då det hände').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect((await deviationsOf(a.homeCare)).deviations.map((d) => d.kind)).toEqual(['SOL_LSS']);
    await web.shot(page, 'portal-deviation-refused');

    await form.getByLabel('Datum då det hände').fill(yesterday);
    await form.getByRole('button', { name: 'Registrera avvikelse' }).click();
    await page.getByRole('status').filter({ hasText: 'Lex Sarah är registrerad.' }).waitFor();
    const stored = (await deviationsOf(a.homeCare)).deviations.find((d) => d.kind === 'LEX_SARAH');
    expect(stored?.description).toBe('Brukaren [personnummer] lämnades ensam under natten');

    const list = page.getByRole('table', { name: 'Era avvikelser och klagomål' });
    const row = list.getByRole('row').filter({ hasText: 'Lex Sarah' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Hemtjänst Linden\s+Rapporterad/);
    // Nothing of B's in A's list.
    expect(await list.innerText()).not.toContain('Björkhagen');

    await page.getByRole('link', { name: 'Öppna ärendet' }).click();
    await page.getByRole('heading', { name: 'Lex Sarah', level: 1 }).waitFor();
    await page.getByText('Brukaren [personnummer] lämnades ensam under natten').waitFor();
    await page.getByText('Originaltexten är sparad skyddad', { exact: false }).waitFor();
    await page.getByRole('table', { name: 'Ärendets historik, äldst först' }).getByText('Registrerad').waitFor();
    expect(
      await page
        .getByRole('button')
        .filter({ hasText: /utredning|Avsluta|Registrera/ })
        .count(),
    ).toBe(0);
    await web.shot(page, 'portal-deviation-case');
    await page.close();
  });

  it('registers a complaint on a phone, with nothing wider than the screen', async () => {
    const page = await signedInAsA('phone');
    await go(page, 'Avvikelser', 'Avvikelser');
    const form = page.getByRole('form', { name: 'Registrera klagomål' });
    await form.getByLabel('Enhet').selectOption({ label: 'Hemtjänst Linden' });
    await form.getByLabel('Mottaget den').fill(yesterday);
    await form.getByLabel('Avsändare').selectOption({ label: 'Anhörig' });
    await form.getByLabel('Beskrivning').fill('Anhörig klagar på att tiderna ändras utan besked');
    await form.getByRole('button', { name: 'Registrera klagomål' }).click();
    await page.getByRole('status').filter({ hasText: 'Synpunkten eller klagomålet är registrerat.' }).waitFor();
    const complaint = (await deviationsOf(a.homeCare)).deviations.find((d) => d.kind === 'COMPLAINT');
    expect(complaint).toMatchObject({ complainant: 'RELATIVE', complaintCategory: 'TREATMENT' });
    await page.getByRole('table', { name: 'Era avvikelser och klagomål' }).getByText('Synpunkt/klagomål').waitFor();
    const wider = await page.evaluate(() =>
      Array.from(document.querySelectorAll('main *'))
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll'))
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
    );
    expect(wider).toEqual([]);
    await web.shot(page, 'portal-complaint-phone');
    await page.close();
  });

  it("answers this week's pulse for one of its units twice: the second answer is version 2", async () => {
    const page = await signedInAsA();
    await go(page, 'Pulsenkät', 'Pulsenkät');
    await page.getByLabel('Enhet som svaret gäller').selectOption({ label: 'Hemtjänst Linden' });
    const form = page.getByRole('form', { name: 'Veckans pulsenkät' });
    await form.getByText('Ni har inte svarat för Hemtjänst Linden den här veckan.').waitFor();
    await form.getByLabel('Bemanning').selectOption('4');
    await form.getByLabel('Övrigt att berätta').fill('Många sjuka i personalgruppen');
    await form.getByRole('button', { name: 'Skicka svaret' }).click();
    await page.getByRole('status').filter({ hasText: 'är sparat (version 1).' }).waitFor();
    await form.getByText('version 1', { exact: false }).waitFor();
    await form.getByLabel('Bemanning').selectOption('5');
    await form.getByRole('button', { name: 'Skicka svaret' }).click();
    await page.getByRole('status').filter({ hasText: 'är sparat som version 2.' }).waitFor();
    await form.getByText('Ni har svarat för Hemtjänst Linden den här veckan (version 2', { exact: false }).waitFor();
    const units = page.getByRole('table', { name: /Enheternas svar/ });
    await units
      .getByRole('row', { name: /Hemtjänst Linden/ })
      .getByText('Besvarad (version 2', { exact: false })
      .waitFor();
    await units
      .getByRole('row', { name: /Familjestöd Linden/ })
      .getByText('Inte besvarad')
      .waitFor();
    const { answers, missingUnits } = (await web.api(PULSE_OF_WEEK, { week: isoWeekOf(today) }, asA())).pulseOverview;
    expect(missingUnits).toEqual([{ id: a.familySupport }]);
    expect(answers).toEqual([
      {
        providerId: a.providerId,
        unitId: a.homeCare,
        version: 2,
        values: [
          { key: 'IMPACT', value: 1 },
          { key: 'STAFFING', value: 5 },
          { key: 'PROTECTIVE_EQUIPMENT', value: 1 },
          { key: 'WORRY', value: 1 },
        ],
        comment: 'Många sjuka i personalgruppen',
      },
    ]);
    await page.getByRole('table', { name: 'Svar tidigare veckor, senaste först' }).waitFor();
    await web.shot(page, 'portal-pulse');
    await page.close();
  });

  it('takes a month of case flows: reasons not adding up refused at their field, then stored and listed', async () => {
    const page = await signedInAsA();
    await go(page, 'Ärenden', 'Ärenden');
    const form = page.getByRole('form', { name: 'Rapportera ärendeflöde' });
    await form.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Familjestöd Linden' });
    expect(await form.getByLabel('Insats', { exact: true }).inputValue()).toBe('FAMILY_SUPPORT');
    // A provider reports its own cases: no choice of source.
    expect(await form.getByLabel('Källa').count()).toBe(0);
    await form.getByLabel('Månad', { exact: true }).fill(monthBack(1));
    await form.getByLabel('Nya ärenden').fill('6');
    await form.getByLabel('Avslutade ärenden', { exact: true }).fill('5');
    await form.getByLabel('Målen med insatsen uppnådda').fill('3');
    await form.getByLabel('Flyttat från kommunen').fill('1');
    await form.getByRole('button', { name: 'Spara ärendeflödet' }).click();
    await form
      .getByText('De avslutade ärendena per orsak blir tillsammans 4, men antalet avslutade ärenden är 5.')
      .waitFor();
    expect(await form.getByRole('group').getAttribute('aria-invalid')).toBe('true');
    expect((await web.api(CASE_FLOW_REPORTS, { filter: { unitId: a.familySupport } })).caseFlowReports).toEqual([]);
    await web.shot(page, 'portal-case-flow-refused');

    await form.getByLabel('Flyttat från kommunen').fill('2');
    await form.getByRole('button', { name: 'Spara ärendeflödet' }).click();
    await form.getByText(`Ärendeflödet för Familjestöd Linden ${monthBack(1)} är sparat (version 1).`).waitFor();
    expect((await web.api(CASE_FLOW_REPORTS, { filter: { unitId: a.familySupport } })).caseFlowReports).toEqual([
      {
        month: monthBack(1),
        version: 1,
        incoming: 6,
        outgoing: 5,
        closedByReason: [
          { reason: 'GOALS_MET', count: 3 },
          { reason: 'MOVED', count: 2 },
        ],
      },
    ]);
    const given = page.getByRole('table', { name: 'Lämnade månadsrapporter, senaste versionen av varje' });
    expect(await given.getByRole('row').filter({ hasText: 'Familjestöd Linden' }).innerText()).toMatch(
      new RegExp(`${monthBack(1)}\\s+Familjestöd Linden\\s+6\\s+5\\s+.*\\s+1\\s+`),
    );
    await page.getByRole('form', { name: 'Ladda upp ärendeflöden från fil' }).waitFor();
    await web.shot(page, 'portal-case-flows');
    await page.close();
  });

  const placementsOf = (unitId: string) => web.api(PLACEMENT_REPORTS, { filter: { unitId } }, asA());

  it('takes a month of placements: more care days than the month has refused at its field, then stored and listed', async () => {
    const page = await signedInAsA();
    await go(page, 'Ärenden', 'Ärenden');
    const form = page.getByRole('form', { name: 'Rapportera placeringar' });
    expect((await form.getByLabel('Enhet', { exact: true }).locator('option').allInnerTexts()).sort()).toEqual([
      'Familjestöd Linden',
      'Hemtjänst Linden',
      'Välj enhet',
    ]);
    await form.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Familjestöd Linden' });
    await form.getByLabel('Månad', { exact: true }).fill(monthBack(1));
    await form.getByLabel('Placeringsform').selectOption({ label: 'Familjehem' });
    await form.getByLabel('Antal placerade').fill('2');
    await form.getByLabel('Vårddygn').fill('500');
    await form.getByLabel('Kostnad i kronor').fill('56000');
    const refused = answerTo(page, 'ForecastDataPageSubmitPlacements');
    await form.getByRole('button', { name: 'Spara placeringarna' }).click();
    const [message] = inSwedish(await refused);
    expect(message).toMatch(/^500 vårddygn är fler än 2 placerade kan ha under månadens \d+ dagar\.$/);
    await form.locator('.field-error', { hasText: message }).waitFor();
    expect(await form.getByLabel('Vårddygn').getAttribute('aria-invalid')).toBe('true');
    expect((await placementsOf(a.familySupport)).placementReports).toEqual([]);
    await web.shot(page, 'portal-placement-refused');

    await form.getByLabel('Vårddygn').fill('56');
    await form.getByRole('button', { name: 'Spara placeringarna' }).click();
    await form
      .getByText(`Placeringarna för Familjestöd Linden, Familjehem ${monthBack(1)} är sparade (version 1).`)
      .waitFor();
    expect((await placementsOf(a.familySupport)).placementReports).toEqual([
      { unitId: a.familySupport, month: monthBack(1), form: 'FAMILY_HOME', placed: 2, careDays: 56, version: 1 },
    ]);
    const given = page.getByRole('table', { name: 'Lämnade placeringar per månad, enhet och placeringsform' });
    expect(await given.getByRole('row').filter({ hasText: 'Familjestöd Linden' }).innerText()).toMatch(
      new RegExp(`${monthBack(1)}\\s+Familjestöd Linden\\s+Familjehem\\s+2\\s+56\\s+56\\s000\\s+0\\s+1`),
    );
    await web.shot(page, 'portal-placements');
    await page.close();
  });

  it("uploads placements: a row for B's unit refuses the file in Swedish, storing nothing, then a good file is stored", async () => {
    const page = await signedInAsA();
    await go(page, 'Ärenden', 'Ärenden');
    const form = page.getByRole('form', { name: 'Ladda upp placeringar från fil' });
    const file = (unitIds: string[]) => ({
      name: 'placeringar.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'unit_id,month,form,placed,care_days,cost_sek',
          ...unitIds.map((id) => `${id},${monthBack(2)},hvb,1,20,30000`),
        ].join('\n'),
      ),
    });
    const picker = form.getByLabel('Välj fil (CSV eller Excel)');
    await picker.setInputFiles(file([a.homeCare, b.unitId]));
    const errors = form.getByRole('table', { name: 'Fel i filen' });
    await errors.waitFor();
    expect(await errors.innerText()).toContain(`Det finns ingen enhet med id ${b.unitId}.`);
    expect(await form.getByRole('button', { name: /^Importera/ }).count()).toBe(0);
    expect((await placementsOf(a.homeCare)).placementReports).toEqual([]);
    expect((await placementsOf(b.unitId)).placementReports).toEqual([]);
    await web.shot(page, 'portal-placement-upload-refused');

    await picker.setInputFiles(file([a.homeCare]));
    await form.getByRole('table', { name: 'Förhandsgranskning, 1 rad' }).getByText('Hemtjänst Linden').waitFor();
    expect((await placementsOf(a.homeCare)).placementReports).toEqual([]);
    await form.getByRole('button', { name: 'Importera 1 rad' }).click();
    await form.getByRole('status').filter({ hasText: '1 rad sparad.' }).waitFor();
    expect((await placementsOf(a.homeCare)).placementReports).toEqual([
      { unitId: a.homeCare, month: monthBack(2), form: 'HVB', placed: 1, careDays: 20, version: 1 },
    ]);
    await page
      .getByRole('table', { name: 'Lämnade placeringar per månad, enhet och placeringsform' })
      .getByRole('row')
      .filter({ hasText: 'Hemtjänst Linden' })
      .waitFor();
    await page.close();
  });

  it('lists the API keys the administrator issued, with when one was last used, never the key', async () => {
    const key = await issueApiKey(web.gatewayUrl, await web.headers('ADMIN'), a.providerId, 'Lindens schemasystem');
    await issueApiKey(web.gatewayUrl, await web.headers('ADMIN'), b.providerId, 'Björkhagens journalsystem');
    const used = await postGraphQL<any>(`${web.gatewayUrl}/graphql`, `{ providers { id } }`, {}, key);
    expect(used.data.providers).toEqual([{ id: a.providerId }]);
    const [listed] = (await web.api(API_KEYS_OF, { providerId: a.providerId }, asA())).providerApiKeys;
    expect(listed).toMatchObject({ name: 'Lindens schemasystem', lastUsedAt: expect.any(String) });
    expect((await web.api(API_KEYS_OF, { providerId: b.providerId }, asA())).providerApiKeys).toEqual([]);

    const page = await signedInAsA();
    await go(page, 'Konto', 'Konto');
    const row = page
      .getByRole('table', { name: 'Utförarens API-nycklar' })
      .getByRole('row')
      .filter({ hasText: 'Lindens schemasystem' });
    const text = await row.innerText();
    expect(text).toContain(listed.prefix);
    expect(text).not.toContain(key['x-api-key']);
    expect(text).not.toContain('Aldrig');
    expect(text).toMatch(/\bNej\b/);
    await page.getByText('utfärdas och återkallas av kommunens administratör', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: /Återkalla|Utfärda/ }).count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('Björkhagen');
    await page.getByRole('heading', { name: 'Kontaktpersoner' }).waitFor();
    await web.shot(page, 'portal-account');
    await page.close();
  });

  /** Sends the page's next call of `operation` with `change` applied to its input, as a tampering user would. */
  const tamper = (page: Page, operation: string, change: (input: Record<string, unknown>) => void) =>
    page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON();
      if (body?.operationName !== operation) return route.continue();
      change(body.variables.input);
      return route.continue({ postData: JSON.stringify(body) });
    });

  it("refuses B's ids as A: B's case by its address, and reports and placements for B's unit, in Swedish, showing nothing of B's", async () => {
    const page = await signedInAsA();
    await page.goto(`${web.webUrl}/portal/avvikelser/${b.deviationId}`);
    await page.getByText('Ärendet finns inte bland era ärenden.', { exact: false }).waitFor();
    const shown = await page.locator('main').innerText();
    expect(shown).not.toContain('Björkhagen');
    expect(shown).not.toContain('larm');
    await web.shot(page, 'portal-other-providers-case');

    await go(page, 'Avvikelser', 'Avvikelser');
    await tamper(page, 'DeviationsPageReport', (input) => (input['unitId'] = b.unitId));
    const form = page.getByRole('form', { name: 'Registrera avvikelse' });
    await form.getByLabel('Enhet').selectOption({ label: 'Hemtjänst Linden' });
    await form.getByLabel('Datum då det hände').fill(yesterday);
    await form.getByLabel('Beskrivning').fill('Skickad till en annan utförares enhet');
    const refused = answerTo(page, 'DeviationsPageReport');
    await form.getByRole('button', { name: 'Registrera avvikelse' }).click();
    const [unknownUnit] = inSwedish(await refused);
    expect(unknownUnit).toBe(`Det finns ingen enhet med id ${b.unitId}.`);
    // Beside the field (and, as the officials' forms do, on top of the form).
    await form.locator('.field-error', { hasText: unknownUnit }).waitFor();
    expect(await form.getByLabel('Enhet').getAttribute('aria-invalid')).toBe('true');
    expect((await deviationsOf(b.unitId)).deviations).toHaveLength(1);
    await page.unroute('**/graphql');

    await go(page, 'Ärenden', 'Ärenden');
    await tamper(page, 'ForecastDataPageSubmitCaseFlow', (input) => (input['unitId'] = b.unitId));
    const caseFlow = page.getByRole('form', { name: 'Rapportera ärendeflöde' });
    await caseFlow.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Familjestöd Linden' });
    await caseFlow.getByLabel('Månad', { exact: true }).fill(monthBack(2));
    await caseFlow.getByLabel('Nya ärenden').fill('2');
    await caseFlow.getByRole('button', { name: 'Spara ärendeflödet' }).click();
    await caseFlow.locator('.field-error', { hasText: `Det finns ingen enhet med id ${b.unitId}.` }).waitFor();
    expect(await caseFlow.getByLabel('Enhet', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect((await web.api(CASE_FLOW_REPORTS, { filter: { unitId: b.unitId } })).caseFlowReports).toEqual([]);
    await page.unroute('**/graphql');

    await tamper(page, 'ForecastDataPageSubmitPlacements', (input) => (input['unitId'] = b.unitId));
    const placements = page.getByRole('form', { name: 'Rapportera placeringar' });
    await placements.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Familjestöd Linden' });
    await placements.getByLabel('Månad', { exact: true }).fill(monthBack(3));
    await placements.getByLabel('Antal placerade').fill('1');
    await placements.getByRole('button', { name: 'Spara placeringarna' }).click();
    await placements.locator('.field-error', { hasText: `Det finns ingen enhet med id ${b.unitId}.` }).waitFor();
    expect(await placements.getByLabel('Enhet', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect((await web.api(PLACEMENT_REPORTS, { filter: { unitId: b.unitId } })).placementReports).toEqual([]);
    expect(await page.locator('main').innerText()).not.toContain('Björkhagen');
    await web.shot(page, 'portal-other-providers-unit');
    await page.close();
  });
});
