import { Page } from 'playwright-core';
import { addDays, isoWeekOf, stockholmToday } from '@kvalitetsnav/calendar';
import { findPersonalIdentityNumbers } from '@kvalitetsnav/swedish-ids';
import { startTestSmtpServer, TestSmtpServer, waitFor } from '@kvalitetsnav/testing';
import { CONTACTS_OF_PROVIDER, PULSE_PERIOD_WEEKS, RECORDED_REMINDERS, RUN_REMINDERS_NOW } from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { expectInvalid, go, startWeb, Web } from './web/harness';

const WEB_URL = 'https://kvalitetsnav.kommun.example.se';
const CONTACT = 'eva.ek@eken.example.se';
const PULSE_CONTACT = 'pia.puls@eken.example.se';

/**
 * Reminders that arrive: an official adds a provider's contact, presses "Skicka påminnelser nu",
 * and the test's own SMTP server receives the Swedish reminder of the missing business report once.
 * Last year's business report is due 31 March and is reminded of from 17 March: before that the
 * rule sends nothing for it, and that is what this test then checks instead.
 */
const today = stockholmToday();
const businessReportReminded = today >= `${today.slice(0, 4)}-03-17`;

describe('reminders in the web: contacts, sending now, the Utskick page (real SMTP server in the test)', () => {
  let smtp: TestSmtpServer;
  let web: Web;
  let page: Page;
  let providerId: string;
  const providerName = `Ekens Omsorg ${Date.now() % 100000} AB`;
  const businessMails = () => smtp.to(CONTACT).filter((m) => m.subject.includes('verksamhetsberättelse för'));

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    web = await startWeb({
      contractsEnv: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Kvalitetsnav <kvalitetsnav@kommun.example.se>',
        WEB_URL,
        REMINDER_DIGEST_TO: 'kvalitet@kommun.example.se',
      },
    });
    const headers = await web.headers('QUALITY_OFFICIAL');
    providerId = (await registerProvider(web.gatewayUrl, headers, { name: providerName })).id;
    // A unit without last year's business report.
    await registerUnit(web.gatewayUrl, headers, providerId, { name: 'Gruppbostad Eken' });
    page = await web.signedIn('QUALITY_OFFICIAL');
  });
  afterAll(async () => {
    await page?.close();
    await web?.close();
    await smtp?.close();
  });

  const contactsInApi = async () =>
    (await web.api(CONTACTS_OF_PROVIDER, { id: providerId }, 'QUALITY_OFFICIAL')).provider?.contacts;

  it('refuses an e-mail address that is not one, in Swedish next to the field, and stores nothing', async () => {
    await go(page, 'Utförare', 'Utförare och enheter');
    await page.getByRole('link', { name: providerName }).click();
    await page.getByRole('heading', { name: providerName, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Kontaktpersoner', level: 2 }).waitFor();
    const form = page.getByRole('form', { name: 'Lägg till kontaktperson' });
    await form.getByLabel('Namn', { exact: true }).fill('Eva Ek');
    await form.getByLabel('E-post').fill('eva.ek@eken');
    const topics = form.getByRole('group', { name: 'Vill få besked om' });
    await topics.getByLabel('Rapporter').check();
    await topics.getByLabel('Åtgärder').uncheck();
    await topics.getByLabel('Pulsenkät').uncheck();
    await form.getByRole('button', { name: 'Lägg till kontaktperson' }).click();
    await expectInvalid(
      form.getByLabel('E-post'),
      '”eva.ek@eken” är ingen e-postadress. Skriv den som namn@exempel.se.',
    );
    await web.shot(page, 'reminders-contact-refused');
    expect(await contactsInApi()).toEqual([]);
  });

  it('adds the contact for reports, shown in the list and stored', async () => {
    const form = page.getByRole('form', { name: 'Lägg till kontaktperson' });
    await form.getByLabel('E-post').fill(CONTACT);
    await form.getByRole('button', { name: 'Lägg till kontaktperson' }).click();
    await page.getByRole('status').filter({ hasText: 'Kontaktpersonen Eva Ek är tillagd.' }).waitFor();
    const row = page
      .getByRole('table', { name: 'Kontaktpersoner som får påminnelser' })
      .getByRole('row', { name: /Eva Ek/ });
    expect(await row.innerText()).toContain('Rapporter');
    expect(await contactsInApi()).toEqual([{ name: 'Eva Ek', email: CONTACT, topics: ['REPORTS'] }]);
  });

  (businessReportReminded ? it.skip : it)('sends no business-report reminder before 17 March', async () => {
    await go(page, 'Utskick', 'Utskick');
    await page.getByRole('button', { name: 'Skicka påminnelser nu' }).click();
    await page.getByRole('status').waitFor();
    expect(businessMails()).toEqual([]);
  });

  (businessReportReminded ? it : it.skip)(
    'sends the reminder of the missing business report once when "Skicka påminnelser nu" is pressed',
    async () => {
      await go(page, 'Utskick', 'Utskick');
      expect(await page.getByText('E-post är avstängd här').count()).toBe(0);
      await page.getByRole('button', { name: 'Skicka påminnelser nu' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /skickade?\./ })
        .waitFor();
      const [mail, ...more] = await waitFor(async () => (businessMails().length ? businessMails() : null), {
        what: 'the reminder at the SMTP server',
      });
      expect(more).toEqual([]);
      expect(mail.subject).toMatch(/^(Försenad|Påminnelse): verksamhetsberättelse för \d{4} /);
      expect(mail.text).toContain(providerName);
      expect(mail.text).toContain('- Gruppbostad Eken');
      expect(mail.text).toContain(`${WEB_URL}/portal`);
      expect(findPersonalIdentityNumbers(mail.text)).toEqual([]);
      for (const any of smtp.to(CONTACT)) expect(findPersonalIdentityNumbers(any.subject + any.text)).toEqual([]);

      const row = page.getByRole('row').filter({ hasText: mail.subject }).filter({ hasText: CONTACT });
      expect(await row.innerText()).toContain('Skickad');
      await row.getByRole('button', { name: /Visa texten/ }).click();
      expect(await page.locator('pre.mail-text').first().innerText()).toContain(`${WEB_URL}/portal`);
      await web.shot(page, 'reminders-sent');
      const recorded = (await web.api(RECORDED_REMINDERS, {}, 'QUALITY_OFFICIAL')).reminders.items;
      expect(recorded.filter((r) => r.recipient === CONTACT && r.subject === mail.subject)).toEqual([
        expect.objectContaining({ state: 'SENT' }),
      ]);
    },
  );

  (businessReportReminded ? it : it.skip)('sends nothing new when pressed again', async () => {
    const before = smtp.received.length;
    await page.getByRole('button', { name: 'Skicka påminnelser nu' }).click();
    await page.getByRole('status').filter({ hasText: 'Inga nya påminnelser att skicka.' }).waitFor();
    expect(smtp.received.length).toBe(before);
    expect(businessMails()).toHaveLength(1);
  });

  describe('a pulse period, and the pulse week reminder', () => {
    const thisWeek = isoWeekOf(today);
    const weekNumber = Number(thisWeek.slice(6));
    const pulseMails = () => smtp.to(PULSE_CONTACT).filter((m) => m.subject.startsWith('Pulsenkät vecka'));

    it('refuses a period that ends before it starts, in Swedish next to the field, and stores nothing', async () => {
      await go(page, 'Utförare', 'Utförare och enheter');
      await page.getByRole('link', { name: providerName }).click();
      const contact = page.getByRole('form', { name: 'Lägg till kontaktperson' });
      await contact.getByLabel('Namn', { exact: true }).fill('Pia Puls');
      await contact.getByLabel('E-post').fill(PULSE_CONTACT);
      const topics = contact.getByRole('group', { name: 'Vill få besked om' });
      await topics.getByLabel('Rapporter').uncheck();
      await topics.getByLabel('Åtgärder').uncheck();
      await topics.getByLabel('Pulsenkät').check();
      await contact.getByRole('button', { name: 'Lägg till kontaktperson' }).click();
      await page.getByRole('status').filter({ hasText: 'Kontaktpersonen Pia Puls är tillagd.' }).waitFor();

      await go(page, 'Pulsenkät', 'Pulsenkät');
      const form = page.getByRole('form', { name: 'Öppna en pulsperiod' });
      await form.getByLabel('Vad gäller den?').fill('Covid-19');
      expect(await form.getByLabel('Första veckan').inputValue()).toBe(thisWeek);
      await form.getByLabel(/Sista veckan/).fill(isoWeekOf(addDays(today, -14)));
      await form.getByRole('button', { name: 'Öppna pulsperioden' }).click();
      await expectInvalid(
        form.getByLabel(/Sista veckan/),
        `Perioden kan inte sluta före den börjar. Sista veckan måste vara vecka ${weekNumber} ${thisWeek.slice(0, 4)} eller senare.`,
      );
      await web.shot(page, 'pulse-period-refused');
      expect((await web.api(PULSE_PERIOD_WEEKS, {}, 'QUALITY_OFFICIAL')).pulsePeriods).toEqual([]);
    });

    it('opens the period until further notice, listed on the page', async () => {
      const form = page.getByRole('form', { name: 'Öppna en pulsperiod' });
      await form.getByLabel(/Sista veckan/).fill('');
      await form.getByRole('button', { name: 'Öppna pulsperioden' }).click();
      await page.getByRole('status').filter({ hasText: 'Pulsperioden Covid-19 är öppnad' }).waitFor();
      const row = page.getByRole('table', { name: /Pulsperioder/ }).getByRole('row', { name: /Covid-19/ });
      expect(await row.innerText()).toContain('tills vidare');
      await page.getByRole('form', { name: 'Avsluta pulsperioden Covid-19' }).waitFor();
      expect((await web.api(PULSE_PERIOD_WEEKS, {}, 'QUALITY_OFFICIAL')).pulsePeriods).toEqual([
        { name: 'Covid-19', fromWeek: thisWeek, toWeek: null },
      ]);
    });

    it("mails the provider's pulse contact once this week, as the provider has not answered", async () => {
      // The period reaches contracts over Kafka; until it has, a run finds no pulse week.
      const [mail, ...more] = await waitFor(
        async () => {
          await web.api(RUN_REMINDERS_NOW, {}, 'QUALITY_OFFICIAL');
          return pulseMails().length ? pulseMails() : null;
        },
        { what: 'the pulse reminder at the SMTP server' },
      );
      expect(more).toEqual([]);
      expect(mail.subject).toBe(`Pulsenkät vecka ${weekNumber}: Covid-19`);
      expect(mail.text).toContain(providerName);
      expect(mail.text).toContain(`${WEB_URL}/portal/puls`);
      await web.api(RUN_REMINDERS_NOW, {}, 'QUALITY_OFFICIAL');
      expect(pulseMails()).toHaveLength(1);

      await go(page, 'Utskick', 'Utskick');
      const row = page.getByRole('row').filter({ hasText: mail.subject }).filter({ hasText: PULSE_CONTACT });
      expect(await row.innerText()).toContain('Pulsvecka, ej besvarad');
    });

    it('ends the period with this week, refusing a last week before it began', async () => {
      await go(page, 'Pulsenkät', 'Pulsenkät');
      const form = page.getByRole('form', { name: 'Avsluta pulsperioden Covid-19' });
      const lastWeek = isoWeekOf(addDays(today, -7));
      await form.getByLabel('Sista veckan').fill(lastWeek);
      await form.getByRole('button', { name: 'Avsluta perioden' }).click();
      await expectInvalid(
        form.getByLabel('Sista veckan'),
        `Perioden kan inte sluta före den börjar. Sista veckan måste vara vecka ${weekNumber} ${thisWeek.slice(0, 4)} eller senare.`,
      );
      await form.getByLabel('Sista veckan').fill(thisWeek);
      await form.getByRole('button', { name: 'Avsluta perioden' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Pulsperioden Covid-19 slutar med vecka ${weekNumber}` })
        .waitFor();
      expect((await web.api(PULSE_PERIOD_WEEKS, {}, 'QUALITY_OFFICIAL')).pulsePeriods).toEqual([
        { name: 'Covid-19', fromWeek: thisWeek, toWeek: thisWeek },
      ]);
    });

    it("shows the provider's staff in the portal that the municipality asks for the pulse every week", async () => {
      const portal = await web.signedIn('PROVIDER', { provider: providerName });
      try {
        await go(portal, 'Pulsenkät', 'Pulsenkät');
        await portal
          .getByText(
            `Kommunen har bett om svar varje vecka: Covid-19, från vecka ${weekNumber}, ${thisWeek.slice(0, 4)} till vecka ${weekNumber}, ${thisWeek.slice(0, 4)}.`,
          )
          .waitFor();
      } finally {
        await portal.close();
      }
    });
  });
});
