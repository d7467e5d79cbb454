/**
 * The reminders Kvalitetsnav mails, in Swedish: subject and plain text. They name only the
 * provider, its units, the report and period, and dates — never anything about the people the
 * provider cares for — and link into the portal, where the details are behind sign-in.
 */

export type ReportKindForMail = 'BUSINESS' | 'STAFFING';

export interface ReportPeriodForMail {
  kind: ReportKindForMail;
  year: number;
  half: 1 | 2 | null;
  dueOn: string;
}

export interface MailText {
  subject: string;
  text: string;
}

const FOOTER = 'Det här är ett automatiskt meddelande från Kvalitetsnav. Svara inte på det.';

/** "verksamhetsberättelse för 2025", "bemanningsuppföljning för första halvåret 2026". */
export function reportPeriodInSwedish({ kind, year, half }: Pick<ReportPeriodForMail, 'kind' | 'year' | 'half'>) {
  return kind === 'BUSINESS'
    ? `verksamhetsberättelse för ${year}`
    : `bemanningsuppföljning för ${half === 1 ? 'första' : 'andra'} halvåret ${year}`;
}

const greeting = (name: string) => `Hej ${name}!`;
const unitList = (units: readonly string[]) => units.map((u) => `- ${u}`).join('\n');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A report soon due (stage DUE_SOON) or past its date (OVERDUE), for the units that still lack it. */
export function reportReminderMail(p: {
  stage: 'DUE_SOON' | 'OVERDUE';
  contactName: string;
  providerName: string;
  period: ReportPeriodForMail;
  units: readonly string[];
  portalUrl: string;
}): MailText {
  const what = reportPeriodInSwedish(p.period);
  const subject =
    p.stage === 'DUE_SOON'
      ? `Påminnelse: ${what} ska lämnas senast ${p.period.dueOn}`
      : `Försenad: ${what} skulle ha lämnats senast ${p.period.dueOn}`;
  const lead =
    p.stage === 'DUE_SOON'
      ? `${p.providerName} ska lämna ${what} senast ${p.period.dueOn}. Den saknas ännu för:`
      : `${capitalised(what)} skulle ha lämnats senast ${p.period.dueOn}, men ${p.providerName} har ännu inte lämnat den för:`;
  return {
    subject,
    text: [
      greeting(p.contactName),
      lead,
      unitList(p.units),
      `Lämna den i utförarportalen: ${p.portalUrl}`,
      FOOTER,
    ].join('\n\n'),
  };
}

/** A required action of a follow-up whose deadline is near (DUE_SOON) or has passed (OVERDUE). */
export function actionReminderMail(p: {
  stage: 'DUE_SOON' | 'OVERDUE';
  contactName: string;
  providerName: string;
  deadline: string;
  followUpPlannedOn: string;
  portalUrl: string;
}): MailText {
  const subject =
    p.stage === 'DUE_SOON'
      ? `Påminnelse: en åtgärd efter uppföljning ska vara klar senast ${p.deadline}`
      : `Försenad: en åtgärd efter uppföljning skulle ha varit klar senast ${p.deadline}`;
  const lead =
    p.stage === 'DUE_SOON'
      ? `Kommunen har efter uppföljningen ${p.followUpPlannedOn} krävt en åtgärd av ${p.providerName}. Den ska vara klar senast ${p.deadline}.`
      : `Kommunen har efter uppföljningen ${p.followUpPlannedOn} krävt en åtgärd av ${p.providerName}. Sista dag var ${p.deadline}, och åtgärden är ännu inte klarmarkerad.`;
  return {
    subject,
    text: [
      greeting(p.contactName),
      lead,
      `Se åtgärden och lämna åtgärdsplan eller klarmarkera den i utförarportalen: ${p.portalUrl}`,
      FOOTER,
    ].join('\n\n'),
  };
}

/** A pulse week: the provider is asked to answer the week's pulse survey (once a week, if not yet answered). */
export function pulseWeekMail(p: {
  contactName: string;
  providerName: string;
  periodName: string;
  week: string;
  pulseUrl: string;
}): MailText {
  const weekNumber = Number(p.week.slice(-2));
  return {
    subject: `Pulsenkät vecka ${weekNumber}: ${p.periodName}`,
    text: [
      greeting(p.contactName),
      `Kommunen följer läget hos utförarna varje vecka med en kort pulsenkät (${p.periodName}). ${p.providerName} har ännu inte svarat för vecka ${weekNumber} (${p.week}).`,
      `Svara i utförarportalen, det tar ett par minuter: ${p.pulseUrl}`,
      FOOTER,
    ].join('\n\n'),
  };
}

export interface DigestLine {
  providerName: string;
  /** Reports past their date, with how many units lack each. */
  reports: readonly { period: ReportPeriodForMail; units: number }[];
  /** Required actions past their deadline. */
  actions: number;
}

/** The officials' weekly digest of what is overdue, provider by provider. */
export function overdueDigestMail(p: { week: string; lines: readonly DigestLine[]; startUrl: string }): MailText {
  const weekNumber = Number(p.week.slice(-2));
  const lines = p.lines.flatMap((line) => [
    ...line.reports.map(
      (r) =>
        `- ${line.providerName}: ${reportPeriodInSwedish(r.period)} saknas för ${r.units === 1 ? 'en enhet' : `${r.units} enheter`} (senast ${r.period.dueOn})`,
    ),
    ...(line.actions
      ? [
          `- ${line.providerName}: ${line.actions === 1 ? 'en åtgärd' : `${line.actions} åtgärder`} efter uppföljning har passerat sista dag`,
        ]
      : []),
  ]);
  return {
    subject: `Försenat vecka ${weekNumber}: rapporter och åtgärder från utförare`,
    text: [
      'Hej!',
      `Det här är försenat hos utförarna vecka ${weekNumber} (${p.week}):`,
      lines.join('\n'),
      `Se vad som ska hanteras i Kvalitetsnav: ${p.startUrl}`,
      FOOTER,
    ].join('\n\n'),
  };
}
