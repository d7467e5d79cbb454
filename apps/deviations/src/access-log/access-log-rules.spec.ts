import {
  accessLogConditions,
  loggedRead,
  ownReads,
  READ_REASON_MAX,
  readReason,
  readReasonViolation,
} from './access-log-rules';

describe('what counts as a logged read of personal data', () => {
  it('is every return of a protected original, whatever else was asked', () => {
    expect(loggedRead('protectedDescription', [], ['d-1'])).toEqual({
      recordKind: 'DEVIATION',
      recordIds: ['d-1'],
      field: 'protectedDescription',
    });
  });

  it('is one deviation opened with its free texts or who complained', () => {
    for (const field of ['description', 'actions', 'finalAssessment', 'complainant'])
      expect(loggedRead('deviation', ['id', 'kind', field], ['d-1'])).toEqual({
        recordKind: 'DEVIATION',
        recordIds: ['d-1'],
        field: 'deviation',
      });
  });

  it('is not a deviation opened for its status, dates or protected original alone (that is its own read)', () => {
    expect(loggedRead('deviation', ['id', 'kind', 'status', 'reportedOn', 'twoMonthRule'], ['d-1'])).toBeNull();
    expect(loggedRead('deviation', ['id', 'protectedDescription'], ['d-1'])).toBeNull();
  });

  it('is one entry per read of the decisions not executed, with every decision shown', () => {
    expect(loggedRead('decisionsNotExecuted', ['id', 'gender', 'decidedOn'], ['b-1', 'b-2', 'b-1'])).toEqual({
      recordKind: 'DECISION_NOT_EXECUTED',
      recordIds: ['b-1', 'b-2'],
      field: 'decisionsNotExecuted',
    });
    expect(loggedRead('decisionsNotExecutedQuarterReport.decisions', ['reason'], ['b-3'])).toMatchObject({
      recordKind: 'DECISION_NOT_EXECUTED',
      recordIds: ['b-3'],
    });
  });

  it('is not a read that returned no one, or only ids and units', () => {
    expect(loggedRead('decisionsNotExecuted', ['id', 'gender'], [])).toBeNull();
    expect(loggedRead('protectedDescription', [], [])).toBeNull();
    expect(loggedRead('decisionsNotExecuted', ['id', 'unitId', 'serviceArea'], ['b-1'])).toBeNull();
  });
});

describe('the reason a reader gives', () => {
  it('is kept trimmed, and a blank one is no reason', () => {
    expect(readReason('  Utredning av händelsen ')).toBe('Utredning av händelsen');
    expect(readReason('   ')).toBeNull();
    expect(readReason(undefined)).toBeNull();
  });

  it(`may be left out, and is at most ${READ_REASON_MAX} characters`, () => {
    expect(readReasonViolation(null)).toBeNull();
    expect(readReasonViolation('x'.repeat(READ_REASON_MAX))).toBeNull();
    expect(readReasonViolation(` ${'x'.repeat(READ_REASON_MAX)} `)).toBeNull();
    expect(readReasonViolation('x'.repeat(READ_REASON_MAX + 1))).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'TEXT_LENGTH',
      field: 'reason',
      params: { min: 1, max: READ_REASON_MAX },
    });
  });
});

describe('searching the access log', () => {
  it('selects everything when nothing is asked', () => {
    expect(accessLogConditions({})).toEqual({ where: [], params: {} });
  });

  it('takes a period as whole days in Swedish time, the last day included', () => {
    const { where, params } = accessLogConditions({ from: '2026-03-01', to: '2026-03-31' });
    expect(where).toEqual([
      `l.read_at >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/Stockholm')`,
      `l.read_at < (CAST(:before AS date)::timestamp AT TIME ZONE 'Europe/Stockholm')`,
    ]);
    expect(params).toEqual({ from: '2026-03-01', before: '2026-04-01' });
  });

  it('matches the reader on their identity, and the record on its kind and its id among those a read returned', () => {
    expect(
      accessLogConditions({ userSub: 'kvalitet-1', recordKind: 'DECISION_NOT_EXECUTED', recordId: 'b-1' }),
    ).toEqual({
      where: [
        'l.reader_sub = :userSub',
        'l.record_kind = :recordKind',
        'l.record_ids @> ARRAY[CAST(:recordId AS uuid)]',
      ],
      params: { userSub: 'kvalitet-1', recordKind: 'DECISION_NOT_EXECUTED', recordId: 'b-1' },
    });
  });

  it('takes a deviation id as a record of kind DEVIATION', () => {
    expect(accessLogConditions({ deviationId: 'd-1' })).toEqual({
      where: [`l.record_kind = 'DEVIATION' AND l.record_ids @> ARRAY[CAST(:deviationId AS uuid)]`],
      params: { deviationId: 'd-1' },
    });
  });

  it('shows a reader only their own reads, whoever else they ask about', () => {
    expect(ownReads('mas', { userSub: 'someone-else', deviationId: 'd-1' })).toEqual({
      userSub: 'mas',
      deviationId: 'd-1',
    });
  });
});
