import { Page } from 'playwright-core';
import { previousHalf, stockholmToday } from '@kvalitetsnav/calendar';
import { ENUM_LABELS } from '@kvalitetsnav/swedish';
import {
  PORTAL_ACTION_STATE,
  PORTAL_CONTRACT,
  PORTAL_FOLLOW_UP,
  PORTAL_PREPARE,
  PORTAL_REPORT,
  PORTAL_REPORTS_DUE,
  PORTAL_STAFFING_REPORTS,
  PORTAL_START,
  PORTAL_SUBMIT_STAFFING,
} from './portal-operations';
import { monthBack, waitFor } from '@kvalitetsnav/testing';
import { CASE_FLOW_REPORTS, FORECAST_READINESS } from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { Actor, go, startWeb, Web } from './web/harness';

const today = stockholmToday();
const ended = previousHalf(today);
const CHECKLIST = ['CONTRACT', 'COMPLAINTS', 'BUSINESS_REPORT', 'MAS_MAR_INPUT', 'SYSTEM_DATA'] as const;

describe("the provider portal: a provider's staff do their part, and the official sees it", () => {
  let web: Web;
  const a = { providerId: '', unitId: '', followUpId: '', actionId: '' };
  const b = { providerId: '', unitId: '', followUpId: '' };
  let providerA: Actor;

  /** A reported follow-up of the provider's contract with one required action, as the official makes it. */
  async function reportedFollowUp(providerId: string, unitId: string, reference: string) {
    const contract = await web.api(PORTAL_CONTRACT, {
      input: {
        reference,
        title: `Hemtjänst ${reference}`,
        form: 'LOV',
        providerId,
        unitIds: [unitId],
        startDate: '2020-01-01',
        endDate: '2099-12-31',
      },
    });
    const { createFollowUp } = await web.api(PORTAL_FOLLOW_UP, {
      input: {
        type: 'SPECIFIC',
        title: `Avtalsuppföljning ${reference}`,
        contractId: contract.createContract.id,
        plannedOn: today,
        responsible: 'Anna Andersson',
      },
    });
    const id = createFollowUp.id;
    await web.api(PORTAL_PREPARE, {
      input: {
        followUpId: id,
        methods: ['INTERVIEW'],
        checklist: CHECKLIST.map((item) => ({ item, done: true })),
      },
    });
    await web.api(PORTAL_START, { id });
    const reported = await web.api(PORTAL_REPORT, {
      input: {
        followUpId: id,
        findings: 'Genomförandeplanerna saknar brukarens delaktighet.',
        decisionNeeded: false,
        actions: [{ description: 'Uppdatera genomförandeplanerna med brukarna', deadline: '2099-06-30' }],
      },
    });
    return { followUpId: id, actionId: reported.reportFollowUp.actions[0].id };
  }

  beforeAll(async () => {
    web = await startWeb();
    const auth = await web.headers('ADMIN');
    a.providerId = (await registerProvider(web.gatewayUrl, auth, { name: 'Omsorg Norr AB' })).id;
    a.unitId = (
      await registerUnit(web.gatewayUrl, auth, a.providerId, { name: 'Hemtjänst Norr', serviceArea: 'HOME_CARE' })
    ).id;
    b.providerId = (await registerProvider(web.gatewayUrl, auth, { name: 'Söders Vård AB' })).id;
    b.unitId = (
      await registerUnit(web.gatewayUrl, auth, b.providerId, { name: 'Hemtjänst Söder', serviceArea: 'HOME_CARE' })
    ).id;
    Object.assign(a, await reportedFollowUp(a.providerId, a.unitId, 'PORT-A'));
    b.followUpId = (await reportedFollowUp(b.providerId, b.unitId, 'PORT-B')).followUpId;
    providerA = { role: 'PROVIDER', providerId: a.providerId, name: 'Pia Persson' };
  });

  afterAll(async () => {
    await web?.close();
  });

  const dueRow = (page: Page, kind: string, period: string) =>
    page
      .getByRole('table', { name: 'Rapporter per enhet och period' })
      .getByRole('row')
      .filter({ hasText: 'Hemtjänst Norr' })
      .filter({ hasText: kind })
      .filter({ hasText: period });

  it('sees the staffing report missing, is refused with nothing stored, then submits it and sees it in', async () => {
    const page = await web.signedIn('PROVIDER', { provider: 'Omsorg Norr AB' });
    await page.getByText('Du lämnar uppgifter för Omsorg Norr AB').waitFor();
    const period = `${ended.year} halvår ${ended.half}`;
    const row = dueRow(page, 'Bemanningsuppföljning', period);
    await row.getByText('Försenad').waitFor();
    // Only the provider's own units: B's unit is nowhere in A's portal.
    expect(await page.getByText('Hemtjänst Söder').count()).toBe(0);
    await web.shot(page, 'portal-start');

    await row.getByRole('link', { name: /Lämna bemanningsuppföljning/ }).click();
    await page.getByRole('heading', { name: 'Rapporter', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Bemanningsuppföljning' });
    expect(await form.getByLabel('Enhet').inputValue()).toBe(a.unitId);
    await form.getByLabel('Chefer').fill('1');
    await form.getByLabel('Tillsvidareanställda').fill('8');
    await form.getByLabel('Timanställda').fill('3');
    await form.getByLabel('Yrkestitel 1', { exact: true }).fill('Undersköterska');
    await form.getByLabel('Antal med yrkestitel 1').fill('20');
    await form.getByLabel('Sjukfrånvaro (procent)').fill('6,5');
    await form.getByLabel('Personalomsättning (procent)').fill('12');
    await form.getByRole('button', { name: 'Lämna bemanningsuppföljningen' }).click();
    // More job titles than staff: refused next to the job titles, in Swedish; nothing stored.
    const refusal = form.locator('fieldset', { hasText: 'Yrkestitlar' }).locator('.field-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/12/);
    await web.shot(page, 'portal-staffing-refused');
    expect((await web.api(PORTAL_STAFFING_REPORTS, { unitId: a.unitId }, providerA)).staffingReports).toEqual([]);

    await form.getByLabel('Antal med yrkestitel 1').fill('9');
    await form.getByRole('button', { name: 'Lämna bemanningsuppföljningen' }).click();
    await form.getByText(`Bemanningen för Hemtjänst Norr ${period} är inlämnad (version 1).`).waitFor();
    expect((await web.api(PORTAL_STAFFING_REPORTS, { unitId: a.unitId }, providerA)).staffingReports).toEqual([
      {
        year: ended.year,
        half: ended.half,
        version: 1,
        permanent: 8,
        jobTitles: [{ title: 'Undersköterska', headcount: 9 }],
      },
    ]);
    // A resubmission is a new version; the first is kept.
    await form.getByRole('button', { name: 'Lämna bemanningsuppföljningen' }).click();
    await form.getByText(/inlämnad som version 2\. Den tidigare versionen finns kvar/).waitFor();
    const history = page.getByRole('table', { name: 'Bemanningsuppföljningar' });
    await history.getByRole('row').filter({ hasText: period }).nth(1).waitFor();
    await web.shot(page, 'portal-staffing-done');

    await go(page, 'Att göra', 'Att göra');
    await dueRow(page, 'Bemanningsuppföljning', period).getByText('Version 2').waitFor();
    // Judged by the first version: late when it came after the due date.
    const due = (await web.api(PORTAL_REPORTS_DUE, {}, providerA)).reportsDue.find(
      (r) => r.unit.id === a.unitId && r.kind === 'STAFFING' && r.year === ended.year && r.half === ended.half,
    )!;
    expect(due).toMatchObject({ state: today > due.dueOn ? 'SUBMITTED_LATE' : 'SUBMITTED', latestVersion: 2 });
    await dueRow(page, 'Bemanningsuppföljning', period)
      .getByText(ENUM_LABELS.ReportState[due.state], { exact: true })
      .waitFor();
    await page.close();
  });

  it('answers a required action with a plan and then done, at phone width', async () => {
    const page = await web.signedIn('PROVIDER', { provider: 'Omsorg Norr AB', width: 'phone' });
    await page.getByRole('link', { name: 'Uppdatera genomförandeplanerna med brukarna' }).click();
    await page.getByRole('heading', { name: 'Avtalsuppföljning PORT-A', level: 1 }).waitFor();
    const card = page.getByRole('form', { name: /Åtgärdsplan för Uppdatera/ });
    // An empty plan is refused next to the field.
    await card.getByRole('button', { name: 'Skicka åtgärdsplan' }).click();
    await card.locator('.field-error').waitFor();
    expect((await web.api(PORTAL_ACTION_STATE, { id: a.followUpId })).followUp!.actions[0].status).toBe('OPEN');

    await card.getByLabel('Åtgärdsplan').fill('Kontaktpersonerna går igenom planerna med varje brukare före juni.');
    await card.getByRole('button', { name: 'Skicka åtgärdsplan' }).click();
    await page.getByText('Åtgärdsplanen är skickad till kommunen.').waitFor();
    await page.getByRole('button', { name: 'Åtgärden är genomförd' }).click();
    await page.getByText(/Kommunen har fått besked att åtgärden är genomförd/).waitFor();
    await page.getByText('Genomförd', { exact: false }).first().waitFor();
    const { actions } = (await web.api(PORTAL_ACTION_STATE, { id: a.followUpId })).followUp!;
    expect(actions[0]).toEqual({
      status: 'COMPLETED',
      actionPlan: 'Kontaktpersonerna går igenom planerna med varje brukare före juni.',
    });
    await web.shot(page, 'portal-action-done');
    await page.close();
  });

  it('uploads a case-flow file: one bad row refuses it whole, then a good one is stored', async () => {
    await waitFor(
      async () => (await web.api(FORECAST_READINESS, {})).forecastReadiness.some((r) => r.unitId === a.unitId),
      { what: 'the unit to reach forecasting' },
    );
    const stored = async () =>
      (await web.api(CASE_FLOW_REPORTS, { filter: { unitId: a.unitId } }, providerA)).caseFlowReports;
    const file = (rows: [string, number, number, number][]) => ({
      name: 'arendefloden.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'unit_id,service,month,incoming,outgoing,goals_met',
          ...rows.map((r) => [a.unitId, 'HOME_CARE', ...r].join(',')),
        ].join('\n'),
      ),
    });
    const page = await web.signedIn('PROVIDER', { provider: 'Omsorg Norr AB' });
    await go(page, 'Ärenden', 'Ärenden');
    const form = page.getByRole('form', { name: 'Ladda upp ärendeflöden från fil' });
    const picker = form.getByLabel('Välj fil (CSV eller Excel)');
    // The second row's closed cases by reason (3) do not add up to its closed cases (4).
    await picker.setInputFiles(
      file([
        [monthBack(2), 6, 2, 2],
        [monthBack(1), 6, 4, 3],
      ]),
    );
    await form.getByRole('table', { name: 'Fel i filen' }).waitFor();
    expect(await form.getByRole('alert').innerText()).toContain('Filen importerades inte och ingenting sparades.');
    expect(await form.getByRole('button', { name: /^Importera/ }).count()).toBe(0);
    expect(await stored()).toEqual([]);
    await web.shot(page, 'portal-upload-refused');

    await picker.setInputFiles(
      file([
        [monthBack(2), 6, 2, 2],
        [monthBack(1), 6, 4, 4],
      ]),
    );
    await form.getByRole('table', { name: 'Förhandsgranskning, 2 rader' }).waitFor();
    expect(await stored()).toEqual([]);
    await form.getByRole('button', { name: 'Importera 2 rader' }).click();
    await form.getByRole('status').filter({ hasText: '2 rader sparade.' }).waitFor();
    expect((await stored()).map((r) => [r.month, r.outgoing]).sort()).toEqual([
      [monthBack(2), 2],
      [monthBack(1), 4],
    ]);
    await web.shot(page, 'portal-upload-done');
    await page.close();
  });

  it("gets nothing of provider B's: its follow-up by address, and a report for its unit", async () => {
    const page = await web.signedIn('PROVIDER', { provider: 'Omsorg Norr AB' });
    await page.goto(`${web.webUrl}/portal/uppfoljningar/${b.followUpId}`);
    await page.getByText('Uppföljningen finns inte, eller gäller inte er.').waitFor();
    expect(await page.getByText('Avtalsuppföljning PORT-B').count()).toBe(0);
    await page.close();
    const refused = await web
      .api(
        PORTAL_SUBMIT_STAFFING,
        {
          input: {
            unitId: b.unitId,
            year: ended.year,
            half: ended.half,
            managers: 1,
            permanent: 1,
            temporary: 0,
            hourly: 0,
            jobTitles: [],
            sickLeavePercent: 1,
            staffTurnoverPercent: 1,
          },
        },
        providerA,
      )
      .catch((e: Error) => e.message);
    expect(refused).toMatch(/UNKNOWN/);
  });

  it('shows the official what the provider handed in, on the start page', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    const block = page.getByRole('region', { name: 'Nytt från utförarna' });
    await block.getByText(/Bemanningsuppföljning från Omsorg Norr AB, Hemtjänst Norr .*\(version 2\)/).waitFor();
    await block.getByText(/Åtgärdsplan från Omsorg Norr AB: Uppdatera genomförandeplanerna/).waitFor();
    await block.getByText(/Åtgärd genomförd från Omsorg Norr AB/).waitFor();
    await block.getByText(/Ärendeflöden från Omsorg Norr AB, Hemtjänst Norr: 2 månader/).waitFor();
    await web.shot(page, 'portal-official-start');
    await page.close();
  });
});
