import { addDays, isoWeekOf, isWeekWithin } from '@kvalitetsnav/calendar';
import {
  actionReminderMail,
  DigestLine,
  MailText,
  overdueDigestMail,
  pulseWeekMail,
  reportReminderMail,
} from '@kvalitetsnav/swedish';
import type { ContactTopic } from '../provider-contacts/provider-contact.models';
import { type ReportPeriod, reportingPeriods, reportState } from '../provider-reports/report-due-rules';
import type { ReminderKind } from './reminder.entity';

/** A report is asked for from this many days before its due date. */
export const REPORT_DUE_SOON_DAYS = 14;
/** A required action is recalled from this many days before its deadline. */
export const ACTION_DUE_SOON_DAYS = 7;

export interface ProviderForReminders {
  id: string;
  name: string;
  units: readonly { id: string; name: string }[];
  contacts: readonly { name: string; email: string; topics: readonly ContactTopic[] }[];
}

/** A unit's first submission of a report for a period (later versions change nothing here). */
export interface FirstSubmission {
  kind: 'BUSINESS' | 'STAFFING';
  unitId: string;
  year: number;
  half: 1 | 2 | null;
  /** YYYY-MM-DD, Stockholm time. */
  submittedOn: string;
}

/** A required action the provider has not yet reported done (OPEN or PLAN_RECEIVED), of a follow-up still REPORTED. */
export interface OpenAction {
  id: string;
  providerId: string;
  deadline: string;
  followUpPlannedOn: string;
}

/** A period of weekly pulse surveys, as surveys publishes it; `toWeek` null goes on until ended. */
export interface PulsePeriodForReminders {
  name: string;
  fromWeek: string;
  toWeek: string | null;
}

export interface ReminderFacts {
  today: string;
  providers: readonly ProviderForReminders[];
  submissions: readonly FirstSubmission[];
  openActions: readonly OpenAction[];
  pulsePeriods: readonly PulsePeriodForReminders[];
  /** The providers that have answered this week's pulse. */
  pulseAnsweredBy: readonly string[];
  /** The officials who get the weekly digest (REMINDER_DIGEST_TO). */
  digestTo: readonly string[];
  /** The web app's address (WEB_URL), for the links. */
  webUrl: string;
}

export interface ReminderToSend {
  /** Stable across runs: the same reminder gets the same key, so a recipient gets it once. */
  dedupeKey: string;
  recipient: string;
  recipientName: string | null;
  kind: ReminderKind;
  providerId: string | null;
  mail: MailText;
}

const periodKey = (p: ReportPeriod) => `${p.kind}:${p.half ? `${p.year}-H${p.half}` : p.year}`;

/** Where a report or action stands for reminding: not yet in the window, due soon, or overdue. */
export function reminderStage(today: string, dueOn: string, windowDays: number): 'DUE_SOON' | 'OVERDUE' | null {
  if (today > dueOn) return 'OVERDUE';
  return today >= addDays(dueOn, -windowDays) ? 'DUE_SOON' : null;
}

/** The units of a provider that lack a report for the period (a first version counts, however late). */
export function unitsLacking(
  provider: ProviderForReminders,
  period: ReportPeriod,
  submissions: readonly FirstSubmission[],
  today: string,
): { id: string; name: string }[] {
  return provider.units.filter((unit) => {
    const first = submissions.find(
      (s) => s.unitId === unit.id && s.kind === period.kind && s.year === period.year && s.half === period.half,
    );
    const state = reportState(period.dueOn, first?.submittedOn ?? null, today);
    return state === 'DUE' || state === 'OVERDUE';
  });
}

const recipientsOf = (provider: ProviderForReminders, topic: ContactTopic) =>
  provider.contacts.filter((c) => c.topics.includes(topic));

/**
 * Every reminder there is to send today. A run computes all of them every time; the dedupe key
 * decides what is new. So a report overdue is reminded once per period (not daily), one soon due
 * once, an action once per deadline (a new deadline after a re-check is reminded anew), and the
 * digest once per ISO week. A contact added later gets what is still open.
 */
