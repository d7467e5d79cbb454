import { Page } from 'playwright-core';
import { swedishRefusal } from '@kvalitetsnav/swedish';
import { postGraphQL, waitFor } from '@kvalitetsnav/testing';
import {
  CREATE_FOLLOW_UP,
  DEVIATION_BY_ID,
  DEVIATIONS_BY_FILTER,
  DEVIATIONS_PAGE,
  IMPROVEMENTS_LIST,
  LINK_DEVIATION_TO_FOLLOW_UP,
  REPORT_DEVIATION,
} from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { answerTo, go, inSwedish, startWeb, Web, Width } from './web/harness';

/** A day in Sweden, `days` from today. */
const swedishDay = (days = 0) =>
  new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

describe('deviations in the web: register, handle a lex Sarah case to IVO and close it', () => {
  let web: Web;
  let unitId = '';
  const UNIT = 'Gruppbostad Eken';
  const PROVIDER = 'Ekens Omsorg AB';
  const unitOption = `${UNIT} (${PROVIDER})`;

  beforeAll(async () => {
    web = await startWeb();
    const headers = await web.headers('ADMIN');
    const { id: providerId } = await registerProvider(web.gatewayUrl, headers, { name: PROVIDER });
    ({ id: unitId } = await registerUnit(web.gatewayUrl, headers, providerId, {
      name: UNIT,
      serviceArea: 'LSS_GROUP_HOME',
      places: 6,
    }));
    await waitFor(
      () =>
        web
          .api(REPORT_DEVIATION, {
            input: { unitId, kind: 'SOL_LSS', occurredOn: swedishDay(-3), description: 'Larmet besvarades för sent' },
          })
          .then(
            () => true,
            () => false,
          ),
      { what: 'the unit to reach deviations' },
    );
  });

  const HOME_CARE = 'Hemtjänst Björken';
  let homeCareId = '';
  /** Thirty deviations at a unit of their own, one a day back from yesterday, for paging and sorting. */
  async function thirtyAtHomeCare() {
    const headers = await web.headers('ADMIN');
    const { id: providerId } = await registerProvider(web.gatewayUrl, headers, { name: 'Björkens Hemtjänst AB' });
    ({ id: homeCareId } = await registerUnit(web.gatewayUrl, headers, providerId, {
      name: HOME_CARE,
      serviceArea: 'HOME_CARE',
    }));
    const report = (i: number) =>
      web.api(REPORT_DEVIATION, {
        input: {
          unitId: homeCareId,
          kind: 'SOL_LSS',
          occurredOn: swedishDay(-1 - i),
          description: `Hemtjänst nr ${i}`,
        },
      });
    await waitFor(
      () =>
        report(0).then(
          () => true,
          () => false,
        ),
      { what: 'the home-care unit to reach deviations' },
    );
    for (let i = 1; i < 30; i++) await report(i);
  }

  afterAll(async () => {
    await web?.close();
  });

  const shot = (page: Page, name: string) => web.shot(page, `deviations-${name}`);
  const idOf = (page: Page) => new URL(page.url()).pathname.split('/').pop()!;
  const stored = async (id: string) => (await web.api(DEVIATION_BY_ID, { id }, 'QUALITY_OFFICIAL')).deviation!;

  async function nextStep(page: Page, button: string, status: string, text?: string) {
    const form = page.getByRole('form', { name: 'Nästa steg' });
    if (text) await form.getByRole('textbox').first().fill(text);
    await form.getByRole('button', { name: button }).click();
    await page.getByText(`Ärendet har nu status ${status}.`).waitFor();
  }

  for (const width of ['desktop', 'phone'] as Width[])
    it(`takes a lex Sarah report with a personal identity number through IVO to closed (${width})`, async () => {
      const page = await web.signedIn('QUALITY_OFFICIAL', { width });
      await go(page, 'Avvikelser', 'Avvikelser');
      const form = page.getByRole('form', { name: 'Registrera avvikelse' });
      await form.waitFor();
      // Nothing wider than the screen: tables scroll in their own box.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        page.viewportSize()!.width,
      );
      await form.getByLabel('Slag').selectOption({ label: 'Lex Sarah' });
      await form.getByLabel('Enhet').selectOption({ label: unitOption });
      await form.getByLabel('Datum då det hände').fill(swedishDay(-1));
      await form.getByLabel('Beskrivning').fill(`Brukaren 19121212-1212 fick fel läkemedel på kvällen (${width}).`);
      await form.getByRole('button', { name: 'Registrera avvikelse' }).click();
      await page.getByText('Lex Sarah är registrerad.').waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lex Sarah är registrerad.');
      await shot(page, `registered-${width}`);
      await page.getByRole('link', { name: 'Öppna ärendet' }).click();
      await page.getByRole('heading', { name: 'Lex Sarah', level: 1 }).waitFor();
      const id = idOf(page);

      const body = await page.locator('main').innerText();
      expect(body).toContain('Brukaren [personnummer] fick fel läkemedel');
      expect(body).not.toMatch(/\d{6}-\d{4}/);
      expect(body).toContain('Gruppbostad Eken');
      expect(body).toContain('Ekens Omsorg AB');
      const reported = await stored(id);
      expect(reported.description).not.toMatch(/\d{6}-?\d{4}/);
      expect(reported.redactions).toBe(1);

      await page.getByLabel('Allvarlig', { exact: true }).check();
      await page.getByRole('button', { name: 'Spara bedömning' }).click();
      await page.getByText('Bedömningen är sparad: Allvarlig.').waitFor();
      await nextStep(page, 'Påbörja utredning', 'Utreds');
      await nextStep(page, 'Registrera åtgärder', 'Åtgärder registrerade', 'Kvällspersonalen dubbelkontrollerar');
      await nextStep(page, 'Registrera slutbedömning', 'Slutbedömd', 'Rutinen följdes inte; ny rutin införd');

      // A serious case is not closed before it is reported to IVO: the API refuses and the page says why.
      const refusedClose = answerTo(page, 'DeviationPageChangeStatus');
      await page.getByRole('button', { name: 'Avsluta ärendet' }).click();
      const closeAnswer = await refusedClose;
      await page.getByRole('alert').waitFor();
      for (const sentence of inSwedish(closeAnswer))
        expect(await page.getByRole('alert').innerText()).toContain(sentence);
      expect(await page.getByRole('alert').innerText()).toContain('måste anmälas till IVO innan det avslutas');

      const ivo = page.getByRole('form', { name: 'Anmälan till IVO' });
      const refusedIvo = answerTo(page, 'DeviationPageReportToIvo');
      await ivo.getByLabel('Anmäld till IVO den').fill(swedishDay(1));
      await ivo.getByLabel('IVO:s diarienummer').fill('3.1.1-12345/2026');
      await ivo.getByRole('button', { name: 'Registrera anmälan till IVO' }).click();
      const ivoAnswer = await refusedIvo;
      const dateInput = ivo.getByLabel('Anmäld till IVO den');
      await ivo.locator('.field-error').waitFor();
      expect(await dateInput.getAttribute('aria-invalid')).toBe('true');
      for (const sentence of inSwedish(ivoAnswer)) expect(await ivo.locator('.field-error').innerText()).toBe(sentence);
      expect((await stored(id)).ivoReportedOn).toBeNull();
      await shot(page, `ivo-refused-${width}`);

      await dateInput.fill(swedishDay(0));
      await ivo.getByRole('button', { name: 'Registrera anmälan till IVO' }).click();
      await page.getByText('Anmälan till IVO är registrerad.').waitFor();
      await nextStep(page, 'Avsluta ärendet', 'Avslutad');

      const facts = await page.locator('.facts').innerText();
      expect(facts).toMatch(/Status\s+Avslutad/);
      expect(facts).toMatch(/Allvarlighet\s+Allvarlig/);
      expect(facts).toContain(`${swedishDay(0)}, diarienummer 3.1.1-12345/2026`);
      const history = await page.getByRole('table', { name: 'Ärendets historik, äldst först' }).innerText();
      for (const entry of [
        'Registrerad',
        'Allvarlighet bedömd: Allvarlig',
        'Status: Utreds',
        'Status: Åtgärder registrerade',
        'Status: Slutbedömd',
        `Anmäld till IVO den ${swedishDay(0)}, diarienummer 3.1.1-12345/2026`,
        'Status: Avslutad',
      ])
        expect(history).toContain(entry);
      expect(await page.locator('main').innerText()).toContain('Kvällspersonalen dubbelkontrollerar');
      await shot(page, `closed-${width}`);

      const closed = await stored(id);
      expect(closed).toMatchObject({
        status: 'CLOSED',
        seriousness: 'SERIOUS',
        ivoReportedOn: swedishDay(0),
        ivoReference: '3.1.1-12345/2026',
        actions: 'Kvällspersonalen dubbelkontrollerar',
        finalAssessment: 'Rutinen följdes inte; ny rutin införd',
      });
      expect(closed.statusHistory.map((s) => s.toStatus)).toEqual([
        'REPORTED',
        'INVESTIGATING',
        'ACTIONS_REGISTERED',
        'FINAL_ASSESSMENT',
        'CLOSED',
      ]);
      expect(closed.assessmentHistory.map((a) => [a.seriousness, a.ivoReportedOn])).toEqual([
        ['SERIOUS', null],
        [null, swedishDay(0)],
      ]);

      // The list leads to the case.
      await go(page, 'Avvikelser', 'Avvikelser');
      // The list shown first may be the cached one; it is refetched since the case changed.
      const row = page
        .getByRole('row')
        .filter({ hasText: `(${width})` })
        .filter({ hasText: 'Avslutad' });
      await row.waitFor();
      expect(await row.innerText()).toMatch(/Lex Sarah[\s\S]*Gruppbostad Eken[\s\S]*Ekens Omsorg AB[\s\S]*Avslutad/);
      await row.getByRole('link').click();
      await page.getByRole('heading', { name: 'Lex Sarah', level: 1 }).waitFor();
      expect(idOf(page)).toBe(id);
      await page.close();
    });

  it('registers a comment or complaint', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await go(page, 'Avvikelser', 'Avvikelser');
    const form = page.getByRole('form', { name: 'Registrera klagomål' });
    await form.getByLabel('Enhet').selectOption({ label: unitOption });
    await form.getByLabel('Mottaget den').fill(swedishDay(-2));
    await form.getByLabel('Avsändare').selectOption({ label: 'Anhörig' });
    await form.getByLabel('Kategori').selectOption({ label: 'Bemötande' });
    await form.getByLabel('Beskrivning').fill('Anhörig upplevde ett otrevligt bemötande vid besöket.');
    await form.getByRole('button', { name: 'Registrera klagomål' }).click();
    await page.getByText('Synpunkten eller klagomålet är registrerat.').waitFor();
    await shot(page, 'complaint');
    await page.getByRole('link', { name: 'Öppna ärendet' }).click();
    await page.getByRole('heading', { name: 'Synpunkt/klagomål', level: 1 }).waitFor();
    const facts = await page.locator('.facts').innerText();
    expect(facts).toMatch(/Avsändare\s+Anhörig/);
    expect(facts).toMatch(/Kategori\s+Bemötande/);
    const { deviations } = await web.api(DEVIATIONS_BY_FILTER, { filter: { unitId, kind: 'COMPLAINT' } });
    expect(deviations).toEqual([
      expect.objectContaining({
        id: idOf(page),
        complainant: 'RELATIVE',
        complaintCategory: 'TREATMENT',
        description: 'Anhörig upplevde ett otrevligt bemötande vid besöket.',
      }),
    ]);
    await page.close();
  });

  it('refuses a deviation dated after today in Swedish beside the date, and stores nothing', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await go(page, 'Avvikelser', 'Avvikelser');
    const form = page.getByRole('form', { name: 'Registrera avvikelse' });
    await form.getByLabel('Slag').selectOption({ label: 'Avvikelse HSL' });
    await form.getByLabel('Enhet').selectOption({ label: unitOption });
    await form.getByLabel('Datum då det hände').fill(swedishDay(2));
    await form.getByLabel('Beskrivning').fill('Fallolycka i framtiden');
    const refused = answerTo(page, 'DeviationsPageReport');
    await form.getByRole('button', { name: 'Registrera avvikelse' }).click();
    const answer = await refused;
    await form.locator('.field-error').waitFor();
    const date = form.getByLabel('Datum då det hände');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(inSwedish(answer)).toHaveLength(1);
    expect(await form.locator('.field-error').innerText()).toBe(inSwedish(answer)[0]);
    expect(inSwedish(answer)[0]).toContain('kan inte vara senare än rapporteringsdagen');
    expect(await page.locator('main').innerText()).not.toContain(answer.errors![0].message);
    const { deviations } = await web.api(DEVIATIONS_BY_FILTER, { filter: { unitId, kind: 'HSL' } });
    expect(deviations.filter((d) => d.description === 'Fallolycka i framtiden')).toEqual([]);
    await shot(page, 'refused');
    await page.close();
  });

  it('offers MANAGER the forms and steps, since the deviations API lets a manager report and handle', async () => {
    const page = await web.signedIn('MANAGER');
    await go(page, 'Avvikelser', 'Avvikelser');
    await page.getByRole('form', { name: 'Registrera avvikelse' }).waitFor();
    await page.getByRole('form', { name: 'Registrera klagomål' }).waitFor();
    // The API lets ADMIN and QUALITY_OFFICIAL import a period, not MANAGER.
    expect(await page.getByRole('form', { name: 'Importera avvikelser' }).count()).toBe(0);
    await page.getByRole('row').filter({ hasText: 'Larmet besvarades för sent' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Avvikelse SoL/LSS', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Påbörja utredning' }).waitFor();
    await page.getByRole('form', { name: 'Grundorsaker' }).waitFor();
    await shot(page, 'manager');
    // Only ADMIN and QUALITY_OFFICIAL manage the list of root causes.
    await go(page, 'Avvikelser', 'Avvikelser');
    expect(await page.getByRole('link', { name: 'Grundorsaker att välja bland' }).count()).toBe(0);
    await page.close();
  });

  it('pages, sorts and filters the list on the server, with the area figures following the filters', async () => {
    await thirtyAtHomeCare();
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await go(page, 'Avvikelser', 'Avvikelser');
    const filters = page.getByRole('form', { name: 'Filter' });
    await filters.getByLabel('Utförare').selectOption({ label: 'Björkens Hemtjänst AB' });
    await filters.getByLabel('Enhet').selectOption({ label: HOME_CARE });
    const list = page.getByRole('table', { name: 'Avvikelser och klagomål' });
    const pager = page.getByRole('navigation', { name: 'Sidor i avvikelser och klagomål' });
    await pager.getByText('Visar 1–25 av 30').waitFor();
    expect(await list.locator('tbody tr').count()).toBe(25);
    // Newest report first, and the area figures count the filtered unit's deviations only.
    const figures = await page
      .getByRole('table', { name: 'Avvikelser, lex Sarah och klagomål per område' })
      .innerText();
    expect(figures).toMatch(/Äldreomsorg, ordinärt boende\s+30\s/);
    await pager.getByRole('button', { name: 'Nästa sida' }).click();
    await pager.getByText('Visar 26–30 av 30').waitFor();
    expect(await list.locator('tbody tr').count()).toBe(5);
    await shot(page, 'paged');

    await list.getByRole('button', { name: 'Hände' }).click();
    await pager.getByText('Visar 1–25 av 30').waitFor();
    await list
      .getByRole('row')
      .nth(1)
      .filter({ hasText: swedishDay(-30) })
      .waitFor();
    expect(await list.getByRole('columnheader', { name: 'Hände' }).getAttribute('aria-sort')).toBe('ascending');
    await list.getByRole('button', { name: 'Hände' }).click();
    await list
      .getByRole('row')
      .nth(1)
      .filter({ hasText: swedishDay(-1) })
      .waitFor();
    expect(await list.getByRole('columnheader', { name: 'Hände' }).getAttribute('aria-sort')).toBe('descending');

    await filters.getByLabel('Status').selectOption({ label: 'Avslutad' });
    await pager.getByText('Inga rader').waitFor();
    await page.close();

    const paged = await web.api(DEVIATIONS_PAGE, {
      filter: { unitId: homeCareId },
      paging: { offset: 25, limit: 25, sortBy: 'OCCURRED', descending: false },
    });
    expect(paged.deviationsPage).toMatchObject({ total: 30, offset: 25, limit: 25 });
    expect(paged.deviationsPage.items.map((d) => d.occurredOn)).toEqual(
      [5, 4, 3, 2, 1].map((back) => swedishDay(-back)),
    );
    const tooMany = await postGraphQL(
      `${web.gatewayUrl}/graphql`,
      DEVIATIONS_PAGE,
      { paging: { limit: 500 } },
      await web.headers('QUALITY_OFFICIAL'),
    );
    expect(tooMany.errors?.[0].extensions).toMatchObject({ rule: 'OUT_OF_RANGE', params: { min: 1, max: 200 } });
  });

  it('manages the list of root causes and gives a deviation its causes from it', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await go(page, 'Avvikelser', 'Avvikelser');
    await page.getByRole('link', { name: 'Grundorsaker att välja bland' }).click();
    await page.getByRole('heading', { name: 'Grundorsaker', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Ny grundorsak' });
    await form.getByLabel('Benämning').fill('Nattbemanningen räcker inte');
    await form.getByRole('button', { name: 'Lägg till grundorsak' }).click();
    await page.getByText('Grundorsaken ”Nattbemanningen räcker inte” är tillagd.').waitFor();
    const list = page.getByRole('table', { name: 'Grundorsaker att välja bland' });
    await list.getByRole('row', { name: /Nattbemanningen räcker inte/ }).waitFor();
    await form.getByLabel('Benämning').fill('Nattbemanningen räcker inte');
    await form.getByRole('button', { name: 'Lägg till grundorsak' }).click();
    await form.locator('.field-error').waitFor();
    expect(await form.locator('.field-error').innerText()).toBe(
      'Det finns redan en grundorsak som heter ”Nattbemanningen räcker inte”.',
    );
    expect(await form.getByLabel('Benämning').getAttribute('aria-invalid')).toBe('true');
    expect(await list.getByRole('row', { name: /Nattbemanningen räcker inte/ }).count()).toBe(1);
    await shot(page, 'root-causes');

    await go(page, 'Avvikelser', 'Avvikelser');
    await page.getByRole('form', { name: 'Filter' }).getByLabel('Enhet').selectOption({ label: UNIT });
    await page.getByRole('row').filter({ hasText: 'Larmet besvarades för sent' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Avvikelse SoL/LSS', level: 1 }).waitFor();
    const id = idOf(page);
    // Once seen (CI, 2026-12-02) a second, still empty Grundorsaker form stood beside the loaded one
    // for a moment; take the one that offers the list's causes.
    const causes = page
      .getByRole('form', { name: 'Grundorsaker' })
      .filter({ has: page.getByLabel('Nattbemanningen räcker inte') });
    await causes.getByLabel('Nattbemanningen räcker inte').check();
    await causes.getByLabel('Personalbemanning').check();
    await causes.getByRole('button', { name: 'Spara grundorsaker' }).click();
    await page.getByText('Grundorsakerna är sparade.').waitFor();
    await page.locator('.facts').getByText('Personalbemanning').waitFor();
    expect((await stored(id)).rootCauses.map((c) => c.label).sort()).toEqual([
      'Nattbemanningen räcker inte',
      'Personalbemanning',
    ]);

    // Retired, it stays on the deviation that has it, marked as no longer in use.
    await page.goBack();
    await page.getByRole('link', { name: 'Grundorsaker att välja bland' }).click();
    await page.getByRole('button', { name: 'Sluta använda Nattbemanningen räcker inte' }).click();
    await page.getByRole('button', { name: 'Använd Nattbemanningen räcker inte igen' }).waitFor();
    await page.goto(`${web.webUrl}/avvikelser/${id}`);
    await page.getByLabel('Nattbemanningen räcker inte (används inte längre)').waitFor();
    await page.close();
  });

  it('registers a decision not executed, marks it executed and counts it in the quarter', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await go(page, 'Avvikelser', 'Avvikelser');
    await page.getByRole('link', { name: 'Ej verkställda beslut' }).click();
    await page.getByRole('heading', { name: 'Ej verkställda beslut', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Registrera ej verkställt beslut' });
    const decidedOn = swedishDay(-120);
    await form.getByLabel('Verksamhetsområde').selectOption({ label: 'Gruppbostad LSS' });
    await form.getByLabel('Den enskildes kön').selectOption({ label: 'Kvinna' });
    await form.getByLabel('Insats').fill('Bostad med särskild service LSS 9 § 9');
    await form.getByLabel('Beslutsdatum').fill(decidedOn);
    await form.getByLabel('Varför det inte är verkställt').fill('Ingen ledig lägenhet i gruppbostad');
    await form.getByRole('button', { name: 'Registrera beslutet' }).click();
    await page
      .getByText('Beslutet om Bostad med särskild service LSS 9 § 9 är registrerat som ej verkställt.')
      .waitFor();
    const open = page.getByRole('table', { name: 'Beslut som inte är verkställda, äldst först' });
    const row = open.getByRole('row', { name: /Bostad med särskild service LSS 9 § 9/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Gruppbostad LSS');
    // Three months passed unexecuted: it is reported this quarter.
    const quarters = page.getByRole('table', { name: /Ej verkställda beslut per kvartal/ });
    expect(await quarters.innerText()).toMatch(/Kvartal \d \d{4}\s+1\s+Funktionshinderomsorg 1/);
    await shot(page, 'decisions');

    await row.getByLabel('Verkställt den').fill(swedishDay(1));
    const refused = answerTo(page, 'DeviationDecisionsPageMarkExecuted');
    await row.getByRole('button', { name: 'Markera verkställt' }).click();
    const answer = await refused;
    await row.locator('.field-error').waitFor();
    expect(await row.locator('.field-error').innerText()).toBe(inSwedish(answer)[0]);
    await row.getByLabel('Verkställt den').fill(swedishDay(0));
    await row.getByRole('button', { name: 'Markera verkställt' }).click();
    await page.getByText(`Beslutet om Bostad med särskild service LSS 9 § 9 är verkställt ${swedishDay(0)}.`).waitFor();
    await open.getByText('Inga beslut väntar på verkställighet.').waitFor();
    await page.close();
  });

  it('imports a period from CSV: a bad file stores nothing and shows each row’s fault in Swedish', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await go(page, 'Avvikelser', 'Avvikelser');
    const form = page.getByRole('form', { name: 'Importera avvikelser' });
    const header = 'unit_id,kind,occurred_on,reported_on,description';
    const good = `${unitId},HSL,${swedishDay(-6)},${swedishDay(-5)},Importerad fallolycka`;
    const file = (rows: string[]) => ({
      name: 'avvikelser.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, ...rows].join('\n')),
    });
    await form
      .getByLabel('CSV-fil från verksamhetssystemet')
      .setInputFiles(file([good, `${unitId},SOL_LSS,2026-13-45,${swedishDay(-5)},Importerad med fel datum`]));
    const refused = answerTo(page, 'DeviationsImport');
    await form.getByRole('button', { name: 'Importera' }).click();
    const answer = await refused;
    expect(answer.data.importDeviations.accepted).toBe(false);
    const errors = page.getByRole('table', { name: 'Fel i filen' });
    await errors.waitFor();
    const [fault] = answer.data.importDeviations.errors;
    const row = errors.getByRole('row').nth(1);
    expect(await row.innerText()).toBe(
      `3\toccurred_on\t${swedishRefusal({ rule: fault.rule, params: fault.params, field: 'occurred_on' })}`,
    );
    expect(await row.innerText()).toContain('Kolumnen occurred_on');
    expect(await page.getByRole('alert').first().innerText()).toContain(
      'Filen importerades inte och ingenting sparades.',
    );
    const hsl = async () =>
      (await web.api(DEVIATIONS_BY_FILTER, { filter: { unitId, kind: 'HSL' } })).deviations.filter((d) =>
        d.description.startsWith('Importerad'),
      );
    expect(await hsl()).toEqual([]);
    await shot(page, 'import-refused');

    await form
      .getByLabel('CSV-fil från verksamhetssystemet')
      .setInputFiles(file([good, `${unitId},SOL_LSS,${swedishDay(-6)},${swedishDay(-5)},Importerad sen insats`]));
    await form.getByRole('button', { name: 'Importera' }).click();
    await page.getByText('Importen är klar: 2 nya, 0 ändrade och 0 oförändrade ärenden.').waitFor();
    expect(await errors.count()).toBe(0);
    expect((await hsl()).map((d) => d.description)).toEqual(['Importerad fallolycka']);
    await page.close();
  });

  it('links a deviation to the follow-up that required its actions', async () => {
    const title = 'Övergripande uppföljning av avvikelsehanteringen';
    const { createFollowUp } = await web.api(CREATE_FOLLOW_UP, {
      input: { type: 'OVERARCHING', title, plannedOn: swedishDay(30) },
    });
    const report = async (description: string) =>
      (
        await web.api(REPORT_DEVIATION, {
          input: { unitId, kind: 'SOL_LSS', occurredOn: swedishDay(-1), description },
        })
      ).reportDeviation.id;
    // The follow-up reaches deviations over Kafka; a first link through the API waits for it.
    const first = await report('Kopplas genom API:t');
    await waitFor(
      () =>
        web.api(LINK_DEVIATION_TO_FOLLOW_UP, { input: { deviationId: first, followUpId: createFollowUp.id } }).then(
          () => true,
          () => false,
        ),
      { what: 'the follow-up to reach deviations' },
    );
    const id = await report('Kopplas i webben');
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await page.goto(`${web.webUrl}/avvikelser/${id}`);
    await page.getByRole('heading', { name: 'Avvikelse SoL/LSS', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Koppla till uppföljning' });
    await form.getByLabel('Uppföljning').selectOption({ label: `${title} (${swedishDay(30)})` });
    await form.getByRole('button', { name: 'Koppla till uppföljningen' }).click();
    await page.getByText(`Ärendet är kopplat till uppföljningen ”${title}”.`).waitFor();
    await page.locator('.facts').getByRole('link', { name: title }).waitFor();
    expect((await stored(id)).followUpId).toBe(createFollowUp.id);
    await page.close();
  });

  it('follows an improvement learnt from a deviation through plan, do, study and act', async () => {
    const { reportDeviation } = await web.api(REPORT_DEVIATION, {
      input: { unitId, kind: 'SOL_LSS', occurredOn: swedishDay(-1), description: 'Dokumentationen saknades' },
    });
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await page.goto(`${web.webUrl}/avvikelser/${reportDeviation.id}`);
    await page.getByRole('link', { name: 'Starta förbättringsarbete utifrån ärendet' }).click();
    await page.getByRole('heading', { name: 'Förbättringsarbete', level: 1 }).waitFor();
    const title = 'Dokumentation samma dag';
    const create = page.getByRole('form', { name: 'Starta förbättringsarbete' });
    await create.getByLabel('Rubrik').fill(title);
    await create.getByLabel('Plan: vad ändras och hur mäts det?').fill('All dokumentation före passets slut');
    await create.getByLabel('Studeras senast').fill(swedishDay(60));
    await create.getByRole('button', { name: 'Starta förbättringsarbetet' }).click();
    await page.getByText(`Förbättringsarbetet ”${title}” är startat i steget Planera.`).waitFor();

    const step = async (phase: string, notes: string, next: string, choose?: [string, string]) => {
      const form = page.getByRole('form', { name: `${phase}: ${title}` });
      await form.getByLabel(`Anteckningar om steget ${phase}`).fill(notes);
      if (choose) await form.getByLabel(choose[0]).selectOption({ label: choose[1] });
      await form.getByRole('button', { name: `Avsluta steget ${phase}` }).click();
      await page.getByText(`Steget ${phase} är klart för ”${title}”; nu: ${next}.`).waitFor();
    };
    await step('Planera', 'Checklista framtagen', 'Genomföra');
    await step('Genomföra', 'Införd på alla pass', 'Studera');
    // Study without saying whether it worked: refused in Swedish beside the choice.
    const study = page.getByRole('form', { name: `Studera: ${title}` });
    await study.getByLabel('Anteckningar om steget Studera').fill('Mätt i fyra veckor');
    await study.getByRole('button', { name: 'Avsluta steget Studera' }).click();
    await study.locator('.field-error').waitFor();
    expect(await study.locator('.field-error').innerText()).toBe(
      'Ange om förbättringen gav effekt innan du avslutar steget Studera.',
    );
    await step('Studera', 'Mätt i fyra veckor', 'Agera', ['Gav förbättringen effekt?', 'Gav effekt']);
    await step('Agera', 'Rutinen gäller alla enheter', 'Klar', ['Hur går ni vidare?', 'Införa']);
    const card = page.getByRole('region', { name: title });
    expect(await card.locator('.facts').innerText()).toMatch(/Steg\s+Klar[\s\S]*Gav effekt: Mätt i fyra veckor/);
    await shot(page, 'improvement');
    const { improvements } = await web.api(IMPROVEMENTS_LIST, {});
    expect(improvements.find((i) => i.title === title)).toMatchObject({
      phase: 'DONE',
      studyResult: 'WORKED',
      actDecision: 'ADOPT',
      deviationIds: [reportDeviation.id],
    });
    await page.close();
  });
});
