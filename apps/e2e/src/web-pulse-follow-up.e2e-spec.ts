import { Page } from 'playwright-core';
import { isoWeekOf, stockholmToday } from '@kvalitetsnav/calendar';
import { waitFor } from '@kvalitetsnav/testing';
import { PULSE_PERIOD_WEEKS, PULSE_WEEK_FOLLOW_UPS } from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { expectInvalid, go, startWeb, Web } from './web/harness';

const HEAT_STROKE = 'Har någon brukare fått värmeslag?';
const COOLING = 'Hur svårt är det att hålla nere värmen inomhus?';

/**
 * A crisis asks its own questions: an official opens a pulse with them, a provider answers them in
 * the portal for each of its two units, and the official sees the answers per unit, provider and
 * week, the signal at one unit, and records the follow-up of it (who called, when, what came of it).
 */
describe('the pulse in the web: its own questions, answers per unit, the follow-up of a signal at a unit', () => {
  let web: Web;
  let official: Page;
  let providerId: string;
  let groupHomeId: string;
  let serviceHomeId: string;
  const GROUP_HOME = 'Gruppbostad Solgläntan';
  const SERVICE_HOME = 'Servicebostad Solgläntan';
  const providerName = `Solgläntans Omsorg ${Date.now() % 100000} AB`;
  const today = stockholmToday();
  const week = isoWeekOf(today);
  const weekText = `vecka ${Number(week.slice(6))}, ${week.slice(0, 4)}`;

  beforeAll(async () => {
    web = await startWeb();
    const headers = await web.headers('QUALITY_OFFICIAL');
    providerId = (await registerProvider(web.gatewayUrl, headers, { name: providerName })).id;
    groupHomeId = (await registerUnit(web.gatewayUrl, headers, providerId, { name: GROUP_HOME })).id;
    serviceHomeId = (
      await registerUnit(web.gatewayUrl, headers, providerId, { name: SERVICE_HOME, serviceArea: 'LSS_SERVICE_HOME' })
    ).id;
    // The provider and its units reach surveys over Kafka: until they have, no unit of it is missing.
    await waitFor(
      async () => {
        const overview = await web.api(PULSE_WEEK_FOLLOW_UPS, { week }, 'QUALITY_OFFICIAL');
        const missing = overview.pulseOverview.missingUnits.filter((u) => u.providerId === providerId);
        return (overview.pulseOverview.missing.some((p) => p.id === providerId) && missing.length === 2) || null;
      },
      { what: 'the provider and its two units to reach surveys' },
    );
    official = await web.signedIn('QUALITY_OFFICIAL');
  });
  afterAll(async () => {
    await official?.close();
    await web?.close();
  });

  it('opens a pulse with its own questions, refusing a question without text first and storing nothing', async () => {
    await go(official, 'Pulsenkät', 'Pulsenkät');
    const form = official.getByRole('form', { name: 'Öppna en pulsperiod' });
    await form.getByLabel('Vad gäller den?').fill('Värmebölja');
    // The four questions it starts from go; the heat wave asks two of its own.
    for (let i = 0; i < 4; i++) await form.getByRole('button', { name: 'Ta bort fråga 1' }).click();
    await form.getByRole('button', { name: 'Lägg till en fråga' }).click();
    await form.getByRole('button', { name: 'Lägg till en fråga' }).click();
    await form.getByLabel('Fråga 1', { exact: true }).fill(HEAT_STROKE);
    await form.getByLabel('Svarstyp för fråga 1').selectOption({ label: 'Ja eller nej' });
    await form.getByRole('button', { name: 'Öppna pulsperioden' }).click();
    await expectInvalid(form.getByLabel('Fråga 2', { exact: true }), 'Text måste fyllas i, med högst 500 tecken.');
    expect((await web.api(PULSE_PERIOD_WEEKS, {}, 'QUALITY_OFFICIAL')).pulsePeriods).toEqual([]);

    await form.getByLabel('Fråga 2', { exact: true }).fill(COOLING);
    await form.getByRole('button', { name: 'Öppna pulsperioden' }).click();
    await official.getByRole('status').filter({ hasText: 'Pulsperioden Värmebölja är öppnad med 2 frågor' }).waitFor();
    const row = official.getByRole('table', { name: /Pulsperioder/ }).getByRole('row', { name: /Värmebölja/ });
    expect(await row.innerText()).toContain(`${HEAT_STROKE} (ja eller nej); ${COOLING} (skala 1–5)`);
    await web.shot(official, 'pulse-own-questions');
  });

  it("lets the provider answer the pulse's own questions in the portal for each of its units", async () => {
    const portal = await web.signedIn('PROVIDER', { provider: providerName });
    try {
      await go(portal, 'Pulsenkät', 'Pulsenkät');
      const units = portal.getByRole('table', { name: /Enheternas svar/ });
      for (const [unit, heatStroke, cooling] of [
        [GROUP_HOME, 'Ja', '4'],
        [SERVICE_HOME, 'Nej', '2'],
      ] as const) {
        await units
          .getByRole('row', { name: new RegExp(unit) })
          .getByText('Inte besvarad')
          .waitFor();
        await portal.getByLabel('Enhet som svaret gäller').selectOption({ label: unit });
        const form = portal.getByRole('form', { name: 'Veckans pulsenkät' });
        await form.getByText(`Ni har inte svarat för ${unit} den här veckan.`).waitFor();
        await form.getByLabel(HEAT_STROKE).selectOption({ label: heatStroke });
        await form.getByLabel(COOLING).selectOption(cooling);
        expect(await form.getByLabel('Bemanning').count()).toBe(0);
        await form.getByRole('button', { name: 'Skicka svaret' }).click();
        await portal
          .getByRole('status')
          .filter({ hasText: `Svaret för ${unit} ${weekText} är sparat (version 1).` })
          .waitFor();
        await units
          .getByRole('row', { name: new RegExp(unit) })
          .getByText('Besvarad (version 1', { exact: false })
          .waitFor();
      }
      await web.shot(portal, 'portal-pulse-own-questions');
    } finally {
      await portal.close();
    }
    const { pulseOverview } = await web.api(PULSE_WEEK_FOLLOW_UPS, { week }, 'QUALITY_OFFICIAL');
    expect(pulseOverview.period?.questions.map((q) => [q.text, q.answerType])).toEqual([
      [HEAT_STROKE, 'YES_NO'],
      [COOLING, 'SCALE'],
    ]);
    const valuesAt = (unitId: string) =>
      pulseOverview.answers.find((a) => a.providerId === providerId && a.unitId === unitId)?.values.map((v) => v.value);
    expect(valuesAt(groupHomeId)).toEqual([1, 4]);
    expect(valuesAt(serviceHomeId)).toEqual([0, 2]);
    expect(pulseOverview.missingUnits.filter((u) => u.providerId === providerId)).toEqual([]);
    expect(pulseOverview.missing.some((p) => p.id === providerId)).toBe(false);
    expect(pulseOverview.signals.filter((s) => s.unitId === serviceHomeId)).toEqual([]);
    expect(pulseOverview.signals.filter((s) => s.unitId === groupHomeId)).toEqual([
      { unitId: groupHomeId, unitName: GROUP_HOME, questionKey: expect.any(String) },
      { unitId: groupHomeId, unitName: GROUP_HOME, questionKey: expect.any(String) },
    ]);
  });

  it('shows the official the answers per unit and provider and the trend per question, and records the follow-up of the signal at its unit', async () => {
    await official.reload();
    await official.getByRole('heading', { name: 'Pulsenkät', level: 1 }).waitFor();
    const perProvider = official.getByRole('table', { name: 'Svar per utförare och vecka' });
    await perProvider.getByRole('columnheader', { name: weekText }).waitFor();
    // The provider's week is its units' worst: the signals at the group home are the provider's.
    const providerRow = perProvider.getByRole('row', { name: new RegExp(providerName) });
    await providerRow.getByText(`${HEAT_STROKE}: ja, ${COOLING}: 4 – 2 signaler, inte uppföljd`).waitFor();
    const perUnit = official.getByRole('table', { name: 'Svar per enhet och vecka' });
    const groupHomeRow = perUnit.getByRole('row', { name: new RegExp(GROUP_HOME) });
    await groupHomeRow.getByText(`${HEAT_STROKE}: ja, ${COOLING}: 4 – 2 signaler, inte uppföljd`).waitFor();
    await perUnit
      .getByRole('row', { name: new RegExp(SERVICE_HOME) })
      .getByText(`${HEAT_STROKE}: nej, ${COOLING}: 2`, { exact: true })
      .waitFor();
    const trend = official.getByRole('table', { name: 'Utvecklingen per fråga' });
    const heatStrokeRow = trend.getByRole('row', { name: new RegExp(HEAT_STROKE.replace('?', '\\?')) });
    await heatStrokeRow.getByText('ja 1, nej 1').waitFor();
    await trend
      .getByRole('row', { name: /Hur svårt/ })
      .getByText('snitt 3 (2 svar, 1 signal)')
      .waitFor();
    // The trend of one unit: the service home's answer alone.
    await official.getByLabel('Utvecklingen för').selectOption({ label: `${SERVICE_HOME} (${providerName})` });
    await heatStrokeRow.getByText('ja 0, nej 1').waitFor();
    await official.getByLabel('Utvecklingen för').selectOption({ label: 'Alla enheter' });
    await heatStrokeRow.getByText('ja 1, nej 1').waitFor();

    const signalsOfWeek = official.getByRole('region', { name: 'Signaler' });
    expect(await signalsOfWeek.getByRole('group', { name: new RegExp(SERVICE_HOME) }).count()).toBe(0);
    const at = `${GROUP_HOME} (${providerName})`;
    const signals = official.getByRole('group', { name: `Signaler från ${at}` });
    await signals.getByText(`${HEAT_STROKE}: ja`).waitFor();
    await signals.getByText('Inte uppföljd ännu.').waitFor();
    const form = signals.getByRole('form', { name: `Följ upp signalen från ${at}` });
    await form.getByLabel('Vem tog kontakten').fill('Karin Kvist');
    await form.getByLabel('Utfall').selectOption({ label: 'Åtgärd behövs' });
    await form.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await expectInvalid(
      form.getByLabel('Vad kom ut av kontakten'),
      'Vad kom ut av kontakten måste fyllas i, med högst 5000 tecken.',
    );
    expect((await web.api(PULSE_WEEK_FOLLOW_UPS, { week }, 'QUALITY_OFFICIAL')).pulseOverview.followUps).toEqual([]);

    await form
      .getByLabel('Vad kom ut av kontakten')
      .fill('Ringde föreståndaren. Fläktar köps in i dag, läkare bedömer brukaren.');
    await form.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await official
      .getByRole('status')
      .filter({ hasText: `Uppföljningen av ${at}` })
      .waitFor();
    const followUps = signals.getByRole('table', { name: `Uppföljning av signalerna från ${at}` });
    const followUpRow = followUps.getByRole('row', { name: /Karin Kvist/ });
    expect(await followUpRow.innerText()).toContain('Åtgärd behövs');
    expect(await followUpRow.innerText()).toContain(today);
    expect(await followUpRow.innerText()).toContain(GROUP_HOME);
    await providerRow.getByText(/2 signaler, uppföljd: åtgärd behövs/).waitFor();
    await groupHomeRow.getByText(/2 signaler, uppföljd: åtgärd behövs/).waitFor();
    await web.shot(official, 'pulse-follow-up');

    expect((await web.api(PULSE_WEEK_FOLLOW_UPS, { week }, 'QUALITY_OFFICIAL')).pulseOverview.followUps).toEqual([
      {
        providerId,
        unitId: groupHomeId,
        contactedBy: 'Karin Kvist',
        contactedOn: today,
        outcome: 'ACTION_NEEDED',
        outcomeText: 'Ringde föreståndaren. Fläktar köps in i dag, läkare bedömer brukaren.',
      },
    ]);
  });
});
