import {
  closeViolations,
  decisionViolations,
  isOverdue,
  openCasesConcerning,
  openedOnViolation,
  responseDueViolations,
  responseSentViolations,
} from './supervision-rules';

const today = '2026-03-10';
const response = (dueOn: string, sentOn: string | null = null) => ({
  id: 'r1',
  required: 'Redovisa åtgärder',
  dueOn,
  sentOn,
});
const open = { openedOn: '2026-02-01', closedOn: null, responses: [response('2026-03-01')] };
const rules = (vs: { rule: string; field?: string; params?: unknown }[]) => vs.map((v) => [v.rule, v.field, v.params]);

describe('a supervision case (tillsynsärende)', () => {
  it('is registered once it has opened, not for a day to come', () => {
    expect(openedOnViolation('2026-03-10', today)).toBeNull();
    expect(openedOnViolation('2026-03-11', today)).toMatchObject({
      rule: 'IN_THE_FUTURE',
      field: 'openedOn',
      params: { value: '2026-03-11', today },
    });
  });

  it('asks for responses due on or after the day it opened, also in the future', () => {
    expect(responseDueViolations(open, '2026-02-01')).toEqual([]);
    expect(responseDueViolations(open, '2026-12-31')).toEqual([]);
    expect(rules(responseDueViolations(open, '2026-01-31'))).toEqual([
      ['SUPERVISION_BEFORE_OPENED', 'dueOn', { openedOn: '2026-02-01' }],
    ]);
  });

  it('records a response as sent once, on a day that has come and not before the case opened', () => {
    expect(responseSentViolations(open, response('2026-03-01'), '2026-03-05', today)).toEqual([]);
    expect(rules(responseSentViolations(open, response('2026-03-01'), '2026-03-11', today))).toEqual([
      ['IN_THE_FUTURE', 'sentOn', { value: '2026-03-11', today }],
    ]);
    expect(rules(responseSentViolations(open, response('2026-03-01'), '2026-01-05', today))).toEqual([
      ['SUPERVISION_BEFORE_OPENED', 'sentOn', { openedOn: '2026-02-01' }],
    ]);
    expect(rules(responseSentViolations(open, response('2026-03-01', '2026-02-20'), '2026-03-05', today))).toEqual([
      ['SUPERVISION_RESPONSE_SENT', 'responseId', { sentOn: '2026-02-20' }],
    ]);
  });

  it('records the decision on a day that has come, not before the case opened', () => {
    expect(decisionViolations(open, '2026-03-10', today)).toEqual([]);
    expect(rules(decisionViolations(open, '2026-01-01', today))).toEqual([
      ['SUPERVISION_BEFORE_OPENED', 'decidedOn', { openedOn: '2026-02-01' }],
    ]);
  });

  it('is closed only when every required response has been sent', () => {
    expect(rules(closeViolations(open, '2026-03-10', today))).toEqual([
      ['SUPERVISION_RESPONSES_UNSENT', undefined, { count: 1 }],
    ]);
    const answered = { ...open, responses: [response('2026-03-01', '2026-02-28')] };
    expect(closeViolations(answered, '2026-03-10', today)).toEqual([]);
    expect(rules(closeViolations(answered, '2026-03-11', today))).toEqual([
      ['IN_THE_FUTURE', 'closedOn', { value: '2026-03-11', today }],
    ]);
  });

  it('stays closed: no responses, sent dates, decisions or second closing', () => {
    const closed = { ...open, responses: [response('2026-03-01', '2026-02-28')], closedOn: '2026-03-05' };
    const refusal = ['SUPERVISION_CASE_CLOSED', undefined, { closedOn: '2026-03-05' }];
    expect(rules(responseDueViolations(closed, '2026-04-01'))).toEqual([refusal]);
    expect(rules(responseSentViolations(closed, response('2026-04-01'), '2026-03-06', today))).toEqual([refusal]);
    expect(rules(decisionViolations(closed, '2026-03-06', today))).toEqual([refusal]);
    expect(rules(closeViolations(closed, '2026-03-06', today))).toEqual([refusal]);
  });
});

describe('a required response', () => {
  it('is overdue when it has not been sent and its last day has passed', () => {
    expect(isOverdue(response('2026-03-09'), today)).toBe(true);
    expect(isOverdue(response('2026-03-10'), today)).toBe(false);
    expect(isOverdue(response('2026-03-09', '2026-03-10'), today)).toBe(false);
  });
});

describe('open supervision and a contract', () => {
  const contract = { providerId: 'p1', unitIds: ['u1', 'u2'] };
  const opened = '2026-01-15';
  it('counts cases open that day about one of its units or about its provider as a whole', () => {
    const cases = [
      { providerId: 'p1', unitId: 'u1', openedOn: opened, closedOn: null },
      { providerId: 'p1', unitId: null, openedOn: opened, closedOn: null },
      { providerId: 'p1', unitId: 'u9', openedOn: opened, closedOn: null },
      { providerId: 'p2', unitId: null, openedOn: opened, closedOn: null },
      { providerId: null, unitId: null, openedOn: opened, closedOn: null },
    ];
    expect(openCasesConcerning(cases, contract, today)).toBe(2);
  });

  it('counts a case from the day it opened until the day it closed', () => {
    const cases = [{ providerId: 'p1', unitId: 'u2', openedOn: opened, closedOn: '2026-03-01' }];
    expect(openCasesConcerning(cases, contract, '2026-01-14')).toBe(0);
    expect(openCasesConcerning(cases, contract, '2026-01-15')).toBe(1);
    expect(openCasesConcerning(cases, contract, '2026-02-28')).toBe(1);
    expect(openCasesConcerning(cases, contract, '2026-03-01')).toBe(0);
  });
});
