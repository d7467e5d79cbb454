import { redactPersonalIdentityNumbers } from '@kvalitetsnav/swedish-ids';
import { ReminderFacts, reminderStage, remindersFor } from './reminder-rules';

const eken = {
  id: 'p-eken',
  name: 'Ekens Omsorg AB',
  units: [
    { id: 'u-1', name: 'Gruppbostad Eken' },
    { id: 'u-2', name: 'Servicebostad Asken' },
  ],
  contacts: [
    { name: 'Eva Ek', email: 'eva@eken.se', topics: ['REPORTS' as const] },
    { name: 'Åke Ask', email: 'ake@eken.se', topics: ['ACTIONS' as const, 'PULSE' as const] },
  ],
};

const facts = (over: Partial<ReminderFacts>): ReminderFacts => ({
  today: '2026-12-01',
  providers: [eken],
  submissions: [],
  openActions: [],
  pulsePeriods: [],
  pulseAnsweredBy: [],
  digestTo: [],
  webUrl: 'https://kvalitetsnav.example.se',
  ...over,
});

const summary = (f: ReminderFacts) => remindersFor(f).map((r) => [r.kind, r.recipient, r.dedupeKey]);

describe('when something is reminded of', () => {
  it('is due soon from the window before its date through the date, and overdue after it', () => {
    expect(reminderStage('2026-03-16', '2026-03-31', 14)).toBeNull();
    expect(reminderStage('2026-03-17', '2026-03-31', 14)).toBe('DUE_SOON');
    expect(reminderStage('2026-03-31', '2026-03-31', 14)).toBe('DUE_SOON');
    expect(reminderStage('2026-04-01', '2026-03-31', 14)).toBe('OVERDUE');
  });
});

describe('reminders of reports', () => {
  it("remind the contacts who asked for reports when last year's business report is overdue, once per provider and period", () => {
    const reminders = remindersFor(facts({ submissions: [] }));
    const business = reminders.filter((r) => r.dedupeKey.includes('BUSINESS'));
    expect(business.map((r) => [r.kind, r.recipient, r.dedupeKey])).toEqual([
      ['REPORT_OVERDUE', 'eva@eken.se', 'REPORT_OVERDUE:BUSINESS:2025:p-eken'],
    ]);
    expect(business[0].mail.subject).toBe(
      'Försenad: verksamhetsberättelse för 2025 skulle ha lämnats senast 2026-03-31',
    );
    expect(business[0].mail.text).toContain('- Gruppbostad Eken\n- Servicebostad Asken');
    expect(business[0].mail.text).toContain('https://kvalitetsnav.example.se/portal');
  });

  it('give the same key on every later day, so an overdue report is mailed once, not daily', () => {
    const key = (today: string) => summary(facts({ today })).filter(([, , k]) => String(k).includes('BUSINESS'));
    expect(key('2026-04-01')).toEqual(key('2026-12-30'));
  });

  it('name only the units still lacking the report; a late first version counts as submitted', () => {
    const reminders = remindersFor(
      facts({ submissions: [{ kind: 'BUSINESS', unitId: 'u-1', year: 2025, half: null, submittedOn: '2026-05-02' }] }),
    ).filter((r) => r.dedupeKey.includes('BUSINESS'));
    expect(reminders[0].mail.text).toContain('- Servicebostad Asken');
    expect(reminders[0].mail.text).not.toContain('Gruppbostad Eken');
  });

  it('are not sent when every unit has reported, nor to a provider without contacts for reports', () => {
    const all = ['u-1', 'u-2'].map((unitId) => ({
      kind: 'BUSINESS' as const,
      unitId,
      year: 2025,
      half: null,
      submittedOn: '2026-03-01',
    }));
    expect(summary(facts({ submissions: all })).filter(([, , k]) => String(k).includes('BUSINESS'))).toEqual([]);
    expect(
      summary(facts({ providers: [{ ...eken, contacts: [eken.contacts[1]] }] })).filter(([kind]) =>
        String(kind).startsWith('REPORT'),
      ),
    ).toEqual([]);
  });

  it('ask for a staffing report from 14 days before its date, with a key of its own', () => {
    const reminders = remindersFor(facts({ today: '2026-08-20' })).filter((r) => r.dedupeKey.includes('STAFFING'));
    expect(reminders.map((r) => [r.kind, r.dedupeKey])).toEqual([
      ['REPORT_DUE_SOON', 'REPORT_DUE_SOON:STAFFING:2026-H1:p-eken'],
    ]);
    expect(reminders[0].mail.subject).toBe(
      'Påminnelse: bemanningsuppföljning för första halvåret 2026 ska lämnas senast 2026-08-31',
    );
  });
});

