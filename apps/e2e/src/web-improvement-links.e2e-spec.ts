import { Page } from 'playwright-core';
import { waitFor } from '@kvalitetsnav/testing';
import {
  CREATE_CONTRACT,
  CREATE_FOLLOW_UP,
  IMPROVEMENTS_LIST,
  LINK_DEVIATION_TO_FOLLOW_UP,
  REPORT_DEVIATION,
} from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { startWeb, Web } from './web/harness';

/** A day in Sweden, `days` from today. */
const swedishDay = (days = 0) =>
  new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * An official links a further deviation to an improvement and sees it on both sides (the
 * improvement's deviations, the deviation's improvements), unlinks it again, is not offered a
 * follow-up of another provider, and sets and removes an overarching follow-up.
 */
describe("an improvement's links to deviations and its follow-up in the web", () => {
  let web: Web;
  let page: Page;
  // The database is shared between runs: names and titles are this run's own.
  const run = Date.now() % 100000;
  const unitName = `Gruppbostaden Aspen ${run}`;
  const title = `Nattlig tillsyn dokumenteras ${run}`;
  const foreignFollowUp = `Fördjupad uppföljning Björken ${run}`;
  const overarching = `Tematisk uppföljning nattillsyn ${run}`;
  const plannedOn = swedishDay(30);
  let first = '';
  let second = '';
  let overarchingId = '';

  beforeAll(async () => {
    web = await startWeb();
    const headers = await web.headers('QUALITY_OFFICIAL');
    const { id: providerId } = await registerProvider(web.gatewayUrl, headers, { name: `Aspens Omsorg ${run}` });
    const { id: otherProviderId } = await registerProvider(web.gatewayUrl, headers, { name: `Björkens Vård ${run}` });
    const { id: unitId } = await registerUnit(web.gatewayUrl, headers, providerId, { name: unitName });
    const { id: otherUnitId } = await registerUnit(web.gatewayUrl, headers, otherProviderId, {
      name: `Gruppbostaden Björken ${run}`,
    });
    const contractId = (
      await web.api(CREATE_CONTRACT, {
        input: {
          reference: `BJ-${run}`,
          title: 'Gruppbostad LSS',
          form: 'LOU',
          providerId: otherProviderId,
          unitIds: [otherUnitId],
          startDate: '2024-01-01',
        },
      })
    ).createContract.id;
    const foreignId = (
      await web.api(CREATE_FOLLOW_UP, { input: { type: 'SPECIFIC', title: foreignFollowUp, contractId, plannedOn } })
    ).createFollowUp.id;
    overarchingId = (await web.api(CREATE_FOLLOW_UP, { input: { type: 'OVERARCHING', title: overarching, plannedOn } }))
      .createFollowUp.id;
    const report = (unit: string, description: string) =>
      waitFor(
        () =>
          web
            .api(REPORT_DEVIATION, {
              input: { unitId: unit, kind: 'SOL_LSS', occurredOn: swedishDay(-1), description },
            })
            .then(
              ({ reportDeviation }) => reportDeviation.id,
              () => null,
            ),
        { what: 'the unit to reach deviations' },
      );
    first = await report(unitId, 'Tillsynen klockan två uteblev');
    second = await report(unitId, 'Tillsynen klockan fyra dokumenterades inte');
    // The follow-ups reach deviations over Kafka: a link through the API waits for each.
    for (const [deviation, followUpId] of [
      [await report(otherUnitId, 'Kopplas till Björkens uppföljning'), foreignId],
      [await report(unitId, 'Kopplas till den tematiska uppföljningen'), overarchingId],
    ])
      await waitFor(
        () =>
          web.api(LINK_DEVIATION_TO_FOLLOW_UP, { input: { deviationId: deviation, followUpId } }).then(
            () => true,
            () => false,
          ),
        { what: 'the follow-up to reach deviations' },
      );
    page = await web.signedIn('QUALITY_OFFICIAL');
    await page.goto(`${web.webUrl}/avvikelser/forbattringar?avvikelse=${first}`);
    const create = page.getByRole('form', { name: 'Starta förbättringsarbete' });
    await create.getByRole('group', { name: 'Avvikelser det kommer från' }).getByRole('checkbox').first().waitFor();
    await create.getByLabel('Rubrik').fill(title);
    await create.getByLabel('Plan: vad ändras och hur mäts det?').fill('Tillsynen signeras i journalen');
    await create.getByRole('button', { name: 'Starta förbättringsarbetet' }).click();
    await page.getByText(`Förbättringsarbetet ”${title}” är startat i steget Planera.`).waitFor();
  });
  afterAll(async () => {
    await page?.close();
    await web?.close();
  });

  const linksOf = () =>
    page.getByRole('region', { name: title }).getByRole('group', { name: `Kopplingar för ${title}` });
  const linked = () =>
    linksOf()
      .getByRole('list', { name: `Avvikelser som ${title} kommer från` })
      .getByRole('listitem');
  const stored = async () => (await web.api(IMPROVEMENTS_LIST, {})).improvements.find((i) => i.title === title);

  it('links a further deviation, seen on the improvement and on the deviation, and unlinks it', async () => {
    const links = linksOf();
    const add = links.getByRole('form', { name: `Koppla en avvikelse till ${title}` });
    await add.getByLabel('Enhet med avvikelsen').selectOption({ label: unitName });
    await add
      .getByLabel('Avvikelse att koppla')
      .selectOption({ label: `Avvikelse SoL/LSS ${swedishDay()}: Tillsynen klockan fyra dokumenterades inte` });
    await add.getByRole('button', { name: 'Koppla avvikelsen' }).click();
    await page.getByText(`Avvikelse SoL/LSS ${swedishDay()} är kopplad till ”${title}”.`).waitFor();
    await linked().nth(1).waitFor();
    const texts = await linked().allInnerTexts();
    expect(texts.map((t) => t.split(': ')[1].split(' Ta bort')[0]).sort()).toEqual([
      'Tillsynen klockan fyra dokumenterades inte',
      'Tillsynen klockan två uteblev',
    ]);
    expect([...(await stored())!.deviationIds].sort()).toEqual([first, second].sort());

    await page.goto(`${web.webUrl}/avvikelser/${second}`);
    const improvements = page.getByRole('list', { name: 'Förbättringsarbete utifrån ärendet' });
    await improvements.getByRole('link', { name: title }).waitFor();

    await page.goto(`${web.webUrl}/avvikelser/forbattringar`);
    await linksOf()
      .getByRole('button', {
        name: `Ta bort kopplingen till Avvikelse SoL/LSS ${swedishDay()}: Tillsynen klockan fyra dokumenterades`,
      })
      .click();
    await page.getByText(`Kopplingen mellan ”${title}” och Avvikelse SoL/LSS ${swedishDay()} är borttagen.`).waitFor();
    await waitFor(async () => (await linked().count()) === 1, { what: 'the unlinked deviation to leave the list' });
    expect(await linked().allInnerTexts()).toEqual([expect.stringContaining('Tillsynen klockan två uteblev')]);
    expect((await stored())!.deviationIds).toEqual([first]);
    await page.goto(`${web.webUrl}/avvikelser/${second}`);
    await page.getByText('Inget förbättringsarbete utifrån ärendet.').waitFor();
  });

  it("offers only follow-ups of its deviations' providers, then sets an overarching one and removes it", async () => {
    await page.goto(`${web.webUrl}/avvikelser/forbattringar`);
    const form = linksOf().getByRole('form', { name: `Uppföljning för ${title}` });
    const choice = form.getByLabel('Uppföljning det kommer från');
    // Another provider's follow-up would be refused (FOLLOW_UP_OF_ANOTHER_PROVIDER, the int-spec's
    // part): the form does not offer it once the follow-ups have come.
    await choice.locator('option', { hasText: overarching }).waitFor({ state: 'attached' });
    expect(await choice.locator('option').allInnerTexts()).not.toContainEqual(expect.stringContaining(foreignFollowUp));

    await choice.selectOption({ label: `${overarching} (${plannedOn})` });
    await form.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await page.getByText(`”${title}” kommer från uppföljningen ${overarching}.`).waitFor();
    const card = page.getByRole('region', { name: title });
    expect(await card.getByRole('link', { name: 'Öppna uppföljningen' }).getAttribute('href')).toBe(
      `/uppfoljning/${overarchingId}`,
    );
    await web.shot(page, 'improvement-links');

    await form.getByRole('button', { name: 'Ta bort kopplingen till uppföljningen' }).click();
    await page.getByText(`Kopplingen mellan ”${title}” och uppföljningen är borttagen.`).waitFor();
    await card.locator('dd', { hasText: /^Ingen$/ }).waitFor();
    expect(await choice.inputValue()).toBe('');
  });
});
