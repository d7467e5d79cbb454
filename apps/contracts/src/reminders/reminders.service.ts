import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isoWeekOf, stockholmToday } from '@kvalitetsnav/calendar';
import { SERVICE_CONFIG } from '@kvalitetsnav/service-kit';
import type { ContractsConfig } from '../config';
import type { ContactTopic } from '../provider-contacts/provider-contact.models';
import { reportingPeriods } from '../provider-reports/report-due-rules';
import { MailerService } from './mailer.service';
import { Reminder, ReminderState } from './reminder.entity';
import {
  FirstSubmission,
  OpenAction,
  ProviderForReminders,
  ReminderFacts,
  remindersFor,
  ReminderToSend,
} from './reminder-rules';
import { ReminderRun, RemindersPage } from './reminder.models';
import { RemindersPageInput } from './reminders.inputs';

/** A mail that failed for a passing reason is tried on this many runs before it is left FAILED. */
const MAX_ATTEMPTS = 5;

@Injectable()
export class RemindersService {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ContractsConfig,
    private readonly mailer: MailerService,
  ) {}

  /**
   * One run: work out every reminder due today, claim the new ones (the unique key makes a rerun,
   * or another instance at the same time, claim nothing twice), then send what is claimed and
   * unsent, including what a crashed run left behind.
   */
  async run(today = stockholmToday()): Promise<ReminderRun> {
    const reminders = remindersFor(await this.factsFor(today));
    const created = await this.claim(reminders);
    const run: ReminderRun = { created, sent: 0, bounced: 0, failed: 0, outbox: 0, mailEnabled: this.mailer.enabled };
    if (!this.mailer.enabled) {
      run.outbox = created;
      return run;
    }
    const done: string[] = [];
    for (;;) {
      const delivered = await this.deliverNext(done);
      if (!delivered) break;
      done.push(delivered.id);
      if (delivered.state === 'SENT') run.sent += 1;
      else if (delivered.state === 'BOUNCED') run.bounced += 1;
      else run.failed += 1;
    }
    if (run.created || done.length) this.logger.log({ msg: 'reminders run', today, ...run });
    return run;
  }

  async page(input: RemindersPageInput): Promise<RemindersPage> {
    const [items, total] = await this.dataSource.getRepository(Reminder).findAndCount({
      where: input.state ? { state: input.state } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: input.offset ?? 0,
      take: input.limit ?? 25,
    });
    return { items, total, mailEnabled: this.mailer.enabled };
  }

  get mailEnabled(): boolean {
    return this.mailer.enabled;
  }

  /** INSERT … ON CONFLICT DO NOTHING: only the instance whose row lands sends it. */
  private async claim(reminders: ReminderToSend[]): Promise<number> {
    if (!reminders.length) return 0;
    const state: ReminderState = this.mailer.enabled ? 'PENDING' : 'OUTBOX';
    const column = <K extends keyof ReminderToSend>(key: K) => reminders.map((r) => r[key]);
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO reminder (dedupe_key, recipient, recipient_name, kind, provider_id, subject, body, state)
       SELECT *, $8::text FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[])
       ON CONFLICT ON CONSTRAINT reminder_dedupe_key_recipient_key DO NOTHING
       RETURNING id`,
      [
        column('dedupeKey'),
        column('recipient'),
        column('recipientName'),
        column('kind'),
        column('providerId'),
        reminders.map((r) => r.mail.subject),
        reminders.map((r) => r.mail.text),
        state,
      ],
    );
    return rows.length;
  }

  /**
   * Sends one claimed, unsent reminder under a row lock (FOR UPDATE SKIP LOCKED: another instance
   * takes the next one instead of waiting), and records what the mail server answered.
   */
  private deliverNext(skip: string[]): Promise<{ id: string; state: ReminderState } | null> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: { id: string; recipient: string; subject: string; body: string }[] = await manager.query(
        `SELECT id, recipient, subject, body FROM reminder
          WHERE state IN ('PENDING', 'FAILED') AND attempts < $1 AND NOT (id = ANY($2::bigint[]))
          ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [MAX_ATTEMPTS, skip],
      );
      if (!row) return null;
      const delivery = await this.mailer.send(row.recipient, row.subject, row.body);
      await manager.query(
        `UPDATE reminder SET state = $2, error = $3, attempts = attempts + 1,
                sent_at = CASE WHEN $2 = 'SENT' THEN now() ELSE sent_at END
          WHERE id = $1`,
        [row.id, delivery.state, 'error' in delivery ? delivery.error : null],
      );
      if (delivery.state !== 'SENT') this.logger.warn({ msg: 'reminder not delivered', id: row.id, ...delivery });
      return { id: String(row.id), state: delivery.state };
    });
  }

  /** What the rules need, read in a few queries: providers with units and contacts, first submissions, open actions. */
  private async factsFor(today: string): Promise<ReminderFacts> {
    const [providers, units, contacts] = await Promise.all([
      this.dataSource.query(`SELECT id, name FROM provider ORDER BY name, id`) as Promise<
        { id: string; name: string }[]
      >,
      this.dataSource.query(`SELECT id, provider_id, name FROM unit ORDER BY name, id`) as Promise<
        { id: string; provider_id: string; name: string }[]
      >,
      this.dataSource.query(
        `SELECT provider_id, name, email, topics FROM provider_contact ORDER BY name, email`,
      ) as Promise<{ provider_id: string; name: string; email: string; topics: ContactTopic[] }[]>,
    ]);
    const years = [...new Set(reportingPeriods(today).map((p) => p.year))];
    const submissions: {
      kind: 'BUSINESS' | 'STAFFING';
      unit_id: string;
      year: number;
      half: 1 | 2 | null;
      submitted_on: string;
    }[] = await this.dataSource.query(
      `SELECT 'BUSINESS' AS kind, unit_id, year, NULL::int AS half,
                to_char(min(submitted_at) AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS submitted_on
           FROM business_report WHERE year = ANY($1::int[]) GROUP BY unit_id, year
         UNION ALL
         SELECT 'STAFFING', unit_id, year, half,
                to_char(min(submitted_at) AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD')
           FROM staffing_report WHERE year = ANY($1::int[]) GROUP BY unit_id, year, half`,
      [years],
    );
    const actions: { id: string; provider_id: string; deadline: string; planned_on: string }[] =
      await this.dataSource.query(
        `SELECT a.id, f.provider_id, to_char(a.deadline, 'YYYY-MM-DD') AS deadline, to_char(f.planned_on, 'YYYY-MM-DD') AS planned_on
         FROM follow_up_action a JOIN follow_up f ON f.id = a.follow_up_id
        WHERE f.status = 'REPORTED' AND f.provider_id IS NOT NULL AND a.status IN ('OPEN', 'PLAN_RECEIVED')`,
      );
    const pulsePeriods: { name: string; from_week: string; to_week: string | null }[] = await this.dataSource.query(
      `SELECT name, from_week, to_week FROM pulse_period_ref`,
    );
    const answered: { provider_id: string }[] = await this.dataSource.query(
      `SELECT provider_id FROM pulse_answered WHERE week = $1`,
      [isoWeekOf(today)],
    );
    const byProvider: ProviderForReminders[] = providers.map((p) => ({
      id: p.id,
      name: p.name,
      units: units.filter((u) => u.provider_id === p.id).map((u) => ({ id: u.id, name: u.name })),
      contacts: contacts
        .filter((c) => c.provider_id === p.id)
        .map((c) => ({ name: c.name, email: c.email, topics: c.topics })),
    }));
    return {
      today,
      providers: byProvider,
      submissions: submissions.map((s): FirstSubmission => ({
        kind: s.kind,
        unitId: s.unit_id,
        year: Number(s.year),
        half: s.half === null ? null : (Number(s.half) as 1 | 2),
        submittedOn: s.submitted_on,
      })),
      openActions: actions.map((a): OpenAction => ({
        id: a.id,
        providerId: a.provider_id,
        deadline: a.deadline,
        followUpPlannedOn: a.planned_on,
      })),
      pulsePeriods: pulsePeriods.map((p) => ({ name: p.name, fromWeek: p.from_week, toWeek: p.to_week })),
      pulseAnsweredBy: answered.map((a) => a.provider_id),
      digestTo: this.config.REMINDER_DIGEST_TO,
      webUrl: this.config.WEB_URL,
    };
  }
}
