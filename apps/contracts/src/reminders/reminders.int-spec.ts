import {
  aProviderInput,
  aUnitInput,
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  queryDatabase,
  RunningService,
  startTestService,
  sendTestEvent,
  startTestSmtpServer,
  TestSmtpServer,
  waitFor,
} from '@kvalitetsnav/testing';
import { KafkaClient } from '@kvalitetsnav/messaging';
import { findPersonalIdentityNumbers } from '@kvalitetsnav/swedish-ids';
import { randomUUID } from 'node:crypto';
import { ContractsAppModule } from '../app.module';
import { loadContractsConfig } from '../config';
import { ReminderScheduleService } from './reminder-schedule.service';
import { RemindersService } from './reminders.service';

const CREATE_PROVIDER = `mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`;
const CREATE_UNIT = `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`;
const ADD_CONTACT = `mutation($i: AddProviderContactInput!) { addProviderContact(input: $i) { id } }`;
const RUN = `mutation { runReminders { created sent bounced failed outbox mailEnabled } }`;
const PAGE = `query($p: RemindersPageInput) { reminders(page: $p) { total mailEnabled items { recipient kind state subject body error sentAt } } }`;

/** A day when last year's business report (due 31 March) is overdue, so the test does not hang on the calendar. */
const TODAY = '2026-12-01';
const moduleFor = (env: Record<string, string>) => ContractsAppModule.forRoot(loadContractsConfig(env));

