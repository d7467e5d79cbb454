import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Page } from 'playwright-core';
import { postGraphQL } from '@kvalitetsnav/testing';
import type { TypedDocumentString } from './__generated__/graphql';
import {
  COMPLETE_FOLLOW_UP_ACTION,
  CREATE_CONTRACT_FOR_FOLLOW_UP,
  CREATE_FOLLOW_UP,
  FOLLOW_UP_STATE,
  FOLLOW_UPS_OF_YEAR,
  SUBMIT_ACTION_PLAN,
} from './gateway-operations';
import { issueApiKey, registerProvider, registerUnit } from './register';
import { answerTo, go, inSwedish, startWeb, Web } from './web/harness';

const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
const year = Number(today.slice(0, 4));
const half = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
const lastDayOfHalf = `${year}-${half === 1 ? '06-30' : '12-31'}`;
const daysFromToday = (n: number) => new Date(Date.parse(today) + n * 86_400_000).toISOString().slice(0, 10);
const THIRD_WORDS = {
  COMPLAINTS: 'utifrån synpunkter och klagomål',
  ORDERING: 'från beställarfunktionens lista',
  RISK: 'utifrån risk och allvarlighet',
  RANDOM: 'slumpmässigt',
} as const;

describe('follow-ups in the web: selection, report, re-check, board and publishing', () => {
  let web: Web;
  let providerKey: Record<string, string>;
  const references = ['UPP-01', 'UPP-02', 'UPP-03', 'UPP-04'];
  const contractIds: Record<string, string> = {};
  /** The two follow-ups the official planned from the selection, by contract reference. */
  const planned: { reference: string; id: string; responsible: string; plannedOn: string }[] = [];

  /** As the provider's own system: through the gateway with its API key. */
  async function provider<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
    const answer = await postGraphQL(`${web.gatewayUrl}/graphql`, document, variables, providerKey);
    if (answer.errors?.length || !answer.data) throw new Error(`refused: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  }
  const followUp = async (id: string) => (await web.api(FOLLOW_UP_STATE, { id })).followUp!;
  const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 }).waitFor();

  beforeAll(async () => {
    web = await startWeb();
    const auth = await web.headers('ADMIN');
    const { id: providerId } = await registerProvider(web.gatewayUrl, auth, { name: 'Björkens Vård AB' });
    const { id: unitId } = await registerUnit(web.gatewayUrl, auth, providerId, {
      name: 'Hemtjänst Björken',
      serviceArea: 'HOME_CARE',
    });
    for (const reference of references)
      contractIds[reference] = (
        await web.api(CREATE_CONTRACT_FOR_FOLLOW_UP, {
          input: {
            reference,
            title: `Hemtjänst ${reference}`,
            form: 'LOV',
            providerId,
            unitIds: [unitId],
            startDate: '2020-01-01',
            endDate: '2099-12-31',
          },
        })
      ).createContract.id;
    providerKey = await issueApiKey(web.gatewayUrl, auth, providerId);
  });

  afterAll(async () => {
    await web?.close();
  });

  it('selects by the thirds with an ordered list, and plans exactly the two proposals chosen, with responsible and date', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL', { width: 'desktop' });
    await go(page, 'Uppföljning', 'Uppföljning av avtal');
    await page.getByLabel('Fokusområden (kommaseparerade)').fill('Bemanning, Delaktighet');
    await page.getByRole('button', { name: 'Spara plan' }).click();
    await page.getByRole('table', { name: 'Fördjupade uppföljningar mot målet' }).waitFor();

    // The plan saved with the form's first periods, the calendar halves: period 1 is January–June.
    await page.getByLabel('Planperiod', { exact: true }).selectOption(String(half));
    await page.getByLabel('Antal platser').fill('3');
    // The ordering list: added one by one, then put in order with the buttons (keyboard for one of them).
    const picker = page.getByRole('group', { name: 'Beställarfunktionens val (i prioritetsordning)' });
    for (const reference of ['UPP-03', 'UPP-01']) {
      await picker.getByLabel('Avtal att lägga till').selectOption({ label: `${reference} Hemtjänst ${reference}` });
      await picker.getByRole('button', { name: 'Lägg till i listan' }).click();
    }
    const list = picker.getByRole('list', { name: 'Beställarfunktionens val (i prioritetsordning)' });
    expect(await list.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('UPP-03'),
      expect.stringContaining('UPP-01'),
    ]);
    await picker.getByRole('button', { name: 'Flytta upp UPP-01 Hemtjänst UPP-01' }).focus();
    await page.keyboard.press('Enter');
    expect(await list.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('UPP-01'),
      expect.stringContaining('UPP-03'),
    ]);
    await picker.getByLabel('Avtal att lägga till').selectOption({ label: 'UPP-04 Hemtjänst UPP-04' });
    await picker.getByRole('button', { name: 'Lägg till i listan' }).click();
    await picker.getByRole('button', { name: 'Ta bort UPP-04 Hemtjänst UPP-04' }).click();
    expect(await list.getByRole('listitem').count()).toBe(2);

    const drawn = answerTo(page, 'PlanFollowUps');
    await page.getByRole('button', { name: 'Gör urval' }).click();
    const selection = (await drawn).data.planFollowUps;
    expect(selection.proposals).toHaveLength(3);
    expect(selection.proposals.find((p: { third: string }) => p.third === 'ORDERING').contractId).toBe(
      contractIds['UPP-01'],
    );
    const proposals = page.getByRole('form', { name: 'Planera valda förslag' });
    await proposals.waitFor();
    // The summary says what the draw picked, third by third, as the API's proposals have it.
    const summary = await page.getByRole('region', { name: 'Förslag' }).locator('p').first().innerText();
    expect(summary).toContain('Urvalet gav 3 avtal');
    for (const [third, words] of Object.entries(THIRD_WORDS)) {
      const n = selection.proposals.filter((p: { third: string }) => p.third === third).length;
      expect(summary).toContain(`${n} ${words}`);
    }
    expect(await proposals.getByRole('row', { name: /UPP-01/ }).innerText()).toContain(
      'nummer 1 på beställarfunktionens lista',
    );
    await web.shot(page, 'follow-ups-selection');

    // Accept UPP-01 (from the list) and the first other proposal; the third is left out.
    const others = selection.proposals.filter((p: { reference: string }) => p.reference !== 'UPP-01');
    const [chosen, notChosen] = [others[0].reference as string, others[1].reference as string];
    const choices = [
      { reference: 'UPP-01', responsible: 'Anna Andersson', plannedOn: lastDayOfHalf },
      { reference: chosen, responsible: 'Bo Berg', plannedOn: today },
    ];
    for (const c of choices) {
      await proposals.getByLabel(`Planera ${c.reference}`).check();
      await proposals.getByLabel(`Ansvarig tjänsteman för ${c.reference}`).fill(c.responsible);
    }
    // A date outside the plan period is refused beside its field, in Swedish, and nothing is planned.
    const outside = `${year + 1}-01-15`;
    await proposals.getByLabel('Planerat datum för UPP-01').fill(outside);
    await proposals.getByLabel(`Planerat datum för ${chosen}`).fill(today);
    const refused = answerTo(page, 'AcceptFollowUpProposals');
    await proposals.getByRole('button', { name: 'Planera valda uppföljningar (2)' }).click();
    const refusal = await refused;
    expect(refusal.errors?.[0].extensions).toMatchObject({
      rule: 'PLANNED_OUTSIDE_PERIOD',
      field: 'proposals.0.plannedOn',
    });
    const dateField = proposals.getByLabel('Planerat datum för UPP-01');
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await dateField.getAttribute('aria-invalid')).toBe('true');
    const message = page.locator(`[id="${await dateField.getAttribute('aria-describedby')}"]`);
    expect(await message.innerText()).toBe(inSwedish(refusal)[0]);
    expect(inSwedish(refusal)[0]).toContain('ligger utanför urvalets planperiod');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Planerat datum för UPP-01',
    );
    const ofSelection = async () =>
      (await web.api(FOLLOW_UPS_OF_YEAR, { year })).followUps.filter((f) => f.selectionId === selection.id);
    expect(await ofSelection()).toEqual([]);
    await web.shot(page, 'follow-ups-accept-refused');

    await dateField.fill(lastDayOfHalf);
    await proposals.getByRole('button', { name: 'Planera valda uppföljningar (2)' }).click();
    await page.getByRole('status').filter({ hasText: '2 uppföljningar planerades.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('2 uppföljningar planerades.');

    const stored = await ofSelection();
    expect(
      stored.map((f) => [f.contract?.reference, f.responsible, f.plannedOn]).sort((a, b) => a[0]!.localeCompare(b[0]!)),
    ).toEqual(choices.map((c) => [c.reference, c.responsible, c.plannedOn]).sort((a, b) => a[0].localeCompare(b[0])));
    const all = (await web.api(FOLLOW_UPS_OF_YEAR, { year })).followUps;
    for (const reference of [
      notChosen,
      ...references.filter((r) => !selection.proposals.some((p: { reference: string }) => p.reference === r)),
    ])
      expect(all.filter((f) => f.contract?.reference === reference)).toEqual([]);
    // On screen too: the year's list shows both, with their responsible official and date.
    const table = page.getByRole('table', { name: `Uppföljningar planerade ${year}` });
    for (const c of choices) {
      const row = table.getByRole('row', { name: new RegExp(`Fördjupad uppföljning ${c.reference}`) });
      await row.waitFor();
      expect(await row.innerText()).toContain(c.responsible);
      expect(await row.innerText()).toContain(c.plannedOn);
    }
    expect(await table.getByRole('row', { name: new RegExp(notChosen) }).count()).toBe(0);
    await web.shot(page, 'follow-ups-planned');
    for (const c of choices) planned.push({ ...c, id: stored.find((f) => f.contract?.reference === c.reference)!.id });
    await page.close();
  });

  it('takes a follow-up through report, the provider’s action plan, a re-check with one action not met, to closed and published (phone)', async () => {
    const [first] = planned;
    const page = await web.signedIn('QUALITY_OFFICIAL', { width: 'phone' });
    await page.goto(`${web.webUrl}/uppfoljning/${first.id}`);
    await heading(page, `Fördjupad uppföljning ${first.reference}`);
    await page.getByText(`${first.responsible} / –`).waitFor();
    await page.getByLabel('Biträdande tjänsteman').fill('Bo Berg');
    await page.getByLabel('Intervju').check();
    await page.getByLabel('Dokumentgranskning').check();
    for (const item of [
      'Läst avtalet',
      'Gått igenom synpunkter och klagomål',
      'Läst verksamhetsberättelsen',
      'Hämtat in uppgifter från MAS/MAR',
      'Hämtat in uppgifter från IT-system',
    ])
      await page.getByLabel(item).check();
    await page.getByRole('button', { name: 'Spara förberedelser' }).click();
    await page.getByRole('status').filter({ hasText: 'Förberedelserna är sparade.' }).waitFor();
    await page.getByRole('button', { name: 'Starta uppföljningen' }).click();
    await page.getByRole('status').filter({ hasText: 'Uppföljningen har startat.' }).waitFor();

    const report = page.getByRole('form', { name: 'Rapport' });
    await report.getByLabel('Iakttagelser').fill('Genomförandeplaner saknas för två brukare. Rutin för larm saknas.');
    await report.getByLabel('Ärendet behöver beslut i nämnden').check();
    await report.getByLabel('Åtgärd 1').fill('Upprätta genomförandeplaner');
    await report.getByLabel('Senast').fill(daysFromToday(30));
    await report.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    await report.getByLabel('Åtgärd 2').fill('Skriv en rutin för larm');
    await report.getByLabel('Senast').nth(1).fill(daysFromToday(30));
    await report.getByRole('button', { name: 'Rapportera' }).click();
    await page.getByRole('status').filter({ hasText: 'Uppföljningen är rapporterad.' }).waitFor();

    // The provider's system sends its action plans and reports them done.
    const [plans, alarm] = await (async () => {
      const { actions } = await followUp(first.id);
      return [
        actions.find((a) => a.description === 'Upprätta genomförandeplaner')!,
        actions.find((a) => a.description === 'Skriv en rutin för larm')!,
      ];
    })();
    for (const action of [plans, alarm]) {
      await provider(SUBMIT_ACTION_PLAN, { input: { actionId: action.id, plan: `Plan för: ${action.description}` } });
      await provider(COMPLETE_FOLLOW_UP_ACTION, { actionId: action.id });
    }
    await page.reload();
    await heading(page, `Fördjupad uppföljning ${first.reference}`);
    const actionsTable = page.getByRole('table', { name: 'Krav på åtgärder' });
    expect(await actionsTable.getByRole('row', { name: /Skriv en rutin för larm/ }).innerText()).toContain(
      'Plan för: Skriv en rutin för larm',
    );

    const planCheck = page.getByRole('form', { name: 'Återkontroll av Upprätta genomförandeplaner' });
    await planCheck.getByLabel('Uppfyllt', { exact: true }).check();
    await planCheck.getByLabel('Anteckning').fill('Planerna finns för alla brukare.');
    await planCheck.getByRole('button', { name: 'Spara återkontroll' }).click();
    await page.getByRole('status').filter({ hasText: 'Upprätta genomförandeplaner är uppfylld' }).waitFor();

    // Not met: a new deadline in the past is refused beside its field and nothing is stored.
    const alarmCheck = page.getByRole('form', { name: 'Återkontroll av Skriv en rutin för larm' });
    await alarmCheck.getByLabel('Inte uppfyllt').check();
    await alarmCheck.getByLabel('Anteckning').fill('Rutinen saknar ansvarsfördelning nattetid.');
    await alarmCheck.getByLabel('Ny tidsfrist').fill(daysFromToday(-1));
    const refused = answerTo(page, 'RecheckFollowUpAction');
    await alarmCheck.getByRole('button', { name: 'Spara återkontroll' }).click();
    const refusal = await refused;
    expect(refusal.errors?.[0].extensions).toMatchObject({ rule: 'DEADLINE_PASSED', field: 'newDeadline' });
    const deadline = alarmCheck.getByLabel('Ny tidsfrist');
    await alarmCheck.locator('[aria-invalid="true"]').waitFor();
    const message = page.locator(`[id="${await deadline.getAttribute('aria-describedby')}"]`);
    expect(await message.innerText()).toBe(inSwedish(refusal)[0]);
    expect((await followUp(first.id)).actions.find((a) => a.id === alarm.id)).toMatchObject({
      status: 'COMPLETED',
      rechecks: [],
    });
    await web.shot(page, 'follow-ups-recheck-refused');
    const newDeadline = daysFromToday(14);
    await deadline.fill(newDeadline);
    await alarmCheck.getByRole('button', { name: 'Spara återkontroll' }).click();
    await page.getByRole('status').filter({ hasText: 'inte uppfylld och går tillbaka till utföraren' }).waitFor();
    const alarmRow = actionsTable.getByRole('row', { name: /Skriv en rutin för larm/ });
    expect(await alarmRow.innerText()).toContain(
      `${today}: Inte uppfyllt – Rutinen saknar ansvarsfördelning nattetid. (ny tidsfrist ${newDeadline})`,
    );
    expect(await alarmRow.innerText()).toContain('Åtgärdsplan inkommen');
    expect((await followUp(first.id)).actions.find((a) => a.id === alarm.id)).toMatchObject({
      status: 'PLAN_RECEIVED',
      deadline: newDeadline,
      rechecks: [{ met: false, note: 'Rutinen saknar ansvarsfördelning nattetid.', newDeadline }],
    });

    // Not closed while an action is not verified: the API's rule, in Swedish.
    const early = answerTo(page, 'CloseFollowUp');
    await page.getByRole('button', { name: 'Avsluta uppföljningen' }).click();
    const earlyAnswer = await early;
    expect(earlyAnswer.errors?.[0].extensions).toMatchObject({ rule: 'ACTIONS_NOT_VERIFIED' });
    await page
      .getByRole('alert')
      .filter({ hasText: inSwedish(earlyAnswer)[0] })
      .waitFor();
    await web.shot(page, 'follow-ups-not-met');

    // The provider completes it again; the next re-check finds it met.
    await provider(COMPLETE_FOLLOW_UP_ACTION, { actionId: alarm.id });
    await page.reload();
    await heading(page, `Fördjupad uppföljning ${first.reference}`);
    const again = page.getByRole('form', { name: 'Återkontroll av Skriv en rutin för larm' });
    await again.getByLabel('Uppfyllt', { exact: true }).check();
    await again.getByLabel('Anteckning').fill('Rutinen är på plats.');
    await again.getByRole('button', { name: 'Spara återkontroll' }).click();
    await page.getByRole('status').filter({ hasText: 'Skriv en rutin för larm är uppfylld' }).waitFor();
    expect(await alarmRow.innerText()).toContain('Inte uppfyllt – Rutinen saknar ansvarsfördelning nattetid.');
    expect(await alarmRow.innerText()).toContain('Uppfyllt – Rutinen är på plats.');

    await page.getByRole('button', { name: 'Avsluta uppföljningen' }).click();
    await page.getByRole('status').filter({ hasText: 'Uppföljningen är avslutad.' }).waitFor();
    const publicPath = `/public/follow-ups/${first.id}/rapport.html`;
    expect((await fetch(`${web.webUrl}${publicPath}`)).status).toBe(404);
    const reportCard = page.getByRole('region', { name: 'Uppföljningsrapport' });
    await reportCard.getByRole('button', { name: 'Förhandsgranska rapport' }).click();
    const preview = page.frameLocator('iframe[title="Förhandsgranskning av uppföljningsrapporten"]');
    await preview.getByRole('heading', { name: 'Iakttagelser' }).waitFor();
    await page.getByRole('button', { name: 'Publicera', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Rapporten är publicerad.' }).waitFor();
    const facts = page.locator('dl.facts');
    await facts.getByText('Rapporten publicerad').waitFor();
    const factsText = await facts.innerText();
    expect(factsText).toMatch(new RegExp(`Avslutad\\s+${today}`));
    expect(factsText).toMatch(new RegExp(`Rapporten publicerad\\s+${today}`));
    expect(await followUp(first.id)).toMatchObject({ status: 'CLOSED', closedOn: today, publishedOn: today });
    const publicUrl = `${web.webUrl}${publicPath}`;
    await reportCard.getByRole('link', { name: publicUrl }).waitFor();
    // The municipality's website links here: a fresh browser with no sign-in reads the published report.
    const visitor = await web.browser.newContext({ locale: 'sv-SE' });
    const outside = await visitor.newPage();
    const answer = await outside.goto(publicUrl);
    expect(answer?.status()).toBe(200);
    for (const name of ['Bakgrund', 'Metod', 'Iakttagelser', 'Krav på åtgärder', 'Utförarens svar'])
      await outside.getByRole('heading', { name, level: 2 }).waitFor();
    const text = await outside.locator('body').innerText();
    expect(text).toContain('Genomförandeplaner saknas för två brukare.');
    expect(text).toContain('Plan för: Upprätta genomförandeplaner');
    expect(text).toContain('Björkens Vård AB');
    expect(text).not.toContain(first.responsible);
    expect(text).not.toContain('Bo Berg');
    await visitor.close();
    const pdf = await fetch(`${web.gatewayUrl}/public/follow-ups/${first.id}/rapport.pdf`);
    expect(pdf.status).toBe(200);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
    const pdfPath = path.join(os.tmpdir(), `uppfoljningsrapport-${first.id}.pdf`);
    writeFileSync(pdfPath, bytes);
    const pdfText = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
    for (const words of ['Bakgrund', 'Iakttagelser', 'Utförarens svar', 'Upprätta genomförandeplaner'])
      expect(pdfText).toContain(words);
    // Unknown, malformed and signed-in-only addresses tell an anonymous caller nothing.
    for (const route of [
      `/public/follow-ups/${planned[1].id}/rapport.html`,
      `/public/follow-ups/00000000-0000-4000-8000-000000000000/rapport.pdf`,
      `/public/follow-ups/not-an-id/rapport.html`,
    ])
      expect((await fetch(`${web.gatewayUrl}${route}`)).status).toBe(404);
    expect((await fetch(`${web.gatewayUrl}/reports/follow-ups/${first.id}/report.html`)).status).toBe(401);
    await web.shot(page, 'follow-ups-published');
    await page.close();
  });

  it('presents a decision case to the board from the queue on the follow-ups page', async () => {
    const [first] = planned;
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await go(page, 'Uppföljning', 'Uppföljning av avtal');
    const queue = page.getByRole('table', { name: 'Rapporterade uppföljningar med beslutsärende' });
    const row = queue.getByRole('row', { name: new RegExp(`Fördjupad uppföljning ${first.reference}`) });
    await row.waitFor();
    const form = row.getByRole('form', { name: `Redovisa Fördjupad uppföljning ${first.reference} för nämnden` });
    await form.getByLabel('Nämndsammanträde').fill(daysFromToday(-3));
    const refused = answerTo(page, 'PresentFollowUpToBoard');
    await form.getByRole('button', { name: 'Redovisa för nämnden' }).click();
    const refusal = await refused;
    expect(refusal.errors?.[0].extensions).toMatchObject({ rule: 'MEETING_BEFORE_REPORT', field: 'meetingOn' });
    await form
      .locator('.field-error')
      .filter({ hasText: inSwedish(refusal)[0] })
      .waitFor();
    expect((await followUp(first.id)).boardMeetingOn).toBeNull();
    const meetingOn = daysFromToday(7);
    await form.getByLabel('Nämndsammanträde').fill(meetingOn);
    await form.getByRole('button', { name: 'Redovisa för nämnden' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `redovisas för nämnden ${meetingOn}` })
      .waitFor();
    await page.getByText('Inga ärenden väntar på nämnden.').waitFor();
    expect((await followUp(first.id)).boardMeetingOn).toBe(meetingOn);
    await web.shot(page, 'follow-ups-board');
    await page.close();
  });

  it('cancels a follow-up with its reason', async () => {
    const [, second] = planned;
    const page = await web.signedIn('QUALITY_OFFICIAL');
    await page.goto(`${web.webUrl}/uppfoljning/${second.id}`);
    await heading(page, `Fördjupad uppföljning ${second.reference}`);
    const refusedPublish = answerTo(page, 'PublishFollowUpReport');
    await page.getByRole('button', { name: 'Publicera', exact: true }).click();
    await page
      .getByRole('region', { name: 'Uppföljningsrapport' })
      .getByText(inSwedish(await refusedPublish)[0])
      .waitFor();
    expect(await followUp(second.id)).toMatchObject({ status: 'PLANNED', publishedOn: null });
    const form = page.getByRole('form', { name: 'Ställ in uppföljningen' });
    const refused = answerTo(page, 'CancelFollowUp');
    await form.getByRole('button', { name: 'Ställ in uppföljningen' }).click();
    const refusal = await refused;
    expect(refusal.errors?.[0].extensions).toMatchObject({ field: 'reason' });
    await form
      .locator('.field-error')
      .filter({ hasText: inSwedish(refusal)[0] })
      .waitFor();
    expect((await followUp(second.id)).status).toBe('PLANNED');
    await form.getByLabel('Orsak').fill('Avtalet sägs upp vid årsskiftet.');
    await form.getByRole('button', { name: 'Ställ in uppföljningen' }).click();
    await page.getByRole('status').filter({ hasText: 'Uppföljningen är inställd.' }).waitFor();
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toContain('Inställd');
    expect(facts).toContain('Avtalet sägs upp vid årsskiftet.');
    expect(await followUp(second.id)).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'Avtalet sägs upp vid årsskiftet.',
    });
    await web.shot(page, 'follow-ups-cancelled');
    await page.close();
  });

  it('lists the follow-ups paged, sorted and filtered by the API, with provider and unit columns', async () => {
    for (let i = 1; i <= 25; i++)
      await web.api(CREATE_FOLLOW_UP, {
        input: {
          type: 'OVERARCHING',
          title: `Övergripande uppföljning ${String(i).padStart(2, '0')}`,
          plannedOn: `${year}-${half === 1 ? '06' : '12'}-${String(1 + (i % 28)).padStart(2, '0')}`,
        },
      });
    const page = await web.signedIn('QUALITY_OFFICIAL', { width: 'phone' });
    const listed = answerTo(page, 'FollowUpsPageList');
    await go(page, 'Uppföljning', 'Uppföljning av avtal');
    const first = (await listed).data.followUpsPage;
    expect(first).toMatchObject({ total: 27, offset: 0, limit: 25 });
    expect(first.items).toHaveLength(25);
    const list = page.getByRole('region', { name: `Uppföljningar ${year}` });
    const table = list.getByRole('table', { name: `Uppföljningar planerade ${year}` });
    await list.getByText('Visar 1–25 av 27').waitFor();
    await list.getByRole('button', { name: 'Nästa sida' }).click();
    await list.getByText('Visar 26–27 av 27').waitFor();
    expect(await table.getByRole('row').count()).toBe(3);

    // Sorted by provider in the database: the two with a provider come first, across all pages.
    await list.getByRole('button', { name: 'Utförare' }).click();
    await list.getByText('Visar 1–25 av 27').waitFor();
    expect(await table.getByRole('columnheader', { name: 'Utförare' }).getAttribute('aria-sort')).toBe('ascending');
    const rows = table.getByRole('row');
    for (const n of [1, 2]) {
      expect(await rows.nth(n).innerText()).toContain('Björkens Vård AB');
      expect(await rows.nth(n).innerText()).toContain('Hemtjänst Björken');
    }
    expect(await rows.nth(3).innerText()).toContain('Övergripande uppföljning');
    await web.shot(page, 'follow-ups-list-phone');

    await list.getByLabel('Utförare').selectOption({ label: 'Björkens Vård AB' });
    await list.getByText('Visar 1–2 av 2').waitFor();
    await list.getByLabel('Enhet').selectOption({ label: 'Hemtjänst Björken' });
    await list.getByText('Visar 1–2 av 2').waitFor();
    await list.getByLabel('Status').selectOption({ label: 'Inställd' });
    await list.getByText('Visar 1–1 av 1').waitFor();
    expect(await rows.nth(1).innerText()).toContain(`Fördjupad uppföljning ${planned[1].reference}`);
    await list.getByLabel('Status').selectOption({ label: 'Alla' });
    await list.getByLabel('Sök uppföljning').fill(planned[0].reference);
    await list.getByText('Visar 1–1 av 1').waitFor();
    expect(await rows.nth(1).innerText()).toContain(`Fördjupad uppföljning ${planned[0].reference}`);
    await page.close();
  });

  it('offers MANAGER no button the API refuses it', async () => {
    const page = await web.signedIn('MANAGER');
    await go(page, 'Uppföljning', 'Uppföljning av avtal');
    await page.getByRole('heading', { name: 'Ärenden till nämnden' }).waitFor();
    await page.getByRole('table', { name: `Uppföljningar planerade ${year}` }).waitFor();
    const writes = /^(Spara plan|Gör urval|Planera valda|Redovisa för nämnden|Lägg till i listan)/;
    expect((await page.getByRole('button').allInnerTexts()).filter((b) => writes.test(b))).toEqual([]);
    for (const { id, reference } of planned) {
      await page.goto(`${web.webUrl}/uppfoljning/${id}`);
      await heading(page, `Fördjupad uppföljning ${reference}`);
      await page.locator('dl.facts').waitFor();
      // Reading the report is MANAGER's too (the gateway serves it); publishing is not.
      const reads = /Meny|Logga ut|Förhandsgranska rapport|Ladda ner PDF|Kopiera adressen/;
      const buttons = (await page.getByRole('button').allInnerTexts()).filter((b) => !reads.test(b));
      expect(buttons).toEqual([]);
      expect(await page.getByRole('form').count()).toBe(0);
    }
    await web.shot(page, 'follow-ups-manager');
    await page.close();
  });
});
