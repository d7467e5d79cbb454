import { keepsOriginalText, occurredAfterReportedViolation, reportKindViolation } from './deviation-report-rules';

describe('reporting a deviation', () => {
  it('takes deviations, lex Sarah and lex Maria; complaints and decisions not executed are registered elsewhere', () => {
    for (const kind of ['SOL_LSS', 'HSL', 'LEX_SARAH', 'LEX_MARIA'] as const)
      expect(reportKindViolation(kind)).toBeNull();
    expect(reportKindViolation('COMPLAINT')).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'KIND_REGISTERED_ELSEWHERE',
      field: 'kind',
      params: { kind: 'COMPLAINT', mutation: 'registerComplaint' },
      message: 'kind COMPLAINT is registered with registerComplaint',
    });
    expect(reportKindViolation('DECISION_NOT_EXECUTED')?.message).toBe(
      'kind DECISION_NOT_EXECUTED is registered with registerDecisionNotExecuted',
    );
  });

  it('refuses an event after the day it was reported, naming the date field used', () => {
    expect(occurredAfterReportedViolation('2022-03-01', '2022-03-01', 'occurredOn')).toBeNull();
    expect(occurredAfterReportedViolation('2022-03-02', '2022-03-01', 'receivedOn')).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'OCCURRED_AFTER_REPORTED',
      field: 'receivedOn',
      params: { value: '2022-03-02', reportedOn: '2022-03-01' },
      message: 'receivedOn 2022-03-02 is after the day it was reported (2022-03-01)',
    });
  });

  it('keeps the unredacted text of lex Sarah and lex Maria only, and only when something was redacted', () => {
    expect(keepsOriginalText('LEX_SARAH', 1)).toBe(true);
    expect(keepsOriginalText('LEX_MARIA', 2)).toBe(true);
    expect(keepsOriginalText('LEX_SARAH', 0)).toBe(false);
    expect(keepsOriginalText('HSL', 1)).toBe(false);
    expect(keepsOriginalText('COMPLAINT', 1)).toBe(false);
  });
});