/** Reminders that arrive: claimed once per recipient in the database, mailed over real SMTP. */
describe('reminders (real Postgres, Kafka and an SMTP server in the test)', () => {
  let smtp: TestSmtpServer;
  let service: RunningService;
  let official: Record<string, string>;
  const gql = (query: string, variables: Record<string, unknown> = {}, headers = official, on = service) =>
    postGraphQL<any>(on.graphqlUrl, query, variables, headers);
  let seq = 0;

  /** A provider with one unit that has no business report, and a contact for reports. */
  async function providerWithContact(email: string, on = service) {
    const providerId = (
      await gql(CREATE_PROVIDER, { i: aProviderInput({ name: `Ekens Omsorg ${++seq} AB` }) }, official, on)
    ).data.createProvider.id;
    await gql(CREATE_UNIT, { i: aUnitInput(providerId, { name: `Gruppbostad Eken ${seq}` }) }, official, on);
    const added = await gql(
      ADD_CONTACT,
      { i: { providerId, name: 'Eva Ek', email, topics: ['REPORTS'] } },
      official,
      on,
    );
    expect(added.errors).toBeUndefined();
    return providerId as string;
  }
  /** The unit lacks its staffing report too; these tests follow the business report's reminder. */
  const rowsFor = (recipient: string, on = service) =>
    queryDatabase<{ state: string; kind: string; error: string | null; attempts: number }>(
      on.env['DATABASE_URL']!,
      on.databaseName,
      `SELECT state, kind, error, attempts FROM reminder WHERE recipient = $1 AND dedupe_key LIKE '%:BUSINESS:%' ORDER BY id`,
      [recipient],
    );
  const businessMailsTo = (address: string) =>
    smtp.to(address).filter((m) => m.subject.includes('verksamhetsberättelse'));

  beforeAll(async () => {
    smtp = await startTestSmtpServer({
      rejects: (address) =>
        address.startsWith('finns-inte@')
          ? { code: 550, message: '5.1.1 <finns-inte@eken.se>: Mailbox unavailable' }
          : undefined,
    });
    service = await startTestService('contracts', moduleFor, {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Kvalitetsnav <kvalitetsnav@kommun.example.se>',
      WEB_URL: 'https://kvalitetsnav.kommun.example.se',
      REMINDER_DIGEST_TO: 'kvalitet@kommun.example.se, chef@kommun.example.se',
    });
    official = await handoffHeaders(officialIdentity);
  });
  afterAll(async () => {
    await service?.close();
    await smtp?.close();
  });

  it("mails a missing business report's reminder once, in Swedish with a link to the portal, and not again on the next run", async () => {
    await providerWithContact('eva@eken1.se');
    const reminders = service.app.get(RemindersService);
    const first = await reminders.run(TODAY);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const [mail, ...more] = businessMailsTo('eva@eken1.se');
    expect(more).toEqual([]);
    expect(mail.from).toBe('kvalitetsnav@kommun.example.se');
    expect(mail.subject).toBe('Försenad: verksamhetsberättelse för 2025 skulle ha lämnats senast 2026-03-31');
    expect(mail.text).toContain('Hej Eva Ek!');
    expect(mail.text).toContain('- Gruppbostad Eken 1');
    expect(mail.text).toContain('https://kvalitetsnav.kommun.example.se/portal');
    expect(findPersonalIdentityNumbers(mail.text)).toEqual([]);
    expect(await rowsFor('eva@eken1.se')).toEqual([
      expect.objectContaining({ state: 'SENT', kind: 'REPORT_OVERDUE', attempts: 1, error: null }),
    ]);

    const second = await reminders.run(TODAY);
    expect(second).toMatchObject({ created: 0, sent: 0 });
    expect(businessMailsTo('eva@eken1.se')).toHaveLength(1);
    expect(smtp.to('eva@eken1.se').map((m) => m.subject)).toEqual([
      'Försenad: verksamhetsberättelse för 2025 skulle ha lämnats senast 2026-03-31',
      'Försenad: bemanningsuppföljning för första halvåret 2026 skulle ha lämnats senast 2026-08-31',
    ]);
    // The officials' digest of the week went once to each address.
    expect(smtp.to('kvalitet@kommun.example.se').map((m) => m.subject)).toEqual([
      'Försenat vecka 49: rapporter och åtgärder från utförare',
    ]);
  });

  it('sends each reminder once when two instances run at the same time', async () => {
    const twin = await startTestService('contracts', moduleFor, {
      ...service.env,
      DB_NAME: service.databaseName,
      PORT: '0',
    });
    try {
      await providerWithContact('ida@eken2.se');
      const runs = await Promise.all([service, twin, service, twin].map((s) => s.app.get(RemindersService).run(TODAY)));
      expect(runs.reduce((n, r) => n + r.created, 0)).toBeGreaterThanOrEqual(1);
      expect(businessMailsTo('ida@eken2.se')).toHaveLength(1);
      expect(smtp.to('ida@eken2.se')).toHaveLength(2);
      expect((await rowsFor('ida@eken2.se')).map((r) => r.state)).toEqual(['SENT']);
    } finally {
      // Its database is the first service's: close the app only.
      await twin.app.close();
    }
  });

  it('records a recipient the mail server refuses as BOUNCED with its answer, and does not try it again', async () => {
    await providerWithContact('finns-inte@eken.se');
    const run = await service.app.get(RemindersService).run(TODAY);
    expect(run.bounced).toBe(2);
    expect(await rowsFor('finns-inte@eken.se')).toEqual([
      expect.objectContaining({
        state: 'BOUNCED',
        error: expect.stringContaining('550 5.1.1 <finns-inte@eken.se>: Mailbox unavailable'),
      }),
    ]);
    await service.app.get(RemindersService).run(TODAY);
    expect((await rowsFor('finns-inte@eken.se'))[0].attempts).toBe(1);
    expect(smtp.to('finns-inte@eken.se')).toEqual([]);
  });

  it('sends on the next run what a crashed run claimed but never sent', async () => {
    await queryDatabase(
      service.env['DATABASE_URL']!,
      service.databaseName,
      `INSERT INTO reminder (dedupe_key, recipient, kind, subject, body, state)
       VALUES ('REPORT_OVERDUE:BUSINESS:2025:crashed', 'kvar@eken.se', 'REPORT_OVERDUE', 'Försenad: verksamhetsberättelse för 2025', 'Hej!', 'PENDING')`,
    );
    const run = await service.app.get(RemindersService).run(TODAY);
    expect(run).toMatchObject({ created: 0, sent: 1 });
    expect(smtp.to('kvar@eken.se').map((m) => m.subject)).toEqual(['Försenad: verksamhetsberättelse för 2025']);
    expect((await rowsFor('kvar@eken.se')).map((r) => r.state)).toEqual(['SENT']);
  });

  it('runs now through the API for officials only, and lists what was recorded, newest first', async () => {
    const run = await gql(RUN);
    expect(run.errors).toBeUndefined();
    expect(run.data.runReminders).toMatchObject({ mailEnabled: true, failed: 0 });
    const manager = await handoffHeaders({ sub: 'manager', name: 'M', roles: ['MANAGER'] });
    expect((await gql(RUN, {}, manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(PAGE, {}, manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bounced = (await gql(PAGE, { p: { state: 'BOUNCED', limit: 5 } })).data.reminders;
    expect(bounced).toMatchObject({
      total: 2,
      mailEnabled: true,
      items: [
        { recipient: 'finns-inte@eken.se', sentAt: null },
        { recipient: 'finns-inte@eken.se', sentAt: null },
      ],
    });
    const all = (await gql(PAGE, { p: { limit: 100 } })).data.reminders;
    expect(all.items.filter((r: any) => r.recipient === 'eva@eken1.se')).toEqual([
      expect.objectContaining({ kind: 'REPORT_OVERDUE', state: 'SENT', subject: expect.stringContaining('bemanning') }),
      expect.objectContaining({
        kind: 'REPORT_OVERDUE',
        state: 'SENT',
        subject: expect.stringContaining('verksamhetsberättelse'),
        body: expect.stringContaining('/portal'),
      }),
    ]);
    expect((await gql(PAGE, { p: { limit: 500 } })).errors?.[0]?.extensions).toMatchObject({ field: 'limit' });
  });

  it('keeps reminders in the outbox, unsent, where no SMTP server is configured', async () => {
    const offline = await startTestService('contracts', moduleFor);
    try {
      await providerWithContact('bo@eken3.se', offline);
      const run = await offline.app.get(RemindersService).run(TODAY);
      expect(run).toMatchObject({ mailEnabled: false, sent: 0 });
      expect(run.outbox).toBe(run.created);
      expect((await rowsFor('bo@eken3.se', offline)).map((r) => r.state)).toEqual(['OUTBOX']);
      expect(smtp.to('bo@eken3.se')).toEqual([]);
      expect((await gql(PAGE, {}, official, offline)).data.reminders.mailEnabled).toBe(false);
      expect(offline.app.get(ReminderScheduleService).running).toBe(false);
    } finally {
      await offline.close();
    }
  });

  it('schedules the run with pg-boss in Stockholm time when asked, works a queued run, and stops with the app', async () => {
    const scheduled = await startTestService('contracts', moduleFor, {
      REMINDER_SCHEDULE: 'on',
      REMINDER_CRON: '0 7 * * 1-5',
    });
    try {
      const url = scheduled.env['DATABASE_URL']!;
      expect(
        await queryDatabase(url, scheduled.databaseName, `SELECT name, cron, timezone FROM pgboss.schedule`),
      ).toEqual([{ name: 'contracts-reminders', cron: '0 7 * * 1-5', timezone: 'Europe/Stockholm' }]);
      const jobId = await scheduled.app.get(ReminderScheduleService).enqueue();
      await waitFor(
        async () =>
          (
            await queryDatabase<{ state: string }>(
              url,
              scheduled.databaseName,
              `SELECT state FROM pgboss.job WHERE id = $1`,
              [jobId],
            )
          )[0]?.state === 'completed',
        { what: 'the queued reminder run to complete' },
      );
    } finally {
      await scheduled.close();
    }
  });

  it('asks, in a pulse week surveys published, each provider that has not answered the week, once', async () => {
    const kafka = service.app.get(KafkaClient);
    const withPulseContact = async (email: string) => {
      const providerId = await providerWithContact(`rapport@${email.split('@')[1]}`);
      await gql(ADD_CONTACT, { i: { providerId, name: 'Pia Puls', email, topics: ['PULSE'] } });
      return providerId;
    };
    await withPulseContact('pia@puls1.se');
    const answered = await withPulseContact('pia@puls2.se');
    const periodId = randomUUID();
    await sendTestEvent(kafka, 'surveys.pulse-period.v1', periodId, {
      id: periodId,
      name: 'Covid-19',
      fromWeek: '2026-W45',
      toWeek: null,
      version: 1,
    });
    await sendTestEvent(kafka, 'surveys.pulse-answer.v1', answered, {
      providerId: answered,
      week: '2026-W49',
      version: 1,
    });
    const url = service.env['DATABASE_URL']!;
    await waitFor(
      async () =>
        (
          await queryDatabase(url, service.databaseName, `SELECT 1 FROM pulse_answered WHERE provider_id = $1`, [
            answered,
          ])
        ).length === 1 &&
        (await queryDatabase(url, service.databaseName, `SELECT 1 FROM pulse_period_ref WHERE id = $1`, [periodId]))
          .length === 1,
      { what: 'the pulse period and answer to reach contracts' },
    );

    await service.app.get(RemindersService).run(TODAY);
    await service.app.get(RemindersService).run(TODAY);
    expect(smtp.to('pia@puls1.se').map((m) => m.subject)).toEqual(['Pulsenkät vecka 49: Covid-19']);
    expect(smtp.to('pia@puls1.se')[0].text).toContain('https://kvalitetsnav.kommun.example.se/portal/puls');
    expect(smtp.to('pia@puls2.se')).toEqual([]);

    // Ended with last week: no pulse week now, so the next week's run asks nobody.
    await sendTestEvent(kafka, 'surveys.pulse-period.v1', periodId, {
      id: periodId,
      name: 'Covid-19',
      fromWeek: '2026-W45',
      toWeek: '2026-W49',
      version: 2,
    });
    await waitFor(
      async () =>
        (
          await queryDatabase<{ to_week: string | null }>(
            url,
            service.databaseName,
            `SELECT to_week FROM pulse_period_ref WHERE id = $1`,
            [periodId],
          )
        )[0]?.to_week === '2026-W49',
      { what: 'the ended pulse period to reach contracts' },
    );
    await service.app.get(RemindersService).run('2026-12-08');
    expect(smtp.to('pia@puls1.se')).toHaveLength(1);
  });
});
