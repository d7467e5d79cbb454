import { Page } from 'playwright-core';
import { waitFor } from '@kvalitetsnav/testing';
import { DEVIATION_STATISTICS_BY_SECTOR, REPORT_DEVIATION, SERVICE_AREAS_WITH_SECTORS } from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { expectInvalid, go, startWeb, Web } from './web/harness';

/**
 * The municipality's own lists in the web: the administrator adds a sector and a service area
 * under it (its code made from its name), is refused the same name again in Swedish with nothing
 * stored, renames both; a unit of the area reports a deviation, and the figures by sector show the
 * new sector by its new name. The officials read the lists without the forms.
 */
describe('service areas in the web: a sector, an area under it, their names, and the figures by sector', () => {
  let web: Web;
  let page: Page;
  // The database is shared between runs: every name is this run's own.
  const suffix = Date.now() % 100000;
  const sectorName = `Socialpsykiatri ${suffix}`;
  const sectorCode = `SOCIALPSYKIATRI_${suffix}`;
  const renamedSector = `Socialpsykiatri och beroende ${suffix}`;
  const areaName = `Boende socialpsykiatri ${suffix}`;
  const areaCode = `BOENDE_SOCIALPSYKIATRI_${suffix}`;
  const renamedArea = `Stödboende socialpsykiatri ${suffix}`;
  const sameName = (a: string, b: string) => a.toLocaleLowerCase('sv') === b.toLocaleLowerCase('sv');
  const areasInApi = async () => (await web.api(SERVICE_AREAS_WITH_SECTORS, {}, 'QUALITY_OFFICIAL')).serviceAreas;
  const listed = () => page.getByRole('table', { name: 'Sektorer och verksamhetsområden' });

  beforeAll(async () => {
    web = await startWeb();
    page = await web.signedIn('ADMIN');
  });
  afterAll(async () => {
    await page?.close();
    await web?.close();
  });

  it('adds a sector by its name, its code made from the name', async () => {
    await go(page, 'Verksamhetsområden', 'Verksamhetsområden');
    const form = page.getByRole('form', { name: 'Registrera sektor' });
    await form.getByLabel('Sektorns namn').fill(sectorName);
    await form.getByRole('button', { name: 'Registrera sektor' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Sektorn ${sectorName} är registrerad med koden ${sectorCode}.` })
      .waitFor();
    await listed()
      .getByRole('row', { name: `${sectorName} (${sectorCode})` })
      .waitFor();
  });

  it('adds a service area under the sector, and refuses the same name again in other case with nothing stored', async () => {
    const form = page.getByRole('form', { name: 'Registrera verksamhetsområde' });
    await form.getByLabel('Verksamhetsområdets namn').fill(areaName);
    await form.getByLabel('Sektor', { exact: true }).selectOption({ label: sectorName });
    await form.getByRole('button', { name: 'Registrera verksamhetsområde' }).click();
    await page
      .getByRole('status')
      .filter({
        hasText: `Verksamhetsområdet ${areaName} är registrerat med koden ${areaCode}, under sektorn ${sectorName}.`,
      })
      .waitFor();
    await listed()
      .getByRole('row', { name: `${areaName} ${areaCode}` })
      .waitFor();

    const shouted = areaName.toUpperCase();
    await form.getByLabel('Verksamhetsområdets namn').fill(shouted);
    await form.getByLabel('Sektor', { exact: true }).selectOption({ label: sectorName });
    await form.getByRole('button', { name: 'Registrera verksamhetsområde' }).click();
    await expectInvalid(
      form.getByLabel('Verksamhetsområdets namn'),
      `Det finns redan ett verksamhetsområde med namn ${shouted}.`,
    );
    // The code made from the name is taken too, and said beside the code's field.
    await expectInvalid(form.getByLabel('Kod (valfri)'), `Det finns redan ett verksamhetsområde med kod ${areaCode}.`);
    expect((await areasInApi()).filter((a) => sameName(a.name, areaName))).toHaveLength(1);
    await web.shot(page, 'service-areas-refused');
  });

  it('renames the area and the sector; the code stays', async () => {
    const area = page.getByRole('form', { name: 'Ändra verksamhetsområde' });
    await area.getByLabel('Verksamhetsområde', { exact: true }).selectOption({ label: areaName });
    await area.getByLabel('Namn', { exact: true }).fill(renamedArea);
    await area.getByRole('button', { name: 'Spara ändringar' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Verksamhetsområdet ${renamedArea} är sparat, under sektorn ${sectorName}.` })
      .waitFor();

    const sector = page.getByRole('form', { name: 'Byt namn på sektor' });
    await sector.getByLabel('Sektor', { exact: true }).selectOption({ label: sectorName });
    await sector.getByLabel('Nytt namn').fill(renamedSector);
    await sector.getByRole('button', { name: 'Byt namn' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Sektorn heter nu ${renamedSector}.` })
      .waitFor();
    await listed()
      .getByRole('row', { name: `${renamedSector} (${sectorCode})` })
      .waitFor();
    await listed()
      .getByRole('row', { name: `${renamedArea} ${areaCode}` })
      .waitFor();
    await web.shot(page, 'service-areas');

    expect((await areasInApi()).filter((a) => a.code === areaCode)).toEqual([
      { code: areaCode, name: renamedArea, sectorCode, sector: { code: sectorCode, name: renamedSector } },
    ]);
  });

  it("counts a deviation at a unit of the area under the new sector, by the sector's new name", async () => {
    const headers = await web.headers('QUALITY_OFFICIAL');
    const { id: providerId } = await registerProvider(web.gatewayUrl, headers, {
      name: `Socialpsykiatrins Stöd ${suffix} AB`,
    });
    const { id: unitId } = await registerUnit(web.gatewayUrl, headers, providerId, {
      name: `Stödboendet Eken ${suffix}`,
      serviceArea: areaCode,
    });
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    const input = { unitId, kind: 'SOL_LSS' as const, occurredOn: today, description: 'Utebliven insats enligt plan' };
    // Refused until the unit has reached the deviations service; the last refusal is told on a timeout.
    await waitFor(() => web.api(REPORT_DEVIATION, { input }, 'QUALITY_OFFICIAL'), {
      what: 'the unit to reach deviations',
    });
    const bySector = async () =>
      (await web.api(DEVIATION_STATISTICS_BY_SECTOR, {}, 'QUALITY_OFFICIAL')).deviationStatisticsBy.find(
        (g) => g.key === sectorCode,
      );
    // The unit and the sector's rename reach the deviations service by events of their own.
    await waitFor(
      async () => {
        const group = await bySector();
        return group?.statistics.deviations === 1 && group.name === renamedSector;
      },
      { what: "the new sector's deviation in the figures by sector" },
    );
    expect(await bySector()).toEqual({ key: sectorCode, name: renamedSector, statistics: { deviations: 1 } });
  });

  it('shows a quality official the lists but none of the forms', async () => {
    const official = await web.signedIn('QUALITY_OFFICIAL', { width: 'phone' });
    try {
      await go(official, 'Verksamhetsområden', 'Verksamhetsområden');
      const table = official.getByRole('table', { name: 'Sektorer och verksamhetsområden' });
      await table.getByRole('row', { name: `${renamedArea} ${areaCode}` }).waitFor();
      await expect(official.getByRole('form').count()).resolves.toBe(0);
      await web.shot(official, 'service-areas-official');
    } finally {
      await official.close();
    }
  });
});
