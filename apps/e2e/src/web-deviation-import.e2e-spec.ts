import { Page } from 'playwright-core';
import { swedishNumber } from '@kvalitetsnav/swedish';
import { waitFor } from '@kvalitetsnav/testing';
import {
  DEVIATION_IMPORT_SOURCE_LIST,
  DEVIATION_TOTAL,
  IMPORTED_DEVIATIONS,
  UNIT_EXTERNAL_CODES,
} from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { go, startWeb, Web } from './web/harness';

/**
 * A case system's export imported as it comes: the official gives the unit its code in the case
 * system, saves the export's columns and words once as a source, previews the file row by row,
 * imports it, and imports it again without adding anything twice. The export's own words for
 * what a case is about become the category, seen on the case and in the statistics by category.
 */
describe('importing deviations from a case system export in the web', () => {
  let web: Web;
  let page: Page;
  // The database is shared between runs: codes and case numbers are this run's own.
  const run = Date.now() % 100000;
  const system = `TRESERVA_${run}`;
  const unitCode = `HT-${run}`;
  const unitName = `Hemtjänst Importen ${run}`;
  let providerId = '';
  let unitId = '';
  const providerName = `Importens Omsorg ${run}`;
  const header = 'Ärendenr;Enhetskod;Ärendetyp;Händelsedatum;Registrerad;Rubrik;Handläggare;Kategori';
  const rows = [
    `A-${run}-1;${unitCode};Avvikelse SoL/LSS;2022-03-01 08:15;2022-03-01;Planerad insats genomfördes inte;Eva;Utebliven insats`,
    `A-${run}-2;${unitCode};Klagomål;2022-03-02;2022-03-02;Synpunkt på bemötande;Eva;`,
  ];
  const CATEGORY = 'Planerad insats har inte utförts';
  const file = (lines: string[]) => ({
    name: 'treserva-export.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([header, ...lines].join('\n')),
  });
  const imported = async () =>
    (await web.api(IMPORTED_DEVIATIONS, { filter: { unitId } }, 'QUALITY_OFFICIAL')).deviations;

  beforeAll(async () => {
    web = await startWeb();
    const headers = await web.headers('QUALITY_OFFICIAL');
    providerId = (await registerProvider(web.gatewayUrl, headers, { name: providerName })).id;
    unitId = (await registerUnit(web.gatewayUrl, headers, providerId, { name: unitName, serviceArea: 'HOME_CARE' })).id;
    page = await web.signedIn('QUALITY_OFFICIAL');
  });
  afterAll(async () => {
    await page?.close();
    await web?.close();
  });

  it("gives the unit its code in the case system in the unit's form", async () => {
    await page.goto(`${web.webUrl}/utforare/${providerId}`);
    await page.getByRole('button', { name: `Ändra enheten ${unitName}` }).click();
    const form = page.getByRole('form', { name: `Ändra enheten ${unitName}` });
    await form.getByLabel('Koder i andra system').fill(`${system}: ${unitCode}`);
    await form.getByRole('button', { name: 'Spara ändringar' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Enheten ${unitName} är ändrad.` })
      .waitFor();
    expect((await web.api(UNIT_EXTERNAL_CODES, { id: unitId })).unit?.externalCodes).toEqual([
      { system, code: unitCode },
    ]);
  });

  it("saves the export's columns and words as a source, refused in Swedish while a needed column is missing", async () => {
    await page.goto(`${web.webUrl}/avvikelser/importkallor`);
    await page.getByRole('heading', { name: 'Importkällor', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Ny importkälla' });
    await form.getByLabel('Namn', { exact: true }).fill(`Treserva ${run}`);
    await form.getByLabel('Kod', { exact: true }).fill(system);
    await form.getByLabel('Enhetskoder från systemet').fill(system);
    const columns: [string, string][] = [
      ['Ärendets id i källsystemet *', 'Ärendenr'],
      ['Enhetens kod *', 'Enhetskod'],
      ['Slag *', 'Ärendetyp'],
      ['Händelsedatum *', 'Händelsedatum'],
      ['Rapporteringsdatum *', 'Registrerad'],
    ];
    for (const [label, value] of columns) await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByLabel('Avvikelse SoL/LSS', { exact: true }).fill('Avvikelse SoL/LSS');
    await form.getByLabel('Synpunkt/klagomål', { exact: true }).fill('Klagomål, Synpunkt');
    // The export's category column, and its own words for one of the categories in use.
    await form.getByLabel('Kategori', { exact: true }).fill('Kategori');
    await form
      .getByRole('group', { name: 'Exportens värden för kategori' })
      .getByLabel(CATEGORY, { exact: true })
      .fill('Utebliven insats');
    await form.getByRole('button', { name: 'Spara importkälla' }).click();
    await form.getByText('Kolumnerna i exporten saknar kolumn för ”Beskrivning”, som varje import behöver.').waitFor();
    const sources = async () =>
      (await web.api(DEVIATION_IMPORT_SOURCE_LIST, {})).deviationImportSources.filter((s) => s.code === system);
    expect(await sources()).toEqual([]);

    await form.getByLabel('Beskrivning *', { exact: true }).fill('Rubrik');
    await form.getByRole('button', { name: 'Spara importkälla' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Importkällan Treserva ${run} är sparad (version 1).` })
      .waitFor();
    expect((await sources())[0]?.columns).toContainEqual({ field: 'description', header: 'Rubrik' });
    expect((await sources())[0]?.values).toContainEqual({
      field: 'category',
      from: 'Utebliven insats',
      to: 'PLANNED_INTERVENTION_NOT_PERFORMED',
    });
    await page
      .getByRole('table', { name: 'Importkällor' })
      .getByRole('row', { name: `Treserva ${run}` })
      .waitFor();
    await web.shot(page, 'deviation-import-source');
  });

  it('previews the export row by row with its errors by line and column, storing nothing', async () => {
    await go(page, 'Avvikelser', 'Avvikelser');
    const form = page.getByRole('form', { name: 'Importera avvikelser' });
    await form.getByLabel('Format').selectOption({ label: `Treserva ${run}` });
    const wrongUnit = rows[1].replace(unitCode, 'HT-OKAND');
    const wrongCategory = rows[0].replace('Utebliven insats', 'Okänd kategori').replace(`A-${run}-1`, `A-${run}-9`);
    await form.getByLabel('CSV-fil från verksamhetssystemet').setInputFiles(file([rows[0], wrongUnit, wrongCategory]));
    await form.getByRole('button', { name: 'Förhandsgranska' }).click();
    const errors = page.getByRole('table', { name: 'Fel i filen' });
    await errors.getByRole('row').filter({ hasText: 'Enhetskod' }).filter({ hasText: 'HT-OKAND' }).waitFor();
    expect(await errors.getByRole('row').nth(1).innerText()).toMatch(/^3\tEnhetskod\t/);
    expect(await errors.getByRole('row').nth(2).innerText()).toMatch(
      /^4\tKategori\tKategorin Okänd kategori finns inte i listan eller används inte längre\./,
    );

    await form.getByLabel('CSV-fil från verksamhetssystemet').setInputFiles(file(rows));
    await form.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('Filen ger 2 nya, 0 ändrade och 0 oförändrade ärenden. Ingenting är sparat än.').waitFor();
    const mapped = page.getByRole('table', { name: 'Raderna som de importeras' });
    await mapped
      .getByRole('row')
      .filter({ hasText: `A-${run}-2` })
      .filter({ hasText: 'Synpunkt/klagomål' })
      .waitFor();
    expect(await mapped.getByRole('row').nth(1).innerText()).toContain('Ny');
    expect(await mapped.getByRole('row').nth(1).innerText()).toContain(CATEGORY);
    expect(await imported()).toEqual([]);
    await web.shot(page, 'deviation-import-preview');
  });

  it('imports the file, and the same file again adds nothing', async () => {
    const form = page.getByRole('form', { name: 'Importera avvikelser' });
    await form.getByRole('button', { name: 'Importera' }).click();
    await page.getByText('Importen är klar: 2 nya, 0 ändrade och 0 oförändrade ärenden.').waitFor();
    await waitFor(async () => (await imported()).length === 2, { what: 'the imported cases' });

    await form.getByLabel('Format').selectOption({ label: `Treserva ${run}` });
    await form.getByLabel('CSV-fil från verksamhetssystemet').setInputFiles(file(rows));
    await form.getByRole('button', { name: 'Importera' }).click();
    await page.getByText('Importen är klar: 0 nya, 0 ändrade och 2 oförändrade ärenden.').waitFor();
    const cases = await imported();
    expect(cases.map((d) => [d.externalId, d.importSource, d.kind, d.categoryCode]).sort()).toEqual([
      [`A-${run}-1`, system, 'SOL_LSS', 'PLANNED_INTERVENTION_NOT_PERFORMED'],
      [`A-${run}-2`, system, 'COMPLAINT', null],
    ]);
  });

  it('shows the imported category on the case and in the statistics by category', async () => {
    const id = (await imported()).find((d) => d.externalId === `A-${run}-1`)!.id;
    await page.goto(`${web.webUrl}/avvikelser/${id}`);
    await page.locator('.facts').getByText(CATEGORY).waitFor();

    await go(page, 'Avvikelser', 'Avvikelser');
    const filters = page.getByRole('form', { name: 'Filter' });
    await filters.getByLabel('Utförare').selectOption({ label: providerName });
    await filters.getByLabel('Enhet').selectOption({ label: unitName });
    await filters.getByLabel('Från').fill('2022-03-01');
    await filters.getByLabel('Till').fill('2022-03-31');
    const table = page.getByRole('table', { name: /Avvikelser och lex Sarah\/Maria per kategori/ });
    const row = table.getByRole('row', { name: new RegExp(CATEGORY) });
    // The complaint has no category of this list: one deviation of one.
    await waitFor(async () => /\(1 av 1\)/.test(await row.innerText()), { what: 'the imported category counted' });
    expect((await row.getByRole('cell').allInnerTexts())[0]).toBe('100,0 % (1 av 1)');
    await web.shot(page, 'deviation-import-category-statistics');
  });

  it('sends a large file as a stream, previews it and imports it with its progress shown', async () => {
    const LARGE = 14_000;
    const large = Array.from(
      { length: LARGE },
      (_, i) =>
        `L-${run}-${i};${unitCode};Avvikelse SoL/LSS;2022-04-01;2022-04-02;Planerad insats genomfördes inte;Eva;`,
    );
    const upload = file(large);
    expect(upload.buffer.length).toBeGreaterThan(1_000_000);
    const form = page.getByRole('form', { name: 'Importera avvikelser' });
    await form.getByLabel('Format').selectOption({ label: `Treserva ${run}` });
    await form.getByLabel('CSV-fil från verksamhetssystemet').setInputFiles(upload);
    await form.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page
      .getByText(`Filen ger ${swedishNumber(LARGE)} nya, 0 ändrade och 0 oförändrade ärenden.`)
      .waitFor({ timeout: 120_000 });
    expect((await imported()).length).toBe(2);

    await form.getByRole('button', { name: 'Importera' }).click();
    // The job's progress while it writes, then its outcome.
    await page.getByRole('progressbar', { name: 'Importens förlopp' }).waitFor({ timeout: 120_000 });
    await page
      .getByText(`Importen är klar: ${swedishNumber(LARGE)} nya, 0 ändrade och 0 oförändrade ärenden.`)
      .waitFor({ timeout: 180_000 });
    // The list shows at most 500; the figures count them all.
    const total = async () => (await web.api(DEVIATION_TOTAL, { filter: { unitId } })).deviationStatistics.total;
    expect(await total()).toBe(LARGE + 2);
    await web.shot(page, 'deviation-import-large');
  });
});
