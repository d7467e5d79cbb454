import { Page } from 'playwright-core';
import { addDays, addMonths, quarterBounds, quarterOf, stockholmToday } from '@kvalitetsnav/calendar';
import { ALL_DECISIONS_NOT_EXECUTED, DECISION_QUARTERS } from '../gateway-operations';
import { answerTo, expectInvalid, go, inSwedish, startWeb, Web } from './harness';

/**
 * Decisions not executed as IVO's quarterly report asks, in the web: an official registers
 * decisions with the law, the person's gender and an interruption, has an interruption before the
 * decision refused in Swedish (nothing stored), sees the last quarter's count, marks the quarter
 * reported to IVO, and reads the board's breakdown by intervention.
 */
const today = stockholmToday();
const last = quarterOf(addDays(quarterBounds(quarterOf(today)).from, -1));
const lastYear = Number(last.slice(0, 4));
const lastNumber = Number(last.slice(6));
const title = `Kvartal ${lastNumber} ${lastYear}`;
// Three months run out within the last quarter; neither is executed, so both are reported for it.
const decidedOn = addMonths(quarterBounds(last).to, -4);
const interruptedOn = addMonths(quarterBounds(last).to, -3);

describe('decisions not executed in the web: registered for IVO, counted per quarter, marked reported', () => {
  let web: Web;
  let page: Page;
  const decisionsInApi = async () =>
    (await web.api(ALL_DECISIONS_NOT_EXECUTED, {}, 'QUALITY_OFFICIAL')).decisionsNotExecuted;
  const lastQuarterInApi = async () =>
    (await web.api(DECISION_QUARTERS, { year: lastYear }, 'QUALITY_OFFICIAL')).decisionsNotExecutedByQuarter[
      lastNumber - 1
    ];

  beforeAll(async () => {
    web = await startWeb();
    page = await web.signedIn('QUALITY_OFFICIAL');
  });
  afterAll(async () => {
    await page?.close();
    await web?.close();
  });

  async function fill(values: { area: string; law: string; gender: string; intervention: string; decided: string }) {
    const form = page.getByRole('form', { name: 'Registrera ej verkställt beslut' });
    await form.getByLabel('Verksamhetsområde').selectOption({ label: values.area });
    await form.getByLabel('Lag').selectOption({ label: values.law });
    await form.getByLabel('Den enskildes kön').selectOption({ label: values.gender });
    await form.getByLabel('Insats').fill(values.intervention);
    await form.getByLabel('Beslutsdatum').fill(values.decided);
    await form.getByLabel('Varför det inte är verkställt').fill('Nyproduktion av boenden har inte startat');
    return form;
  }

  it('registers a decision with law and gender, and refuses an interruption before the decision in Swedish, storing nothing', async () => {
    await go(page, 'Avvikelser', 'Avvikelser');
    await page.getByRole('link', { name: 'Ej verkställda beslut' }).click();
    await page.getByRole('heading', { name: 'Ej verkställda beslut', level: 1 }).waitFor();
    let form = await fill({
      area: 'Servicebostad LSS',
      law: 'LSS',
      gender: 'Kvinna',
      intervention: 'Bostad med särskild service',
      decided: decidedOn,
    });
    await form.getByRole('button', { name: 'Registrera beslutet' }).click();
    await page.getByText('Beslutet om Bostad med särskild service är registrerat som ej verkställt.').waitFor();

    form = await fill({
      area: 'Särskilt boende',
      law: 'SoL',
      gender: 'Man',
      intervention: 'Särskilt boende',
      decided: '2020-03-01',
    });
    await form.getByLabel('Datum för avbrott').fill('2020-02-28');
    const refused = answerTo(page, 'DeviationDecisionsPageRegister');
    await form.getByRole('button', { name: 'Registrera beslutet' }).click();
    const answer = await refused;
    expect(answer.errors?.[0].extensions).toMatchObject({
      rule: 'INTERRUPTED_BEFORE_DECISION',
      field: 'interruptedOn',
    });
    const message = 'Datum för avbrott (2020-02-28) ligger före beslutsdatumet (2020-03-01).';
    expect(inSwedish(answer)).toContain(message);
    await expectInvalid(form.getByLabel('Datum för avbrott'), message);
    expect((await decisionsInApi()).map((d) => d.intervention)).toEqual(['Bostad med särskild service']);

    await form.getByLabel('Datum för avbrott').fill(interruptedOn);
    await form.getByRole('button', { name: 'Registrera beslutet' }).click();
    await page.getByText('Beslutet om Särskilt boende är registrerat som ej verkställt.').waitFor();
    expect(
      (await decisionsInApi()).map((d) => [d.intervention, d.law, d.gender, d.decidedOn, d.interruptedOn]),
    ).toEqual([
      ['Särskilt boende', 'SOL', 'MAN', '2020-03-01', interruptedOn],
      ['Bostad med särskild service', 'LSS', 'WOMAN', decidedOn, null],
    ]);
  });

  it("shows the last quarter's count, marks it reported to IVO, and the API has when and by whom", async () => {
    await page.getByLabel('År', { exact: true }).fill(String(lastYear));
    const quarters = page.getByRole('table', { name: `Ej verkställda beslut per kvartal ${lastYear}` });
    const row = quarters.getByRole('row', { name: new RegExp(title) });
    await row.getByText('Inte rapporterad').waitFor();
    expect(await row.getByRole('cell').first().innerText()).toBe('2');
    await web.shot(page, 'decisions-quarterly');
    await row.getByRole('button', { name: 'Markera som rapporterad till IVO' }).click();
    await row.getByText(`Rapporterad ${today} av Anna Andersson`).waitFor();
    await page.getByText(`${title} är markerat som rapporterat till IVO.`).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    expect(await lastQuarterInApi()).toEqual({
      quarter: last,
      count: 2,
      ended: true,
      reportedOn: today,
      reportedBy: 'Anna Andersson',
      reportedCount: 2,
    });
  });

  it("gives the board the quarter's decisions by intervention, law and gender", async () => {
    await page.getByLabel('Kvartal', { exact: true }).selectOption({ label: title });
    const byIntervention = page.getByRole('table', { name: `Per insats, ${title}` });
    const housing = byIntervention.getByRole('row', { name: /Bostad med särskild service/ });
    expect(await housing.innerText()).toContain('50,0 % (1 av 2)');
    const byLaw = page.getByRole('table', { name: `Per lag, ${title}` });
    expect(await byLaw.getByRole('row', { name: /SoL/ }).innerText()).toContain('(1 av 2)');
    const byGender = page.getByRole('table', { name: `Per kön, ${title}` });
    expect(await byGender.getByRole('row', { name: /Ej angivet/ }).innerText()).toContain('(0 av 2)');
    const list = page.getByRole('table', { name: `Beslut att rapportera, ${title}` });
    expect(await list.getByRole('row', { name: /Särskilt boende/ }).innerText()).toContain(interruptedOn);
    await web.shot(page, 'decisions-board-report');
  });

  it('fits a phone, the tables scrolling in their boxes', async () => {
    const phone = await web.signedIn('QUALITY_OFFICIAL', { width: 'phone' });
    await phone.goto(`${web.webUrl}/avvikelser/ej-verkstallda-beslut`);
    await phone.getByRole('table', { name: /Ej verkställda beslut per kvartal/ }).waitFor();
    await phone.getByRole('table', { name: /^Per insats/ }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await web.shot(phone, 'decisions-quarterly-phone');
    await phone.close();
  });
});
