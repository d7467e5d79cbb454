import { Page } from 'playwright-core';
import writeXlsxFile from 'write-excel-file/node';
import { monthBack, waitFor } from '@kvalitetsnav/testing';
import { CASE_FLOW_REPORTS, FORECAST_READINESS, STAFFING_REPORTS_OF_UNIT } from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { go, startWeb, Web, Width } from './web/harness';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const STAFFING_HEADER =
  'unit_id,year,half,managers,permanent,temporary,hourly,sick_leave_percent,staff_turnover_percent,job_titles';

/** Uploads instead of typing: case flows from an Excel file, staffing from CSV, each previewed before it is stored. */
describe('uploads in the web: a spreadsheet previewed row by row, its errors in Swedish, stored only on Importera', () => {
  let web: Web;
  const seeded = { providerId: '', caseFlows: '', staffing: { desktop: '', phone: '' } as Record<Width, string> };
  const providerName = 'Uppladdningens Omsorg AB';
  const unitName = {
    caseFlows: 'Boendestöd Ladan',
    desktop: 'Gruppbostad Skrivbordet',
    phone: 'Gruppbostad Telefonen',
  };
  const lastYear = new Date().getFullYear() - 1;

  beforeAll(async () => {
    web = await startWeb();
    const headers = await web.headers('ADMIN');
    seeded.providerId = (await registerProvider(web.gatewayUrl, headers, { name: providerName })).id;
    const unit = async (name: string, serviceArea: 'HOUSING_SUPPORT' | 'LSS_GROUP_HOME') =>
      (await registerUnit(web.gatewayUrl, headers, seeded.providerId, { name, serviceArea })).id;
    seeded.caseFlows = await unit(unitName.caseFlows, 'HOUSING_SUPPORT');
    seeded.staffing.desktop = await unit(unitName.desktop, 'LSS_GROUP_HOME');
    seeded.staffing.phone = await unit(unitName.phone, 'LSS_GROUP_HOME');
    await waitFor(
      async () => (await web.api(FORECAST_READINESS, {})).forecastReadiness.some((r) => r.unitId === seeded.caseFlows),
      { what: 'the unit to reach forecasting' },
    );
  });

  afterAll(async () => {
    await web?.close();
  });

  /** An Excel file as a spreadsheet program writes it: months as dates shown as YYYY-MM, counts as numbers. */
  const workbook = async (rows: [month: string, incoming: number, outgoing: number, goalsMet: number][]) => ({
    name: 'arendefloden.xlsx',
    mimeType: XLSX,
    buffer: await writeXlsxFile([
      ['unit_id', 'service', 'month', 'incoming', 'outgoing', 'goals_met'],
      ...rows.map(([month, incoming, outgoing, goalsMet]) => [
        seeded.caseFlows,
        'HOUSING_SUPPORT',
        { value: new Date(`${month}-01T00:00:00Z`), format: 'yyyy-mm' },
        incoming,
        outgoing,
        goalsMet,
      ]),
    ]).toBuffer(),
  });
  const caseFlows = async () =>
    (await web.api(CASE_FLOW_REPORTS, { filter: { unitId: seeded.caseFlows } })).caseFlowReports;

  it('previews an Excel file of case flows, refuses one with a bad row in Swedish storing nothing, and imports a good one', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await go(page, 'Prognoser', 'Prognoser');
    await page.getByRole('link', { name: /Rapportera ärendeflöden och placeringar/ }).click();
    await page.getByRole('heading', { name: 'Underlag för prognoser', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Importera ärendeflöden' });
    const picker = form.getByLabel('Välj fil (CSV eller Excel)');

    await picker.setInputFiles(
      await workbook([
        [monthBack(3), 6, 2, 2],
        [monthBack(2), 6, 4, 3],
        [monthBack(1), 5, 1, 1],
      ]),
    );
    const errors = form.getByRole('table', { name: 'Fel i filen' });
    await errors.waitFor();
    expect(await form.getByRole('alert').innerText()).toContain('Filen importerades inte och ingenting sparades.');
    expect(await errors.getByRole('row').allInnerTexts()).toEqual([
      expect.stringMatching(/^Rad\s+Kolumn\s+Fel$/),
      expect.stringMatching(
        /^3\s+outgoing\s+De avslutade ärendena per orsak blir tillsammans 3, men antalet avslutade ärenden är 4\.( Summorna måste stämma\.)?$/,
      ),
    ]);
    // The sheet was read into the CSV the API takes: the month cells became YYYY-MM.
    expect(await form.getByLabel('Innehåll (CSV)').inputValue()).toContain(`,HOUSING_SUPPORT,${monthBack(2)},6,4,3`);
    expect(await form.getByRole('button', { name: /^Importera/ }).count()).toBe(0);
    expect(await caseFlows()).toEqual([]);
    await web.shot(page, 'uploads-case-flows-refused');

    await picker.setInputFiles(
      await workbook([
        [monthBack(3), 6, 2, 2],
        [monthBack(2), 6, 4, 4],
        [monthBack(1), 5, 1, 1],
      ]),
    );
    const preview = form.getByRole('table', { name: 'Förhandsgranskning, 3 rader' });
    await preview.waitFor();
    expect(await errors.count()).toBe(0);
    expect(await preview.getByRole('row').nth(2).innerText()).toMatch(
      new RegExp(
        `^3\\s+${unitName.caseFlows}\\s+Boendestöd\\s+${monthBack(2)}\\s+Utförarens ärenden\\s+6\\s+4\\s+\\S.*4\\s+Ny$`,
      ),
    );
    expect(await caseFlows()).toEqual([]);
    await web.shot(page, 'uploads-case-flows-preview');

    await form.getByRole('button', { name: 'Importera 3 rader' }).click();
    await form.getByRole('status').filter({ hasText: '3 rader sparade.' }).waitFor();
    expect(await preview.count()).toBe(0);
    expect(
      (await caseFlows())
        .map((r) => ({ month: r.month, version: r.version, incoming: r.incoming, outgoing: r.outgoing }))
        .sort((a, b) => a.month.localeCompare(b.month)),
    ).toEqual([
      { month: monthBack(3), version: 1, incoming: 6, outgoing: 2 },
      { month: monthBack(2), version: 1, incoming: 6, outgoing: 4 },
      { month: monthBack(1), version: 1, incoming: 5, outgoing: 1 },
    ]);
    await web.shot(page, 'uploads-case-flows-imported');
    await page.close();
  });

  const toProvider = async (page: Page) => {
    await go(page, 'Utförare', 'Utförare och enheter');
    await page.getByRole('link', { name: providerName }).click();
    await page.getByRole('heading', { name: providerName, level: 1 }).waitFor();
  };
  const unitRow = (page: Page, name: string) =>
    page.getByRole('table', { name: 'Enheter med avvikelser, brukarundersökningar och rapporter' }).getByRole('row', {
      name,
    });
  const csvFile = (lines: string[]) => ({
    name: 'bemanning.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([STAFFING_HEADER, ...lines].join('\n')),
  });

  for (const width of ['desktop', 'phone'] as const)
    it(`imports staffing from CSV on the provider's page (${width}): a bad row refused, a resubmission made version 2`, async () => {
      const unitId = seeded.staffing[width];
      const name = unitName[width];
      const reports = async () => (await web.api(STAFFING_REPORTS_OF_UNIT, { unitId })).staffingReports;
      const page = await web.signedIn('QUALITY_OFFICIAL', { width });
      await toProvider(page);
      const form = page.getByRole('form', { name: 'Importera bemanning' });
      const picker = form.getByLabel('Välj fil (CSV eller Excel)');

      await picker.setInputFiles(
        csvFile([
          `${unitId},${lastYear},1,1,9,2,4,"7,5",12,"Stödassistent:10; Stödpedagog:3"`,
          `${unitId},${lastYear},2,1,1,0,0,5,4,"Stödassistent:5"`,
        ]),
      );
      const errors = form.getByRole('table', { name: 'Fel i filen' });
      await errors.waitFor();
      expect(await errors.getByRole('row').nth(1).innerText()).toMatch(
        /^3\s+job_titles\s+Befattningarna summerar till 5 personer, men rapporten har 2 /,
      );
      expect(await reports()).toEqual([]);

      await picker.setInputFiles(
        csvFile([
          `${unitId},${lastYear},1,1,9,2,4,"7,5",12,"Stödassistent:10; Stödpedagog:3"`,
          `${unitId},${lastYear},2,1,9,2,4,6,8,"Stödassistent:12"`,
        ]),
      );
      const preview = form.getByRole('table', { name: 'Förhandsgranskning, 2 rader' });
      await preview.waitFor();
      expect(await preview.getByRole('row').nth(1).innerText()).toMatch(
        new RegExp(
          `^2\\s+${name}\\s+${lastYear} halvår 1\\s+1\\s+1\\s+9\\s+2\\s+4\\s+7,5\\s+12\\s+Stödassistent 10, Stödpedagog 3\\s+Ny$`,
        ),
      );
      expect(await reports()).toEqual([]);
      if (width === 'phone') {
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        // Nothing but a scrolling box's content reaches past the screen's edge.
        expect(
          await page.evaluate(() =>
            Array.from(document.querySelectorAll('body *'))
              .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll'))
              .map((e) => `${e.tagName}.${e.className}`),
          ),
        ).toEqual([]);
      }
      await web.shot(page, `uploads-staffing-preview-${width}`);
      await form.getByRole('button', { name: 'Importera 2 rader' }).click();
      await form.getByRole('status').filter({ hasText: '2 rader sparade.' }).waitFor();
      await unitRow(page, name).getByText(`${lastYear} halvår 2 (version 1)`).waitFor();
      expect(await reports()).toEqual([
        {
          year: lastYear,
          half: 2,
          version: 1,
          managers: 1,
          sickLeavePercent: 6,
          jobTitles: [{ title: 'Stödassistent', headcount: 12 }],
        },
        {
          year: lastYear,
          half: 1,
          version: 1,
          managers: 1,
          sickLeavePercent: 7.5,
          jobTitles: [
            { title: 'Stödassistent', headcount: 10 },
            { title: 'Stödpedagog', headcount: 3 },
          ],
        },
      ]);

      // The second half-year again, corrected: previewed as version 2, stored beside version 1.
      await picker.setInputFiles(csvFile([`${unitId},${lastYear},2,1,9,2,4,"5,5",8,"Stödassistent:12"`]));
      const again = form.getByRole('table', { name: 'Förhandsgranskning, 1 rad' });
      await again.waitFor();
      expect(await again.getByRole('row').nth(1).innerText()).toMatch(
        new RegExp(`^2\\s+${name}\\s+${lastYear} halvår 2\\s+2\\s`),
      );
      await form.getByRole('button', { name: 'Importera 1 rad' }).click();
      await form.getByRole('status').filter({ hasText: '1 rad sparad.' }).waitFor();
      await unitRow(page, name).getByText(`${lastYear} halvår 2 (version 2): sjukfrånvaro 5,5 %`).waitFor();
      expect((await reports()).map((r) => [r.half, r.version, r.sickLeavePercent])).toEqual([
        [2, 2, 5.5],
        [2, 1, 6],
        [1, 1, 7.5],
      ]);
      await web.shot(page, `uploads-staffing-version-2-${width}`);
      await page.close();
    });
});
