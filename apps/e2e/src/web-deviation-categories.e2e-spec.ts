import { waitFor } from '@kvalitetsnav/testing';
import {
  DEVIATION_BREAKDOWN,
  DEVIATION_BY_ID,
  DEVIATIONS_BY_FILTER,
  IMPORT_DEVIATIONS,
  REPORT_DEVIATION,
  SET_DEVIATION_CATEGORY,
} from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { go, startWeb, Web } from './web/harness';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

describe('what deviations are about in the web: a category when reporting, counted per category beside last year', () => {
  let web: Web;
  let unitId = '';
  const UNIT = 'Hemtjänst Lönnen';
  const PROVIDER = 'Lönnens Omsorg AB';
  const year = Number(today().slice(0, 4));

  beforeAll(async () => {
    web = await startWeb();
    const headers = await web.headers('ADMIN');
    const { id: providerId } = await registerProvider(web.gatewayUrl, headers, { name: PROVIDER });
    ({ id: unitId } = await registerUnit(web.gatewayUrl, headers, providerId, {
      name: UNIT,
      serviceArea: 'HOME_CARE',
    }));
    // Last year: one planned intervention not carried out, imported from the case system and categorised after.
    await waitFor(
      () =>
        web
          .api(IMPORT_DEVIATIONS, {
            csv: [
              'unit_id,kind,occurred_on,reported_on,description',
              `${unitId},SOL_LSS,${year - 1}-01-01,${year - 1}-01-01,Insatsen uteblev på nyårsdagen`,
            ].join('\n'),
          })
          .then(
            (r) => r.importDeviations.accepted,
            () => false,
          ),
      { what: 'the unit to reach deviations' },
    );
    const [lastYear] = (await web.api(DEVIATIONS_BY_FILTER, { filter: { unitId } })).deviations;
    await web.api(SET_DEVIATION_CATEGORY, {
      input: { deviationId: lastYear.id, categoryCode: 'PLANNED_INTERVENTION_NOT_PERFORMED' },
    });
    // This year, without a category: it counts in the denominator only.
    await web.api(REPORT_DEVIATION, {
      input: { unitId, kind: 'SOL_LSS', occurredOn: today(), description: 'Larmet besvarades sent' },
    });
  });
  afterAll(() => web?.close());

  it('an official reports a deviation with a category of its kind and sees it counted with last year beside it', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await go(page, 'Avvikelser', 'Avvikelser');
    const form = page.getByRole('form', { name: 'Registrera avvikelse' });
    await form.waitFor();
    // The categories offered follow the kind: medication is health care, not SoL/LSS.
    await form.getByLabel('Slag').selectOption({ label: 'Avvikelse HSL' });
    await form.getByLabel('Kategori').locator('option', { hasText: 'Läkemedel' }).waitFor({ state: 'attached' });
    await form.getByLabel('Slag').selectOption('SOL_LSS');
    await form
      .getByLabel('Kategori')
      .locator('option', { hasText: 'Planerad insats har inte utförts' })
      .waitFor({ state: 'attached' });
    expect(await form.getByLabel('Kategori').locator('option', { hasText: 'Läkemedel' }).count()).toBe(0);
    await form.getByLabel('Kategori').selectOption({ label: 'Planerad insats har inte utförts' });
    await form.getByLabel('Enhet').selectOption({ label: `${UNIT} (${PROVIDER})` });
    await form.getByLabel('Datum då det hände').fill(today());
    await form.getByLabel('Beskrivning').fill('Dubbelbemanningen kom inte till kvällsbesöket');
    await form.getByRole('button', { name: 'Registrera avvikelse' }).click();
    await page.getByText('Avvikelse SoL/LSS är registrerad.').waitFor();
    await web.shot(page, 'deviation-categories-reported');

    await page.getByRole('link', { name: 'Öppna ärendet' }).click();
    await page.locator('.facts').getByText('Planerad insats har inte utförts').waitFor();
    const id = new URL(page.url()).pathname.split('/').pop()!;
    expect((await web.api(DEVIATION_BY_ID, { id })).deviation?.kind).toBe('SOL_LSS');

    // A handler changes it on the case's page, and back.
    const categoryForm = page.getByRole('form', { name: 'Kategori' });
    await categoryForm.getByLabel('Vad handlar ärendet om?').selectOption({ label: 'Stöld' });
    await categoryForm.getByRole('button', { name: 'Spara kategori' }).click();
    await page.getByText('Kategorin är nu ”Stöld”.').waitFor();
    await page.locator('.facts').getByText('Stöld').waitFor();
    await page
      .getByRole('form', { name: 'Kategori' })
      .getByLabel('Vad handlar ärendet om?')
      .selectOption({ label: 'Planerad insats har inte utförts' });
    await page.getByRole('form', { name: 'Kategori' }).getByRole('button', { name: 'Spara kategori' }).click();
    await page.getByText('Kategorin är nu ”Planerad insats har inte utförts”.').waitFor();

    // The statistics, for this unit from New Year: one of two this year, one of one a year earlier.
    await go(page, 'Avvikelser', 'Avvikelser');
    const filters = page.getByRole('form', { name: 'Filter' });
    await filters.getByLabel('Utförare').selectOption({ label: PROVIDER });
    await filters.getByLabel('Enhet').selectOption({ label: UNIT });
    await filters.getByLabel('Från').fill(`${year}-01-01`);
    await filters.getByLabel('Till').fill(today());
    const table = page.getByRole('table', { name: /Avvikelser och lex Sarah\/Maria per kategori/ });
    const row = table.getByRole('row', { name: /Planerad insats har inte utförts/ });
    await waitFor(async () => /\(1 av 2\)/.test(await row.innerText()), { what: 'the category counted this year' });
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells[0]).toBe('50,0 % (1 av 2)');
    expect(cells[1]).toBe('100,0 % (1 av 1)');
    expect(cells[2]).toBe('±0');
    expect(await table.innerText()).toContain(`i fjol: ${year - 1}-01-01`);
    await web.shot(page, 'deviation-categories-statistics');

    const counted = await web.api(DEVIATION_BREAKDOWN, {
      by: 'CATEGORY',
      filter: { unitId, from: `${year}-01-01`, to: today() },
    });
    expect(counted.deviationBreakdown).toMatchObject({ denominator: 2, previousYearDenominator: 1 });
    expect(counted.deviationBreakdown.entries.find((e) => e.key === 'PLANNED_INTERVENTION_NOT_PERFORMED')).toEqual({
      key: 'PLANNED_INTERVENTION_NOT_PERFORMED',
      count: { numerator: 1, denominator: 2 },
      previousYear: { numerator: 1, denominator: 1 },
      change: 0,
    });
  });
});