export function remindersFor(facts: ReminderFacts): ReminderToSend[] {
  const { today, webUrl } = facts;
  const portalUrl = `${webUrl.replace(/\/$/, '')}/portal`;
  const periods = reportingPeriods(today);
  const reminders: ReminderToSend[] = [];
  const digest: DigestLine[] = [];
  const week = isoWeekOf(today);
  const pulsePeriod = facts.pulsePeriods.find((p) => isWeekWithin(week, p.fromWeek, p.toWeek)) ?? null;

  for (const provider of facts.providers) {
    const line: DigestLine & { reports: { period: ReportPeriod; units: number }[] } = {
      providerName: provider.name,
      reports: [],
      actions: 0,
    };
    for (const period of periods) {
      const stage = reminderStage(today, period.dueOn, REPORT_DUE_SOON_DAYS);
      if (!stage) continue;
      const lacking = unitsLacking(provider, period, facts.submissions, today);
      if (!lacking.length) continue;
      if (stage === 'OVERDUE') line.reports.push({ period, units: lacking.length });
      const kind: ReminderKind = stage === 'DUE_SOON' ? 'REPORT_DUE_SOON' : 'REPORT_OVERDUE';
      for (const contact of recipientsOf(provider, 'REPORTS')) {
        reminders.push({
          dedupeKey: `${kind}:${periodKey(period)}:${provider.id}`,
          recipient: contact.email,
          recipientName: contact.name,
          kind,
          providerId: provider.id,
          mail: reportReminderMail({
            stage,
            contactName: contact.name,
            providerName: provider.name,
            period,
            units: lacking.map((u) => u.name),
            portalUrl,
          }),
        });
      }
    }
    const actions = facts.openActions
      .filter((a) => a.providerId === provider.id)
      .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id.localeCompare(b.id));
    for (const action of actions) {
      const stage = reminderStage(today, action.deadline, ACTION_DUE_SOON_DAYS);
      if (!stage) continue;
      if (stage === 'OVERDUE') line.actions += 1;
      const kind: ReminderKind = stage === 'DUE_SOON' ? 'ACTION_DUE_SOON' : 'ACTION_OVERDUE';
      for (const contact of recipientsOf(provider, 'ACTIONS')) {
        reminders.push({
          dedupeKey: `${kind}:${action.id}:${action.deadline}`,
          recipient: contact.email,
          recipientName: contact.name,
          kind,
          providerId: provider.id,
          mail: actionReminderMail({
            stage,
            contactName: contact.name,
            providerName: provider.name,
            deadline: action.deadline,
            followUpPlannedOn: action.followUpPlannedOn,
            portalUrl,
          }),
        });
      }
    }
    if (pulsePeriod) reminders.push(...pulseReminders(facts, provider, pulsePeriod, week));
    if (line.reports.length || line.actions) digest.push(line);
  }

  if (digest.length) {
    const mail = overdueDigestMail({ week, lines: digest, startUrl: `${webUrl.replace(/\/$/, '')}/` });
    for (const recipient of new Set(facts.digestTo.map((a) => a.trim().toLowerCase()))) {
      reminders.push({
        dedupeKey: `OVERDUE_DIGEST:${week}`,
        recipient,
        recipientName: null,
        kind: 'OVERDUE_DIGEST',
        providerId: null,
        mail,
      });
    }
  }
  return reminders;
}

/**
 * In a pulse week (`week`, of `period`), a provider that has not yet answered is asked once that
 * week: the first run of the week after it began finds it, later runs find it claimed.
 */
export function pulseReminders(
  facts: ReminderFacts,
  provider: ProviderForReminders,
  period: PulsePeriodForReminders,
  week: string,
): ReminderToSend[] {
  if (facts.pulseAnsweredBy.includes(provider.id)) return [];
  const pulseUrl = `${facts.webUrl.replace(/\/$/, '')}/portal/puls`;
  return recipientsOf(provider, 'PULSE').map((contact) => ({
    dedupeKey: `PULSE_WEEK:${week}:${provider.id}`,
    recipient: contact.email,
    recipientName: contact.name,
    kind: 'PULSE_WEEK' as const,
    providerId: provider.id,
    mail: pulseWeekMail({
      contactName: contact.name,
      providerName: provider.name,
      periodName: period.name,
      week,
      pulseUrl,
    }),
  }));
}