describe('reminders of required actions', () => {
  const action = { id: 'a-1', providerId: 'p-eken', deadline: '2026-12-05', followUpPlannedOn: '2026-09-10' };

  it('remind the contacts who asked for actions from 7 days before the deadline, and again once it has passed', () => {
    expect(
      summary(facts({ today: '2026-11-27', openActions: [action] })).filter(([k]) => String(k).startsWith('ACTION')),
    ).toEqual([]);
    expect(
      summary(facts({ today: '2026-11-28', openActions: [action] })).filter(([k]) => String(k).startsWith('ACTION')),
    ).toEqual([['ACTION_DUE_SOON', 'ake@eken.se', 'ACTION_DUE_SOON:a-1:2026-12-05']]);
    expect(
      summary(facts({ today: '2026-12-06', openActions: [action] })).filter(([k]) => String(k).startsWith('ACTION')),
    ).toEqual([['ACTION_OVERDUE', 'ake@eken.se', 'ACTION_OVERDUE:a-1:2026-12-05']]);
  });

  it('remind anew when a re-check gives a new deadline', () => {
    const later = { ...action, deadline: '2027-01-15' };
    const key = (a: typeof action, today: string) =>
      remindersFor(facts({ today, openActions: [a] })).find((r) => r.kind === 'ACTION_OVERDUE')?.dedupeKey;
    expect(key(action, '2026-12-06')).not.toEqual(key(later, '2027-01-16'));
  });

  it('never carry what the action says: only the provider and the dates', () => {
    const [mail] = remindersFor(facts({ today: '2026-12-06', openActions: [action] }))
      .filter((r) => r.kind === 'ACTION_OVERDUE')
      .map((r) => r.mail);
    expect(mail.subject).toBe('Försenad: en åtgärd efter uppföljning skulle ha varit klar senast 2026-12-05');
    expect(mail.text).toContain('uppföljningen 2026-09-10');
    expect(redactPersonalIdentityNumbers(mail.text).found).toBe(0);
  });
});

describe("the officials' weekly digest", () => {
  it('goes to each configured address once per ISO week, listing what is overdue per provider', () => {
    const action = { id: 'a-1', providerId: 'p-eken', deadline: '2026-11-20', followUpPlannedOn: '2026-09-10' };
    const digest = remindersFor(
      facts({ openActions: [action], digestTo: ['Kvalitet@Kommun.se', 'kvalitet@kommun.se', 'chef@kommun.se'] }),
    ).filter((r) => r.kind === 'OVERDUE_DIGEST');
    expect(digest.map((r) => [r.recipient, r.dedupeKey])).toEqual([
      ['kvalitet@kommun.se', 'OVERDUE_DIGEST:2026-W49'],
      ['chef@kommun.se', 'OVERDUE_DIGEST:2026-W49'],
    ]);
    expect(digest[0].mail.text).toContain(
      '- Ekens Omsorg AB: verksamhetsberättelse för 2025 saknas för 2 enheter (senast 2026-03-31)',
    );
    expect(digest[0].mail.text).toContain('- Ekens Omsorg AB: en åtgärd efter uppföljning har passerat sista dag');
    expect(digest[0].mail.subject).toBe('Försenat vecka 49: rapporter och åtgärder från utförare');
  });

  it('has the same key all week and a new one the next week', () => {
    const key = (today: string) =>
      remindersFor(facts({ today, digestTo: ['kvalitet@kommun.se'] })).find((r) => r.kind === 'OVERDUE_DIGEST')
        ?.dedupeKey;
    expect(key('2026-11-30')).toBe(key('2026-12-06'));
    expect(key('2026-12-07')).toBe('OVERDUE_DIGEST:2026-W50');
  });

  it('is not sent when nothing is overdue, or to nobody', () => {
    const reported = ['u-1', 'u-2'].flatMap((unitId) => [
      { kind: 'BUSINESS' as const, unitId, year: 2025, half: null, submittedOn: '2026-03-01' },
      { kind: 'STAFFING' as const, unitId, year: 2026, half: 1 as const, submittedOn: '2026-08-01' },
    ]);
    expect(remindersFor(facts({ submissions: reported, digestTo: ['kvalitet@kommun.se'] }))).toEqual([]);
    expect(remindersFor(facts({})).filter((r) => r.kind === 'OVERDUE_DIGEST')).toEqual([]);
  });
});

describe('reminders of a pulse week', () => {
  const covid = { name: 'Covid-19', fromWeek: '2026-W45', toWeek: null };
  const pulse = (f: ReminderFacts) => remindersFor(f).filter((r) => r.kind === 'PULSE_WEEK');

  it("ask the contacts who asked for the pulse, once per provider and week, in a period's week", () => {
    const reminders = pulse(facts({ today: '2026-12-01', pulsePeriods: [covid] }));
    expect(reminders.map((r) => [r.recipient, r.dedupeKey])).toEqual([['ake@eken.se', 'PULSE_WEEK:2026-W49:p-eken']]);
    expect(reminders[0].mail.subject).toBe('Pulsenkät vecka 49: Covid-19');
    expect(reminders[0].mail.text).toContain('https://kvalitetsnav.example.se/portal/puls');
  });

  it('have the same key all week and a new one the next week', () => {
    const key = (today: string) => pulse(facts({ today, pulsePeriods: [covid] })).map((r) => r.dedupeKey);
    expect(key('2026-11-30')).toEqual(key('2026-12-06'));
    expect(key('2026-12-07')).toEqual(['PULSE_WEEK:2026-W50:p-eken']);
  });

  it('are not sent outside a period, after its last week, or to a provider that has answered the week', () => {
    expect(pulse(facts({ pulsePeriods: [] }))).toEqual([]);
    expect(pulse(facts({ pulsePeriods: [{ ...covid, toWeek: '2026-W48' }] }))).toEqual([]);
    expect(pulse(facts({ pulsePeriods: [{ ...covid, fromWeek: '2026-W50' }] }))).toEqual([]);
    expect(pulse(facts({ pulsePeriods: [covid], pulseAnsweredBy: ['p-eken'] }))).toEqual([]);
  });
});
