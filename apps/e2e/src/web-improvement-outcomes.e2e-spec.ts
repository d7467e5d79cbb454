import { Page } from 'playwright-core';
import { waitFor } from '@kvalitetsnav/testing';
import { IMPROVEMENTS_LIST, REPORT_DEVIATION } from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { startWeb, Web } from './web/harness';

/** A day in Sweden, `days` from today. */
const swedishDay = (days = 0) =>
  new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
const quarterTitle = (day: string) => `Kvartal ${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1} ${day.slice(0, 4)}`;

/**
 * An official starts an improvement from a deviation, with the deviation chosen among its unit's,
 * takes it through plan, do, study and act to adopt it, and sees it counted as Infört in this
 * quarter; the deviation's page links to the improvement it led to.
 */
describe('improvement outcomes in the web', () => {
  let web: Web;
  let page: Page;
  // The database is shared between runs: the unit and the title are this run's own.
  const run = Date.now() % 100000;
  const unitName = `Korttidsboendet Lönnen ${run}`;
  const title = `Läkemedel signeras vid given dos ${run}`;
  let unitId = '';
  let deviationId = '';

  beforeAll(async () => {
    web = await startWeb();
    const headers = await web.headers('QUALITY_OFFICIAL');
    const { id: providerId } = await registerProvider(web.gatewayUrl, headers, { name: `Lönnens Vård ${run}` });
    ({ id: unitId } = await registerUnit(web.gatewayUrl, headers, providerId, {
      name: unitName,
      serviceArea: 'NURSING_HOME',
      places: 12,
    }));
    await waitFor(
      () =>
        web
          .api(REPORT_DEVIATION, {
            input: { unitId, kind: 'SOL_LSS', occurredOn: swedishDay(-2), description: 'Kvällsdosen gavs inte' },
          })
          .then(
            ({ reportDeviation }) => {
              deviationId = reportDeviation.id;
              return true;
            },
            () => false,
          ),
      { what: 'the unit to reach deviations' },
    );
    page = await web.signedIn('QUALITY_OFFICIAL');
  });
  afterAll(async () => {
    await page?.close();
    await web?.close();
  });

  it('starts an improvement from the deviation, adopts it, and counts it as Infört in the quarter', async () => {
    await page.goto(`${web.webUrl}/avvikelser/${deviationId}`);
    await page.getByRole('link', { name: 'Starta förbättringsarbete utifrån ärendet' }).click();
    await page.getByRole('heading', { name: 'Förbättringsarbete', level: 1 }).waitFor();
    const create = page.getByRole('form', { name: 'Starta förbättringsarbete' });
    // The deviation it came from is chosen, among the deviations of its unit.
    const chosen = create.getByRole('group', { name: 'Avvikelser det kommer från' }).getByRole('checkbox');
    await chosen.first().waitFor();
    expect(await create.getByLabel('Enhet', { exact: true }).inputValue()).toBe(unitId);
    expect(await chosen.count()).toBe(1);
    expect(await chosen.first().isChecked()).toBe(true);
    await create.getByLabel('Rubrik').fill(title);
    await create.getByLabel('Plan: vad ändras och hur mäts det?').fill('Signering direkt efter given dos');
    await create.getByRole('button', { name: 'Starta förbättringsarbetet' }).click();
    await page.getByText(`Förbättringsarbetet ”${title}” är startat i steget Planera.`).waitFor();

    const step = async (phase: string, notes: string, next: string, choose?: [string, string]) => {
      const form = page.getByRole('form', { name: `${phase}: ${title}` });
      await form.getByLabel(`Anteckningar om steget ${phase}`).fill(notes);
      if (choose) await form.getByLabel(choose[0]).selectOption({ label: choose[1] });
      await form.getByRole('button', { name: `Avsluta steget ${phase}` }).click();
      await page.getByText(`Steget ${phase} är klart för ”${title}”; nu: ${next}.`).waitFor();
    };
    await step('Planera', 'Rutin skriven', 'Genomföra');
    await step('Genomföra', 'Införd på alla pass', 'Studera');
    await step('Studera', 'Inga missade doser på fyra veckor', 'Agera', ['Gav förbättringen effekt?', 'Gav effekt']);
    await step('Agera', 'Rutinen gäller', 'Klar', ['Hur går ni vidare?', 'Införa']);

    const card = page.getByRole('region', { name: title });
    await card.getByRole('link', { name: new RegExp(unitName) }).waitFor();
    expect(await card.getByRole('link', { name: new RegExp(unitName) }).getAttribute('href')).toBe(
      `/avvikelser/${deviationId}`,
    );

    const outcomes = page.getByRole('region', { name: 'Utfall per period' });
    await outcomes.getByLabel('Visa för enhet').selectOption({ label: unitName });
    const table = outcomes.getByRole('table', { name: new RegExp(unitName) });
    const row = table.getByRole('row', { name: new RegExp(quarterTitle(swedishDay())) });
    await row.waitFor();
    const headers = await table.getByRole('columnheader').allInnerTexts();
    const cells = await row.getByRole('cell').allInnerTexts();
    const cell = (header: string) => cells[headers.indexOf(header) - 1];
    expect([
      cell('Startade'),
      cell('Avslutade'),
      cell('Infört'),
      cell('Anpassat'),
      cell('Avbrutet'),
      cell('Pågår'),
    ]).toEqual(['1', '1', '100,0 % (1 av 1)', '0,0 % (0 av 1)', '0,0 % (0 av 1)', '0']);
    await web.shot(page, 'improvement-outcomes');

    const { improvements } = await web.api(IMPROVEMENTS_LIST, {});
    expect(improvements.find((i) => i.title === title)).toMatchObject({
      phase: 'DONE',
      actDecision: 'ADOPT',
      deviationIds: [deviationId],
    });
  });

  it('lists on the deviation the improvement it led to, linking to it', async () => {
    await page.goto(`${web.webUrl}/avvikelser/${deviationId}`);
    const list = page.getByRole('list', { name: 'Förbättringsarbete utifrån ärendet' });
    await list.getByRole('listitem').filter({ hasText: 'Införa' }).waitFor();
    await list.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: 'Förbättringsarbete', level: 1 }).waitFor();
    await page.getByRole('region', { name: title }).waitFor();
    expect(page.url()).toContain('/avvikelser/forbattringar#forbattring-');
  });
});
