import { Page } from 'playwright-core';
import { monthBack, waitFor } from '@kvalitetsnav/testing';
import {
  CASE_FLOW_REPORTS,
  CREATE_CONTRACT,
  FORECAST_READINESS,
  IMPORT_DEVIATIONS,
  OVERDUE_DEVIATION_IDS,
  PLACEMENT_SUMMARY,
  PROJECTION,
} from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { go, startWeb, Web, Width } from './web/harness';

/** The forecasting screens and the start page, as a quality official works them in a real browser. */
describe('forecasting in the web: reports, imports, population, history, and the start page', () => {
  let web: Web;
  const seeded = { providerId: '', few: '', many: '', deviationId: '' };
  const reportsOf = (unitId: string) => web.api(CASE_FLOW_REPORTS, { filter: { unitId } });

  beforeAll(async () => {
    web = await startWeb();
    const headers = await web.headers('ADMIN');
    const { id: providerId } = await registerProvider(web.gatewayUrl, headers, { name: 'Ekens Omsorg AB' });
    seeded.providerId = providerId;
    seeded.few = (
      await registerUnit(web.gatewayUrl, headers, providerId, {
        name: 'Familjestöd Eken',
        serviceArea: 'FAMILY_SUPPORT',
      })
    ).id;
    seeded.many = (
      await registerUnit(web.gatewayUrl, headers, providerId, {
        name: 'Boendestöd Björken',
        serviceArea: 'HOUSING_SUPPORT',
      })
    ).id;
    await web.api(CREATE_CONTRACT, {
      input: {
        reference: 'IFO-2024-03',
        title: 'Familjestöd och boendestöd',
        form: 'LOU',
        providerId,
        unitIds: [seeded.few, seeded.many],
        startDate: '2024-01-01',
        endDate: '2099-12-31',
      },
    });
    // A deviation reported three months ago and not finally assessed: overdue on the start page.
    const reported = new Date(Date.now() - 92 * 86_400_000).toISOString().slice(0, 10);
    await waitFor(
      async () =>
        (
          await web
            .api(IMPORT_DEVIATIONS, {
              csv: `unit_id,kind,occurred_on,reported_on,description\n${seeded.few},SOL_LSS,${reported},${reported},Besöket blev inte av`,
            })
            .catch(() => null)
        )?.importDeviations.accepted,
      { what: 'the units to reach deviations' },
    );
    seeded.deviationId = (await web.api(OVERDUE_DEVIATION_IDS, {})).overdueDeviations[0].id;
    await waitFor(async () => (await web.api(FORECAST_READINESS, {})).forecastReadiness.length === 2, {
      what: 'the units to reach forecasting',
    });
  });

  afterAll(async () => {
    await web?.close();
  });

  const toForecastData = async (page: Page) => {
    await go(page, 'Prognoser', 'Prognoser');
    await page.getByRole('link', { name: /Rapportera ärendeflöden och placeringar/ }).click();
    await page.getByRole('heading', { name: 'Underlag för prognoser', level: 1 }).waitFor();
  };

  const enterCaseFlow = async (width: Width, month: string) => {
    const page = await web.signedIn('QUALITY_OFFICIAL', { width });
    await toForecastData(page);
    const form = page.getByRole('form', { name: 'Rapportera ärendeflöde' });
    await form.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Familjestöd Eken (Ekens Omsorg AB)' });
    expect(await form.getByLabel('Insats', { exact: true }).inputValue()).toBe('FAMILY_SUPPORT');
    await form.getByLabel('Månad', { exact: true }).fill(month);
    await form.getByLabel('Nya ärenden').fill('7');
    await form.getByLabel('Avslutade ärenden', { exact: true }).fill('5');
    await form.getByLabel('Målen med insatsen uppnådda').fill('3');
    await form.getByLabel('Flyttat från kommunen').fill('1');
    // The reasons explain 4 of the 5 closed cases: refused beside them, in Swedish, and nothing stored.
    await form.getByRole('button', { name: 'Spara ärendeflödet' }).click();
    await form
      .getByText('De avslutade ärendena per orsak blir tillsammans 4, men antalet avslutade ärenden är 5.')
      .waitFor();
    expect(await form.getByRole('alert').innerText()).toContain('Uppgifterna är inte giltiga');
    expect((await reportsOf(seeded.few)).caseFlowReports.filter((r) => r.month === month)).toEqual([]);
    await web.shot(page, `forecasting-case-flow-refused-${width}`);

    await form.getByLabel('Flyttat från kommunen').fill('2');
    await form.getByRole('button', { name: 'Spara ärendeflödet' }).click();
    await form.getByText(`Ärendeflödet för Familjestöd Eken ${month} är sparat (version 1).`).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('är sparat');
    return { page, form };
  };

  it('takes a month of case flows at desktop width, refuses one that does not add up, and versions a resubmission', async () => {
    const { page, form } = await enterCaseFlow('desktop', monthBack(1));
    await form.getByLabel('Nya ärenden').fill('8');
    await form.getByRole('button', { name: 'Spara ärendeflödet' }).click();
    await form
      .getByText(`Ärendeflödet för Familjestöd Eken ${monthBack(1)} är sparat som version 2.`, { exact: false })
      .waitFor();
    expect((await reportsOf(seeded.few)).caseFlowReports).toEqual([
      {
        month: monthBack(1),
        version: 2,
        incoming: 8,
        outgoing: 5,
        closedByReason: [
          { reason: 'GOALS_MET', count: 3 },
          { reason: 'MOVED', count: 2 },
        ],
      },
    ]);
    await web.shot(page, 'forecasting-case-flow-desktop');
    await page.close();
  });

  it('takes a month of case flows on a phone, with nothing wider than the screen', async () => {
    const { page } = await enterCaseFlow('phone', monthBack(2));
    const wider = await page.evaluate(() =>
      Array.from(document.querySelectorAll('main *'))
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll'))
        .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
    );
    expect(wider).toEqual([]);
    expect((await reportsOf(seeded.few)).caseFlowReports.map((r) => [r.month, r.version])).toEqual([
      [monthBack(2), 1],
      [monthBack(1), 2],
    ]);
    await web.shot(page, 'forecasting-case-flow-phone');
    await page.close();
  });

  for (const width of ['desktop', 'phone'] as const)
    it(`takes a month of placements at ${width} width, refusing more care days than the month has`, async () => {
      const month = width === 'desktop' ? monthBack(1) : monthBack(2);
      const page = await web.signedIn('QUALITY_OFFICIAL', { width });
      await toForecastData(page);
      const form = page.getByRole('form', { name: 'Rapportera placeringar' });
      await form.getByLabel('Månad', { exact: true }).fill(month);
      await form.getByLabel('Placeringsform').selectOption({ label: 'Familjehem' });
      await form.getByLabel('Antal placerade').fill('2');
      await form.getByLabel('Vårddygn').fill('500');
      await form.getByLabel('Kostnad i kronor').fill('56000');
      await form.getByRole('button', { name: 'Spara placeringarna' }).click();
      const careDays = form.getByLabel('Vårddygn');
      await form.getByText(/500 vårddygn är fler än 2 placerade kan ha under månadens \d+ dagar\./).waitFor();
      expect(await careDays.getAttribute('aria-invalid')).toBe('true');
      await careDays.fill('56');
      await form.getByRole('button', { name: 'Spara placeringarna' }).click();
      await form.getByText(`Placeringarna för Familjehem ${month} är sparade (version 1).`).waitFor();
      await form.getByLabel('Antal placerade').fill('3');
      await form.getByRole('button', { name: 'Spara placeringarna' }).click();
      await form
        .getByText(`Placeringarna för Familjehem ${month} är sparade som version 2`, { exact: false })
        .waitFor();
      expect((await web.api(PLACEMENT_SUMMARY, { from: month, to: month })).placementSummary).toEqual([
        { form: 'FAMILY_HOME', placed: 3, careDays: 56 },
        { form: 'TOTAL', placed: 3, careDays: 56 },
      ]);
      await web.shot(page, `forecasting-placements-${width}`);
      await page.close();
    });

  it('imports months of case flows from CSV: a bad file shows its rows in Swedish and stores nothing', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await toForecastData(page);
    const form = page.getByRole('form', { name: 'Importera ärendeflöden' });
    const header = 'unit_id,service,month,source,incoming,outgoing,goals_met,moved';
    await form
      .getByLabel('Innehåll (CSV)')
      .fill(
        [
          header,
          `${seeded.many},HOUSING_SUPPORT,${monthBack(3)},,6,4,4,`,
          `${seeded.many},HOUSING_SUPPORT,${monthBack(2)},,6,4,3,`,
          `${seeded.many},HOUSING_SUPPORT,2024-13,,6,0,,`,
        ].join('\n'),
      );
    await form.getByRole('button', { name: 'Förhandsgranska' }).click();
    const errors = form.getByRole('table', { name: 'Fel i filen' });
    await errors.waitFor();
    expect(await form.getByRole('alert').innerText()).toContain('Filen importerades inte och ingenting sparades.');
    expect(await errors.getByRole('row').nth(1).innerText()).toMatch(
      /3\s+outgoing\s+De avslutade ärendena per orsak blir tillsammans 3, men antalet avslutade ärenden är 4\./,
    );
    expect(await errors.getByRole('row').nth(2).innerText()).toMatch(
      /4\s+month\s+Månad \(month\) måste vara en månad \(ÅÅÅÅ-MM\)\./,
    );
    expect(await form.getByRole('button', { name: /^Importera/ }).count()).toBe(0);
    expect((await reportsOf(seeded.many)).caseFlowReports).toEqual([]);
    await web.shot(page, 'forecasting-import-errors');

    // Two years and two months, from a file chosen on disk: previewed, then imported.
    const rows = Array.from({ length: 26 }, (_, i) => {
      const incoming = 10 + ((i * 7) % 5);
      return `${seeded.many},HOUSING_SUPPORT,${monthBack(26 - i)},provider,${incoming},8,6,2`;
    });
    await form.getByLabel('Välj fil (CSV eller Excel)').setInputFiles({
      name: 'arendeflode.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, ...rows].join('\n')),
    });
    await form.getByRole('table', { name: 'Förhandsgranskning, 26 rader' }).waitFor();
    expect((await reportsOf(seeded.many)).caseFlowReports).toEqual([]);
    await form.getByRole('button', { name: 'Importera 26 rader' }).click();
    await form.getByText('26 rader sparade. Varje månad är sparad som en ny version.').waitFor();
    expect(await form.getByRole('table', { name: 'Fel i filen' }).count()).toBe(0);
    expect((await reportsOf(seeded.many)).caseFlowReports).toHaveLength(26);
    await web.shot(page, 'forecasting-import');
    await page.close();
  });

  it('imports months of placements from CSV, refusing a whole file for one bad row', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await toForecastData(page);
    const form = page.getByRole('form', { name: 'Importera placeringar' });
    const header = 'month,form,placed,care_days,cost_sek,ended,ended_duration_days';
    const [first, second] = [monthBack(4), monthBack(3)];
    await form
      .getByLabel('Innehåll (CSV)')
      .fill([header, `${first},hvb,2,40,"80 000",0,0`, `${second},hvb,2,99,80000,0,0`].join('\n'));
    await form.getByRole('button', { name: 'Förhandsgranska' }).click();
    const errors = form.getByRole('table', { name: 'Fel i filen' });
    await errors.waitFor();
    expect(await errors.getByRole('row').nth(1).innerText()).toMatch(
      /3\s+care_days\s+99 vårddygn är fler än 2 placerade kan ha under månadens \d+ dagar\./,
    );
    expect((await web.api(PLACEMENT_SUMMARY, { from: first, to: second })).placementSummary).toEqual([
      { form: 'TOTAL', placed: 0, careDays: 0 },
    ]);
    await form
      .getByLabel('Innehåll (CSV)')
      .fill([header, `${first},hvb,2,40,"80 000",0,0`, `${second},hvb,2,50,80000,1,45`].join('\n'));
    await form.getByRole('button', { name: 'Förhandsgranska' }).click();
    const preview = form.getByRole('table', { name: 'Förhandsgranskning, 2 rader' });
    expect(await preview.getByRole('row').nth(1).innerText()).toMatch(/2\s+\S+\s+HVB\s+2\s+40\s+80\s000/);
    await form.getByRole('button', { name: 'Importera 2 rader' }).click();
    await form
      .getByText('2 rader sparade. De ersätter tidigare siffror för samma enhet, månad och placeringsform.')
      .waitFor();
    expect((await web.api(PLACEMENT_SUMMARY, { from: first, to: second })).placementSummary).toEqual([
      { form: 'HVB', placed: 4, careDays: 90 },
      { form: 'TOTAL', placed: 4, careDays: 90 },
    ]);
    await web.shot(page, 'forecasting-placement-import');
    await page.close();
  });

  it('imports a population table and sets usage rates per age band, refusing what is wrong in Swedish', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await toForecastData(page);
    const population = page.getByRole('form', { name: 'Importera befolkning' });
    const year = new Date().getFullYear();
    const years = [year, year + 1, year + 2];
    const table = (age: string) =>
      [
        ['region', 'ålder', ...years].map((v) => `"${v}"`).join(','),
        ['0580 Linköping', age, '6 120', '6 410', '6 700'].map((v) => `"${v}"`).join(','),
        ['0580 Linköping', '85-89 år', '3 010', '3 080', '3 200'].map((v) => `"${v}"`).join(','),
      ].join('\n');
    await population.getByLabel('Tabellen (CSV)').fill(table('åttio'));
    await population.getByRole('button', { name: 'Importera befolkningen' }).click();
    await population
      .getByRole('table', { name: 'Fel i tabellen' })
      .getByText('Rad 2: "åttio" är ingen åldersgrupp')
      .waitFor();
    await population.getByLabel('Tabellen (CSV)').fill(table('80-84 år'));
    await population.getByRole('button', { name: 'Importera befolkningen' }).click();
    await population.getByText('6 befolkningssiffror importerades.').waitFor();
    expect(await population.getByRole('table', { name: 'Fel i tabellen' }).count()).toBe(0);

    const rates = page.getByRole('form', { name: 'Andelar per åldersgrupp' });
    await rates.getByLabel('Verksamhetsområde').selectOption({ label: 'Särskilt boende' });
    await rates.getByLabel('Åldersgrupp 1', { exact: true }).fill('80 till 84');
    await rates.getByLabel('Andel för åldersgrupp 1').fill('0.05');
    await rates.getByLabel('Andel för åldersgrupp 2').fill('0.15');
    await rates.getByRole('button', { name: 'Ta bort åldersgrupp 3' }).click();
    await rates.getByRole('button', { name: 'Spara andelarna' }).click();
    await rates.getByText('Åldersgrupp måste vara en åldersgrupp som 80-84 eller 90+, inte 80 till 84.').waitFor();
    expect(await rates.getByLabel('Åldersgrupp 1', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await rates.getByLabel('Åldersgrupp 1', { exact: true }).fill('80-84');
    await rates.getByRole('button', { name: 'Spara andelarna' }).click();
    await rates.getByText('2 andelar per åldersgrupp är sparade för särskilt boende.').waitFor();
    await web.shot(page, 'forecasting-population');

    const projected = await web.api(PROJECTION, {
      serviceArea: 'NURSING_HOME',
      region: '0580',
      fromYear: year,
      years: 1,
    });
    expect(projected.projection.years).toEqual([{ year, population: 9130, demand: expect.any(Number) }]);
    expect(projected.projection.years[0].demand).toBeCloseTo(6120 * 0.05 + 3010 * 0.15, 6);
    await page.close();
  });

  it('says in Swedish when a unit has too little history, lists the units that have enough, and forecasts one', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await go(page, 'Prognoser', 'Prognoser');
    const history = page.getByRole('table', { name: 'Rapporterade månader per enhet' });
    await history.waitFor();
    expect(await history.getByRole('row', { name: /Boendestöd Björken/ }).innerText()).toMatch(
      /Boendestöd Björken\s+26 av 26\s+Ja/,
    );
    expect(await history.getByRole('row', { name: /Familjestöd Eken/ }).innerText()).toMatch(
      /Familjestöd Eken\s+2 av 24\s+Nej\. En prognos behöver rapporter för minst 24 månader, men det finns bara för 2\./,
    );
    expect(await page.getByText('1 av 2 enheter har tillräcklig historik.').count()).toBe(1);

    const form = page.getByRole('form', { name: 'Prognos för ärendeflöde' });
    await form.getByLabel('Enhet').selectOption({ label: 'Familjestöd Eken' });
    await form.getByText('Familjestöd Eken har för kort historik för en prognos.').waitFor();
    await form.getByRole('button', { name: 'Gör prognos' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').innerText()).toContain(
      'En prognos behöver rapporter för minst 24 månader, men det finns bara för 2.',
    );
    await web.shot(page, 'forecasting-too-little-history');

    await form.getByLabel('Enhet').selectOption({ label: 'Boendestöd Björken' });
    expect(await form.getByText('har för kort historik').count()).toBe(0);
    await form.getByRole('button', { name: 'Gör prognos' }).click();
    const months = page.getByRole('table', { name: 'Prognos per månad' }).getByRole('row');
    await months.nth(12).waitFor();
    expect(await months.count()).toBe(13);
    await web.shot(page, 'forecasting-forecast');
    await page.close();
  });

  it('makes every item on the start page a link to where it is handled', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await page.waitForFunction(() => !document.body.innerText.includes('Hämtar'));
    const deviations = page.getByRole('region', { name: 'Avvikelser över två månader' });
    const deviation = deviations.getByRole('link', { name: /rapporterad/ }).first();
    expect(await deviation.getAttribute('href')).toBe(`/avvikelser/${seeded.deviationId}`);
    for (const region of ['Avvikelser över två månader', 'Avtal med högst risk']) {
      const items = page.getByRole('region', { name: region }).getByRole('listitem');
      for (let i = 0; i < (await items.count()); i++) expect(await items.nth(i).getByRole('link').count()).toBe(1);
    }
    await web.shot(page, 'forecasting-start');

    const risk = page.getByRole('region', { name: 'Avtal med högst risk' }).getByRole('link', { name: /IFO-2024-03/ });
    expect(await risk.getAttribute('href')).toBe(`/utforare/${seeded.providerId}`);
    await risk.click();
    await page.getByRole('heading', { name: 'Ekens Omsorg AB', level: 1 }).waitFor();

    await go(page, 'Att hantera', 'Att hantera');
    const missing = page
      .getByRole('region', { name: /Saknade bemanningsuppföljningar/ })
      .getByRole('link', { name: 'Ekens Omsorg AB: Familjestöd Eken' });
    await missing.click();
    await page.getByRole('heading', { name: 'Ekens Omsorg AB', level: 1 }).waitFor();

    await go(page, 'Att hantera', 'Att hantera');
    const pulse = page.getByRole('region', { name: /Pulsenkät/ }).getByRole('link', { name: 'Ekens Omsorg AB' });
    await pulse.click();
    await page.getByRole('heading', { name: 'Ekens Omsorg AB', level: 1 }).waitFor();
    await page.close();
  });
});
