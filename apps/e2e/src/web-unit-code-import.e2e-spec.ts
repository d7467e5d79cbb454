import { monthBack, waitFor } from '@kvalitetsnav/testing';
import { CASE_FLOW_REPORTS, FORECAST_READINESS } from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { go, startWeb, Web } from './web/harness';

/**
 * Case flows imported as the case system exports them: the rows name their unit by its code in
 * the case system, the official says which system, and importing the same file twice adds nothing
 * the second time, as the counts say.
 */
describe('importing case flows by the case system’s unit codes in the web', () => {
  let web: Web;
  // The database is shared between runs: the code is this run's own.
  const run = Date.now() % 100000;
  const code = `BS-${run}`;
  let unitId = '';
  const header = 'unit_code,service,month,source,incoming,outgoing,goals_met,moved';
  const file = [
    header,
    `${code},HOUSING_SUPPORT,${monthBack(3)},,6,4,3,1`,
    `${code},HOUSING_SUPPORT,${monthBack(2)},,5,2,2,`,
  ].join('\n');

  beforeAll(async () => {
    web = await startWeb();
    const headers = await web.headers('ADMIN');
    const { id: providerId } = await registerProvider(web.gatewayUrl, headers, { name: `Koders Omsorg ${run}` });
    unitId = (
      await registerUnit(web.gatewayUrl, headers, providerId, {
        name: `Boendestöd Koden ${run}`,
        serviceArea: 'HOUSING_SUPPORT',
        externalCodes: [{ system: 'TRESERVA', code }],
      })
    ).id;
    await waitFor(
      async () => (await web.api(FORECAST_READINESS, {})).forecastReadiness.some((r) => r.unitId === unitId),
      { what: 'the unit to reach forecasting' },
    );
  });
  afterAll(async () => {
    await web?.close();
  });

  it('imports a file with unit_code twice: new the first time, unchanged the second, an unknown code refused', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await go(page, 'Prognoser', 'Prognoser');
    await page.getByRole('link', { name: /Rapportera ärendeflöden och placeringar/ }).click();
    await page.getByRole('heading', { name: 'Underlag för prognoser', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Importera ärendeflöden' });
    expect(await form.getByLabel('Enhetskoder från system').count()).toBe(0);

    // Without the system the file's codes are from, the preview is refused at the field, in Swedish.
    await form.getByLabel('Innehåll (CSV)').fill(file);
    const system = form.getByLabel('Enhetskoder från system');
    await system.waitFor();
    await form.getByRole('button', { name: 'Förhandsgranska' }).click();
    await form.getByText('Enhetskodernas system måste fyllas i.').waitFor();
    expect((await web.api(CASE_FLOW_REPORTS, { filter: { unitId } })).caseFlowReports).toEqual([]);

    // The systems the units have codes in are offered.
    await form.locator('datalist option[value="TRESERVA"]').waitFor({ state: 'attached' });
    await system.fill('treserva');
    expect(await system.inputValue()).toBe('TRESERVA');

    // A code no unit has in the system: the line, the column and why, and nothing stored.
    await form.getByLabel('Innehåll (CSV)').fill(`${file}\nXX-${run},HOUSING_SUPPORT,${monthBack(1)},,1,0,,`);
    await form.getByRole('button', { name: 'Förhandsgranska' }).click();
    const errors = form.getByRole('table', { name: 'Fel i filen' });
    await errors.waitFor();
    expect(await errors.getByRole('row').nth(1).innerText()).toMatch(
      new RegExp(`^4\\s+unit_code\\s+Ingen enhet har koden XX-${run} i TRESERVA\\.`),
    );
    expect(await form.getByRole('button', { name: /^Importera/ }).count()).toBe(0);

    // The export as it is: two new rows, previewed, then stored.
    await form.getByLabel('Innehåll (CSV)').fill(file);
    await form.getByRole('button', { name: 'Förhandsgranska' }).click();
    await form.getByRole('table', { name: 'Förhandsgranskning, 2 rader' }).waitFor();
    await form.getByText('Filen har 2 rader utan fel: Nya 2, Ändrade 0, Oförändrade 0.').waitFor();
    expect((await web.api(CASE_FLOW_REPORTS, { filter: { unitId } })).caseFlowReports).toEqual([]);
    await form.getByRole('button', { name: 'Importera 2 rader' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: '2 rader sparade. Varje månad är sparad som en ny version. Nya 2, Ändrade 0, Oförändrade 0.' })
      .waitFor();
    expect((await web.api(CASE_FLOW_REPORTS, { filter: { unitId } })).caseFlowReports).toHaveLength(2);

    // The same export again: every row unchanged, and nothing stored twice.
    await form.getByLabel('Välj fil (CSV eller Excel)').setInputFiles({
      name: 'treserva-arendeflode.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(file),
    });
    const preview = form.getByRole('table', { name: 'Förhandsgranskning, 2 rader' });
    await preview.waitFor();
    await form.getByText('Filen har 2 rader utan fel: Nya 0, Ändrade 0, Oförändrade 2.').waitFor();
    expect(await preview.getByRole('row').nth(1).innerText()).toMatch(/Oförändrad$/);
    await form.getByRole('button', { name: 'Importera 2 rader' }).click();
    await form
      .getByRole('status')
      .filter({
        hasText:
          '0 rader sparade. Filen var redan importerad, så ingenting nytt sparades. Nya 0, Ändrade 0, Oförändrade 2.',
      })
      .waitFor();
    expect((await web.api(CASE_FLOW_REPORTS, { filter: { unitId } })).caseFlowReports.map((r) => r.version)).toEqual([
      1, 1,
    ]);
    await web.shot(page, 'unit-code-import-again');
    await page.close();
  });
});
