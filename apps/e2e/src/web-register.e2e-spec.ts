import { Page } from 'playwright-core';
import { anOrganisationNumber, postGraphQL, waitFor } from '@kvalitetsnav/testing';
import { REGISTER_CONTRACTS, REGISTER_HISTORY, REGISTER_PROVIDERS } from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { expectInvalid, go, startWeb, Web, Width } from './web/harness';

/** Nothing the register screens show may be a raw enum value or field key. */
const UPPER_SNAKE = /\b[A-Z]{2,}_[A-Z_]+\b/;

describe('the register in the web: providers, units, contracts, edits, history and API keys', () => {
  let web: Web;

  beforeAll(async () => {
    web = await startWeb();
  });
  afterAll(async () => {
    await web?.close();
  });

  const providerNamed = async (name: string) =>
    (await web.api(REGISTER_PROVIDERS, {}, 'QUALITY_OFFICIAL')).providers.find((p) => p.name === name);

  async function registerProviderInWeb(page: Page, name: string) {
    await go(page, 'Utförare', 'Utförare och enheter');
    const form = page.getByRole('form', { name: 'Registrera utförare' });
    await form.getByLabel('Namn', { exact: true }).fill(name);
    await form.getByLabel('Organisationsnummer').fill(anOrganisationNumber());
    await form.getByLabel('Ägarform').selectOption('NON_PROFIT');
    await form.getByRole('button', { name: 'Registrera utförare' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Utföraren ${name} är registrerad.` })
      .waitFor();
  }

  describe.each<Width>(['desktop', 'phone'])('as a quality official at %s width', (width) => {
    const tag = width === 'desktop' ? 'D' : 'P';
    const providerName = `Ekens Omsorg ${tag} ideell förening`;
    const unitName = `Gruppbostad Eken ${tag}`;
    const reference = `LSS-2024-${tag}${Date.now() % 100000}`;
    let page: Page;

    beforeAll(async () => {
      page = await web.signedIn('QUALITY_OFFICIAL', { width });
    });
    afterAll(() => page?.close());

    it('refuses a wrong organisation number in Swedish next to its field, and stores nothing', async () => {
      await go(page, 'Utförare', 'Utförare och enheter');
      const form = page.getByRole('form', { name: 'Registrera utförare' });
      await form.getByLabel('Namn', { exact: true }).fill(providerName);
      await form.getByLabel('Organisationsnummer').fill('556036-0794');
      await form.getByRole('button', { name: 'Registrera utförare' }).click();
      const number = form.getByLabel('Organisationsnummer');
      await expectInvalid(number, 'Organisationsnummer har fel kontrollsiffra. Kontrollera numret.');
      expect(await page.getByRole('alert').innerText()).toContain('Rätta de markerade fälten.');
      await web.shot(page, `register-refused-${width}`);
      expect(await providerNamed(providerName)).toBeUndefined();
    });

    it('registers the provider, and it is in the list as a link to its page', async () => {
      const form = page.getByRole('form', { name: 'Registrera utförare' });
      await form.getByLabel('Organisationsnummer').fill(anOrganisationNumber());
      await form.getByLabel('Ägarform').selectOption('NON_PROFIT');
      await form.getByRole('button', { name: 'Registrera utförare' }).click();
      const saved = page.getByRole('status').filter({ hasText: `Utföraren ${providerName} är registrerad.` });
      await saved.waitFor();
      expect(await saved.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await providerNamed(providerName)).toMatchObject({ ownership: 'NON_PROFIT', units: [] });
      const row = page.getByRole('row').filter({ hasText: providerName });
      expect(await row.innerText()).toContain('Idéburen');
      await web.shot(page, `register-provider-${width}`);
      await row.getByRole('link', { name: providerName }).click();
      await page.getByRole('heading', { name: providerName, level: 1 }).waitFor();
    });

    it('registers a unit and a contract for it', async () => {
      const unitForm = page.getByRole('form', { name: 'Registrera enhet' });
      await unitForm.getByLabel('Enhetens namn').fill(unitName);
      await unitForm.getByLabel('Verksamhetsområde').selectOption('LSS_GROUP_HOME');
      await unitForm.getByLabel('Antal platser').fill('6');
      await unitForm.getByRole('button', { name: 'Registrera enhet' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Enheten ${unitName} är registrerad.` })
        .waitFor();
      const unitRow = page.getByRole('row').filter({ hasText: unitName });
      expect(await unitRow.innerText()).toContain('Gruppbostad LSS');

      const contractForm = page.getByRole('form', { name: 'Registrera avtal' });
      await contractForm.getByLabel('Avtalsnummer').fill(reference);
      await contractForm.getByLabel('Rubrik').fill('Gruppbostad enligt LSS');
      await contractForm.getByLabel('Avtalsform').selectOption('LOV');
      await contractForm.getByLabel('Startdatum').fill('2024-01-01');
      await contractForm.getByLabel('Slutdatum').fill('2023-12-31');
      await contractForm.getByRole('checkbox', { name: unitName }).check();
      await contractForm.getByRole('button', { name: 'Registrera avtal' }).click();
      await expectInvalid(contractForm.getByLabel('Slutdatum'), 'Slutdatum kan inte ligga före startdatum 2024-01-01.');
      const provider = (await providerNamed(providerName))!;
      expect(provider.units).toMatchObject([{ name: unitName, serviceArea: 'LSS_GROUP_HOME', places: 6 }]);
      expect((await web.api(REGISTER_CONTRACTS, { providerId: provider.id })).contracts).toEqual([]);

      await contractForm.getByLabel('Slutdatum').fill('2099-12-31');
      await contractForm.getByRole('button', { name: 'Registrera avtal' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Avtalet ${reference} är registrerat.` })
        .waitFor();
      const contractRow = page.getByRole('row').filter({ hasText: reference });
      expect(await contractRow.innerText()).toMatch(
        /Valfrihetssystem enligt LOV[\s\S]*Gällande[\s\S]*2024-01-01 – 2099-12-31/,
      );
      expect((await web.api(REGISTER_CONTRACTS, { providerId: provider.id })).contracts).toMatchObject([
        { reference, form: 'LOV', units: [{ id: provider.units[0]!.id }] },
      ]);
      await web.shot(page, `register-unit-contract-${width}`);
    });

    it('changes the unit, the contract and the provider, with the history updated on screen', async () => {
      await page.getByRole('button', { name: `Ändra enheten ${unitName}` }).click();
      const unitForm = page.getByRole('form', { name: `Ändra enheten ${unitName}` });
      await unitForm.getByLabel('Antal platser').fill('8');
      await unitForm.getByRole('button', { name: 'Spara ändringar' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Enheten ${unitName} är ändrad.` })
        .waitFor();
      const unitHistory = page.getByRole('table', { name: `Ändringshistorik för enheten ${unitName}` });
      await unitHistory.getByRole('row').filter({ hasText: 'Ändrad' }).waitFor();
      expect(await unitHistory.innerText()).toMatch(/Ändrad[\s\S]*Antal platser: 8/);

      await page.getByRole('button', { name: `Visa avtal ${reference}` }).click();
      const details = page.getByRole('region', { name: new RegExp(`Avtal ${reference}`) });
      const contractForm = details.getByRole('form', { name: 'Ändra avtalet' });
      expect(await contractForm.getByRole('checkbox', { name: unitName }).isChecked()).toBe(true);
      await contractForm.getByLabel('Rubrik').fill('Gruppbostad enligt LSS, sex till åtta platser');
      await contractForm.getByLabel('Avtalsform').selectOption('LOU');
      await contractForm.getByRole('button', { name: 'Spara ändringar' }).click();
      await details
        .getByRole('status')
        .filter({ hasText: `Avtalet ${reference} är ändrat.` })
        .waitFor();
      const history = details.getByRole('table', { name: `Ändringshistorik för avtal ${reference}` });
      await history.getByRole('row').filter({ hasText: 'Ändrad' }).waitFor();
      expect(await history.innerText()).toMatch(
        /Ändrad[\s\S]*Rubrik: Gruppbostad enligt LSS, sex till åtta platser[\s\S]*Avtalsform: Upphandling enligt LOU/,
      );

      await page.getByRole('button', { name: 'Ändra utföraren' }).click();
      const providerForm = page.getByRole('form', { name: 'Ändra utförare' });
      await providerForm.getByLabel('Organisationsnummer').fill('556036-0794');
      await providerForm.getByRole('button', { name: 'Spara ändringar' }).click();
      await expectInvalid(
        providerForm.getByLabel('Organisationsnummer'),
        'Organisationsnummer har fel kontrollsiffra. Kontrollera numret.',
      );
      const before = (await providerNamed(providerName))!;
      await providerForm.getByLabel('Organisationsnummer').fill(before.organisationNumber);
      await providerForm.getByLabel('Ägarform').selectOption('PRIVATE');
      await providerForm.getByRole('button', { name: 'Spara ändringar' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Uppgifterna om ${providerName} är sparade.` })
        .waitFor();
      const providerHistory = page.getByRole('table', { name: `Ändringshistorik för ${providerName}` });
      await providerHistory.getByRole('row').filter({ hasText: 'Ändrad' }).waitFor();
      expect(await providerHistory.innerText()).toMatch(/Ändrad[\s\S]*Ägarform: Privat/);
      expect(await providerNamed(providerName)).toMatchObject({
        ownership: 'PRIVATE',
        units: [{ name: unitName, places: 8 }],
      });
      const [contract] = (await web.api(REGISTER_CONTRACTS, { providerId: before.id })).contracts;
      expect(contract).toMatchObject({ title: 'Gruppbostad enligt LSS, sex till åtta platser', form: 'LOU' });
      await web.shot(page, `register-edited-${width}`);
    });

    it('terminates the contract with reason and date, and shows its history in Swedish', async () => {
      const details = page.getByRole('region', { name: new RegExp(`Avtal ${reference}`) });
      const terminate = details.getByRole('form', { name: 'Säg upp avtalet' });
      await terminate.getByLabel('Uppsägningsdatum').fill('2023-06-30');
      await terminate.getByLabel('Orsak till uppsägningen').fill('Utföraren har brustit i bemanningen');
      await terminate.getByRole('button', { name: 'Säg upp avtalet' }).click();
      await expectInvalid(
        terminate.getByLabel('Uppsägningsdatum'),
        'Uppsägningsdatum kan inte ligga före avtalets startdatum 2024-01-01.',
      );
      await terminate.getByLabel('Uppsägningsdatum').fill('2026-06-30');
      await terminate.getByRole('button', { name: 'Säg upp avtalet' }).click();
      await details
        .getByRole('status')
        .filter({ hasText: `Avtalet ${reference} är uppsagt från och med 2026-06-30.` })
        .waitFor();
      expect(await details.innerText()).toMatch(/Uppsagt från och med\s*2026-06-30/);
      const history = details.getByRole('table', { name: `Ändringshistorik för avtal ${reference}` });
      await history.getByRole('row').filter({ hasText: 'Uppsagd' }).waitFor();
      const text = await history.innerText();
      expect(text).toMatch(
        /Registrerad[\s\S]*Anna Andersson[\s\S]*Avtalsform: Valfrihetssystem enligt LOV[\s\S]*Ändrad/,
      );
      expect(text).toContain(`Enheter: ${unitName}`);
      expect(text).toMatch(
        /Uppsagd[\s\S]*Uppsägningsdatum: 2026-06-30[\s\S]*Orsak: Utföraren har brustit i bemanningen/,
      );
      expect(text).not.toMatch(UPPER_SNAKE);
      expect(text).not.toMatch(/unitIds|startDate|terminatedOn/);
      const provider = (await providerNamed(providerName))!;
      const [contract] = (await web.api(REGISTER_CONTRACTS, { providerId: provider.id })).contracts;
      expect(contract).toMatchObject({
        terminatedOn: '2026-06-30',
        terminationReason: 'Utföraren har brustit i bemanningen',
      });
      const logged = await web.api(REGISTER_HISTORY, { entityId: contract!.id });
      expect(logged.changeHistory.map((e) => e.action)).toEqual(['CREATED', 'UPDATED', 'TERMINATED']);
      await web.shot(page, `register-terminated-${width}`);
    });
  });

  it('offers a manager no buttons to register, change or terminate', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    const name = `Askens Vård ${Date.now() % 100000} AB`;
    await registerProviderInWeb(page, name);
    await page.close();
    const manager = await web.signedIn('MANAGER');
    await go(manager, 'Utförare', 'Utförare och enheter');
    await manager.getByRole('link', { name }).click();
    await manager.getByRole('heading', { name, level: 1 }).waitFor();
    expect(await manager.getByRole('button').allInnerTexts()).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Registrera|Ändra|Säg upp|API-nyckel/)]),
    );
    await go(manager, 'Utförare', 'Utförare och enheter');
    expect(await manager.getByRole('button', { name: 'Registrera utförare' }).count()).toBe(0);
    await web.shot(manager, 'register-manager');
    await manager.close();
  });

  it('lets an admin issue a key shown once with a copy button, that works at the gateway until revoked', async () => {
    const name = `Lönnens Assistans ${Date.now() % 100000} AB`;
    const { id: providerId } = await registerProvider(web.gatewayUrl, await web.headers('ADMIN'), { name });
    const page = await web.signedIn('ADMIN');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.webUrl });
    await go(page, 'Utförare', 'Utförare och enheter');
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Utfärda API-nyckel' });
    await form.getByLabel('Vad nyckeln är till').fill('Verksamhetssystem Lifecare');
    await form.getByRole('button', { name: 'Utfärda API-nyckel' }).click();
    await page.getByRole('status').filter({ hasText: 'API-nyckeln Verksamhetssystem Lifecare är utfärdad.' }).waitFor();
    const key = await page.locator('.notice code').innerText();
    expect(key).toMatch(/^kvn_/);
    await page.getByRole('button', { name: 'Kopiera' }).click();
    await page.getByRole('status').filter({ hasText: 'Nyckeln är kopierad.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await web.shot(page, 'register-key-issued');

    const asKey = () => postGraphQL<any>(`${web.gatewayUrl}/graphql`, `{ providers { id } }`, {}, { 'x-api-key': key });
    const used = await asKey();
    expect(used.errors).toBeUndefined();
    expect(used.data.providers).toEqual([{ id: providerId }]);

    const keys = page.getByRole('table', { name: 'Utförarens API-nycklar' });
    const row = keys.getByRole('row').filter({ hasText: 'Verksamhetssystem Lifecare' });
    expect(await row.innerText()).toContain(key.split('_')[1]);
    await row.getByRole('button', { name: 'Återkalla Verksamhetssystem Lifecare' }).click();
    await row.getByRole('button', { name: 'Avbryt' }).click();
    expect(await row.innerText()).toMatch(/\bNej\b/);
    await row.getByRole('button', { name: 'Återkalla Verksamhetssystem Lifecare' }).click();
    await row.getByRole('button', { name: 'Ja, återkalla Verksamhetssystem Lifecare' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'API-nyckeln Verksamhetssystem Lifecare är återkallad.' })
      .waitFor();
    expect(await row.innerText()).not.toMatch(/\bNej\b/);
    expect(await row.getByRole('button').count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    expect(await page.locator('.notice code').count()).toBe(0);
    await web.shot(page, 'register-key-revoked');
    // The gateway remembers a good key for half a minute, so the refusal may take that long.
    await waitFor(async () => (await asKey()).errors?.length, {
      timeoutMs: 45_000,
      intervalMs: 1_000,
      what: 'the revoked key refused',
    });
    await page.close();
  });

  it('offers the API keys to admins only', async () => {
    const name = `Almens Omsorg ${Date.now() % 100000} AB`;
    const { id } = await registerProvider(web.gatewayUrl, await web.headers('ADMIN'), { name });
    for (const role of ['QUALITY_OFFICIAL', 'MANAGER'] as const) {
      const page = await web.signedIn(role);
      await page.goto(`${web.webUrl}/utforare/${id}`);
      await page.getByRole('heading', { name, level: 1 }).waitFor();
      expect(await page.getByRole('heading', { name: 'API-nycklar' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /API-nyckel|Återkalla/ }).count()).toBe(0);
      await page.close();
    }
  });

  it('pages, sorts and filters the providers on the server, with their units', async () => {
    const tag = `Rönn${Date.now() % 100000}`;
    const admin = await web.headers('ADMIN');
    const names = Array.from({ length: 12 }, (_, i) => `${tag} Omsorg ${String(i + 1).padStart(2, '0')} AB`);
    for (const name of names) await registerProvider(web.gatewayUrl, admin, { name });
    const first = (await providerNamed(names[0]!))!;
    await registerUnit(web.gatewayUrl, admin, first.id, {
      name: `Hemtjänst ${tag}`,
      serviceArea: 'HOME_CARE',
      places: null,
    });
    const page = await web.signedIn('QUALITY_OFFICIAL', { width: 'phone' });
    await go(page, 'Utförare', 'Utförare och enheter');
    const filters = page.getByRole('form', { name: 'Filtrera utförare' });
    await filters.getByLabel('Namnet innehåller').fill(tag.toLowerCase());
    await filters.getByLabel('Per sida').selectOption('10');
    await filters.getByRole('button', { name: 'Visa' }).click();
    const count = page.getByRole('status').filter({ hasText: /^Utförare \d/ });
    await count.filter({ hasText: 'Utförare 1–10 av 12, sorterade efter namn.' }).waitFor();
    const names1 = page.getByRole('rowgroup').getByRole('link');
    expect(await names1.allInnerTexts()).toEqual(names.slice(0, 10));
    expect(await page.getByRole('row').filter({ hasText: names[0]! }).innerText()).toMatch(
      new RegExp(`Hemtjänst ${tag}[\\s\\S]*Hemtjänst`),
    );
    await page.getByRole('button', { name: 'Nästa' }).click();
    await count.filter({ hasText: 'Utförare 11–12 av 12' }).waitFor();
    expect(await names1.allInnerTexts()).toEqual(names.slice(10));
    // Sorted by name already, so pressing the header turns the order.
    await page.getByRole('button', { name: /^Utförare/ }).click();
    await count.filter({ hasText: 'Utförare 1–10 av 12, sorterade efter namn i omvänd ordning.' }).waitFor();
    expect((await names1.allInnerTexts())[0]).toBe(names[11]);
    expect(await page.getByRole('columnheader', { name: /Utförare/ }).getAttribute('aria-sort')).toBe('descending');
    await web.shot(page, 'register-list-phone');
    await filters.getByLabel('Namnet innehåller').fill(`${tag} ingen sådan`);
    await filters.getByRole('button', { name: 'Visa' }).click();
    await page.getByRole('status').filter({ hasText: 'Inga utförare matchar filtret.' }).waitFor();
    await page.close();
  });
});
