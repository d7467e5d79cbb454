import { z } from 'zod';
import { loadConfig, serviceConfigSchema } from '@kvalitetsnav/service-kit';

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

const emailList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(EMAIL, 'each address must be an e-mail address (name@example.se)')));

/** Five cron fields (minute hour day month weekday), as pg-boss reads them. */
const cron = z
  .string()
  .trim()
  .regex(/^(\S+\s+){4}\S+$/, 'must be a cron expression of five fields, e.g. "0 7 * * *"');

export const contractsConfigSchema = serviceConfigSchema('contracts', 4001)
  .safeExtend({
    /** smtp://user:pass@host:587 or smtps://…; unset (development) means no mail leaves: reminders stay in the outbox page. */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default('Kvalitetsnav <kvalitetsnav@localhost>'),
    /** Where the web app is, for the links in reminders (WEB_URL + /portal). */
    WEB_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4200'),
    /** When the reminder run is scheduled, in Europe/Stockholm time; by default every morning at 07:00. */
    REMINDER_CRON: cron.default('0 7 * * *'),
    /** Officials who get the weekly digest of what is overdue, comma-separated. */
    REMINDER_DIGEST_TO: emailList.default([]),
    /** Whether pg-boss schedules and runs reminders; off by default in tests so none fires unasked. */
    REMINDER_SCHEDULE: z.enum(['on', 'off']).optional(),
  })
  .transform((c) => ({ ...c, REMINDER_SCHEDULE: c.REMINDER_SCHEDULE ?? (c.NODE_ENV === 'test' ? 'off' : 'on') }));
export type ContractsConfig = ReturnType<typeof loadContractsConfig>;

export const loadContractsConfig = (env: Record<string, string | undefined> = process.env) =>
  loadConfig(contractsConfigSchema, env);
