import { Page } from 'playwright-core';
import { stockholmToday } from '@kvalitetsnav/calendar';
import {
  CREATE_CONTRACT,
  DEVIATIONS_BY_FILTER,
  KEPT_ORDERING_LIST,
  REMOVE_FROM_ORDERING_LIST,
  REPORT_DEVIATION,
} from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { expectInvalid, go, startWeb, Web } from './web/harness';

/**
 * The roles the seeds name, in the web: the ordering function keeps its list of contracts it
 * wants followed up (and the half-year's selection starts from it); the MAS/MAR registers and
 * handles HSL deviations and lex Maria, and sees no other kind.
 */
const today = stockholmToday();

describe('the ordering function and the MAS/MAR in the web', () => {
  let web: Web;
  let unitId: string;
  const tag = Date.now() % 100000;
  const providerName = `Rollernas Omsorg ${tag} AB`;
  const contracts: { id: string; label: string }[] = [];
  const keptInApi = async () => (await web.api(KEPT_ORDERING_LIST, {}, 'QUALITY_OFFICIAL')).orderingList;

  beforeAll(async () => {
    web = await startWeb();
    const headers = await web.headers('QUALITY_OFFICIAL');
    const providerId = (await registerProvider(web.gatewayUrl, headers, { name: providerName })).id;
    unitId = (await registerUnit(web.gatewayUrl, headers, providerId, { name: `Äldreboendet Linden ${tag}` })).id;
    for (const title of ['Hemtjänst Norr', 'Särskilt boende Linden']) {
      const reference = `R-${tag}-${contracts.length + 1}`;
      const input = { reference, title, form: 'LOV' as const, providerId, unitIds: [unitId], startDate: '2024-01-01' };
      const id = (await web.api(CREATE_CONTRACT, { input }, 'QUALITY_OFFICIAL')).createContract.id;
      contracts.push({ id, label: `${reference} ${title}` });
    }
    // What earlier tests left on the one list would shift the places this test checks.
    for (const e of await keptInApi())
      await web.api(REMOVE_FROM_ORDERING_LIST, { contractId: e.contractId }, 'QUALITY_OFFICIAL');
  });
  afterAll(() => web?.close());

  describe('the ordering function', () => {
    let page: Page;
    beforeAll(async () => {
      page = await web.signedIn('ORDERING');
    });
    afterAll(() => page?.close());

    it('has its own menu and is refused a contract without a reason, in Swedish, with nothing stored', async () => {
      await go(page, 'Beställarlista', 'Beställarlista');
      const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
      await expect(menu.getByRole('link').allInnerTexts()).resolves.toEqual(['Att hantera', 'Beställarlista']);
      const form = page.getByRole('form', { name: 'Lägg till avtal' });
      await form.getByLabel('Avtal').selectOption({ label: contracts[0].label });
      await form.getByRole('button', { name: 'Lägg till på listan' }).click();
      await expectInvalid(form.getByLabel('Varför det ska följas upp'), 'Orsak måste fyllas i, med högst 1000 tecken.');
      expect(await keptInApi()).toEqual([]);
    });

    it('keeps two contracts in the order it puts them', async () => {
      const form = page.getByRole('form', { name: 'Lägg till avtal' });
      await form.getByLabel('Varför det ska följas upp').fill('Handläggarna ser brister i genomförandeplanerna');
      await form.getByRole('button', { name: 'Lägg till på listan' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${contracts[0].label} står nu som nummer 1` })
        .waitFor();
      await form.getByLabel('Avtal').selectOption({ label: contracts[1].label });
      await form.getByLabel('Varför det ska följas upp').fill('Många klagomål på måltiderna');
      await form.getByRole('button', { name: 'Lägg till på listan' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${contracts[1].label} står nu som nummer 2` })
        .waitFor();

      await page.getByRole('button', { name: `Flytta upp ${contracts[1].label}` }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${contracts[1].label} är nu nummer 1.` })
        .waitFor();
      await web.shot(page, 'ordering-list');
      expect(await keptInApi()).toEqual([
        expect.objectContaining({ contractId: contracts[1].id, position: 1, addedBy: 'Anna Andersson' }),
        expect.objectContaining({ contractId: contracts[0].id, position: 2 }),
      ]);
    });

    it("starts the official's half-year selection from the kept list", async () => {
      const official = await web.signedIn('QUALITY_OFFICIAL');
      await go(official, 'Uppföljning', 'Uppföljning');
      const picker = official.getByRole('form', { name: 'Välj avtal att följa upp' });
      const chosen = picker.getByRole('list').first();
      await chosen.getByText(contracts[1].label).waitFor();
      await expect(chosen.innerText()).resolves.toMatch(
        new RegExp(`${contracts[1].label}[\\s\\S]*${contracts[0].label}`),
      );
      await official.close();
    });
  });

  describe('the MAS/MAR', () => {
    let page: Page;
    let sarahId: string;
    beforeAll(async () => {
      sarahId = (
        await web.api(
          REPORT_DEVIATION,
          { input: { unitId, kind: 'LEX_SARAH', occurredOn: today, description: 'Kränkande bemötande' } },
          'QUALITY_OFFICIAL',
        )
      ).reportDeviation.id;
      page = await web.signedIn('MEDICALLY_RESPONSIBLE');
    });
    afterAll(() => page?.close());

    it('registers an HSL deviation, offered only the kinds the MAS/MAR handles', async () => {
      await go(page, 'Avvikelser', 'Avvikelser');
      const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
      await expect(menu.getByRole('link').allInnerTexts()).resolves.toEqual([
        'Att hantera',
        'Frågeguider',
        'Avvikelser',
        'Mina läsningar',
      ]);
      const form = page.getByRole('form', { name: 'Registrera avvikelse' });
      await form.getByLabel('Slag').waitFor();
      await expect(form.getByLabel('Slag').locator('option').allInnerTexts()).resolves.toEqual([
        'Avvikelse HSL',
        'Lex Maria',
      ]);
      await form.getByLabel('Slag').selectOption({ label: 'Avvikelse HSL' });
      await form.getByLabel('Enhet').selectOption({ label: `Äldreboendet Linden ${tag} (${providerName})` });
      await form.getByLabel('Datum då det hände').fill(today);
      await form.getByLabel('Beskrivning').fill('Läkemedel gavs till fel person vid kvällsmedicineringen');
      await form.getByRole('button', { name: 'Registrera avvikelse' }).click();
      await page.getByRole('status').filter({ hasText: 'är registrerad' }).waitFor();
      await expect(page.getByRole('form', { name: 'Registrera klagomål' }).count()).resolves.toBe(0);
      const registered = (await web.api(DEVIATIONS_BY_FILTER, { filter: { unitId } }, 'QUALITY_OFFICIAL')).deviations;
      expect(registered.map((d) => d.kind).sort()).toEqual(['HSL', 'LEX_SARAH']);
    });

    it("lists the HSL deviation, not the lex Sarah, and answers the lex Sarah's address as unknown", async () => {
      const list = page.getByRole('table').filter({ hasText: 'Läkemedel gavs till fel person' });
      await list.waitFor();
      await expect(page.getByText('Kränkande bemötande').count()).resolves.toBe(0);
      await web.shot(page, 'mas-deviations');
      await page.goto(`${web.webUrl}/avvikelser/${sarahId}`);
      await page.getByText('Avvikelsen finns inte eller är inte synlig för dig.').waitFor();
    });
  });
});
