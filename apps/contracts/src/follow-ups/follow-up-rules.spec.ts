import {
  boardPresentationViolation,
  creationViolations,
  deadlineViolations,
  mergeChecklist,
  preparationViolation,
  preparedViolations,
  publicationViolation,
  recheckViolations,
} from './follow-up-rules';

describe('a new follow-up', () => {
  it('of a specific, new-start, triggered or IOP kind follows up one contract', () => {
    expect(creationViolations({ type: 'SPECIFIC' }, null)).toMatchObject([
      {
        code: 'VALIDATION_FAILED',
        rule: 'CONTRACT_REQUIRED',
        field: 'contractId',
        params: { type: 'SPECIFIC' },
        message: 'contractId is required for SPECIFIC follow-ups',
      },
    ]);
    expect(creationViolations({ type: 'SPECIFIC' }, { form: 'LOV' })).toEqual([]);
  });

  it('spans providers without a contract when overarching or thematic', () => {
    expect(creationViolations({ type: 'OVERARCHING' }, null)).toEqual([]);
    expect(creationViolations({ type: 'THEMATIC' }, null)).toEqual([]);
  });

  it('of the IOP annual kind needs an IOP contract', () => {
    expect(creationViolations({ type: 'IOP_ANNUAL' }, { form: 'IOP' })).toEqual([]);
    expect(creationViolations({ type: 'IOP_ANNUAL' }, { form: 'LOV' })).toMatchObject([
      {
        rule: 'IOP_CONTRACT_REQUIRED',
        field: 'contractId',
        params: { form: 'LOV' },
        message: 'an IOP_ANNUAL follow-up needs an IOP contract, not LOV',
      },
    ]);
  });

  it('triggered by a signal says which signal', () => {
    expect(creationViolations({ type: 'TRIGGERED', purpose: 'Två lex Sarah' }, { form: 'LOU' })).toEqual([]);
    expect(creationViolations({ type: 'TRIGGERED', purpose: '  ' }, { form: 'LOU' })).toMatchObject([
      { rule: 'TRIGGER_REQUIRED', field: 'purpose', message: 'purpose must say what triggered a TRIGGERED follow-up' },
    ]);
  });

  it('names everything its type lacks at once', () => {
    expect(creationViolations({ type: 'TRIGGERED' }, null).map((v) => v.rule)).toEqual([
      'CONTRACT_REQUIRED',
      'TRIGGER_REQUIRED',
    ]);
  });
});

describe('preparing a follow-up', () => {
  it('is possible while it is planned or in progress, not once reported', () => {
    expect(preparationViolation('PLANNED')).toBeNull();
    expect(preparationViolation('IN_PROGRESS')).toBeNull();
    expect(preparationViolation('REPORTED')).toMatchObject({
      code: 'CONFLICT',
      rule: 'PREPARATION_CLOSED',
      field: 'followUpId',
      params: { status: 'REPORTED' },
      message: 'a REPORTED follow-up can no longer be prepared',
    });
  });

  it('names each preparation step at most once', () => {
    expect(
      preparedViolations([{ item: 'CONTRACT' }, { item: 'COMPLAINTS' }, { item: 'CONTRACT' }], {
        responsible: 'Anna',
        assistant: 'Bo',
      }),
    ).toMatchObject([{ rule: 'LISTED_TWICE', field: 'checklist', params: { value: 'CONTRACT' } }]);
  });

  it('takes an assistant official other than the responsible one', () => {
    expect(preparedViolations(null, { responsible: 'Anna', assistant: 'Bo' })).toEqual([]);
    expect(preparedViolations(null, { responsible: null, assistant: null })).toEqual([]);
    expect(preparedViolations(null, { responsible: 'Anna', assistant: 'Anna' })).toMatchObject([
      {
        code: 'VALIDATION_FAILED',
        rule: 'ASSISTANT_IS_RESPONSIBLE',
        field: 'assistant',
        message: 'the assistant official must be someone other than the responsible one',
      },
    ]);
  });

  it('replaces the checklist steps given and keeps the others', () => {
    expect(
      mergeChecklist(
        [
          { item: 'CONTRACT', done: true, note: null },
          { item: 'COMPLAINTS', done: false, note: null },
        ],
        [{ item: 'COMPLAINTS', done: true, note: ' Tre klagomål ' }],
      ),
    ).toEqual([
      { item: 'CONTRACT', done: true, note: null },
      { item: 'COMPLAINTS', done: true, note: 'Tre klagomål' },
    ]);
  });
});

describe('reporting a follow-up', () => {
  it('sets each required action a deadline from today on', () => {
    expect(deadlineViolations([{ deadline: '2022-05-31' }], '2022-05-31')).toEqual([]);
    expect(deadlineViolations([{ deadline: '2022-06-30' }, { deadline: '2022-05-30' }], '2022-05-31')).toMatchObject([
      {
        code: 'VALIDATION_FAILED',
        rule: 'DEADLINE_PASSED',
        field: 'actions.1.deadline',
        params: { value: '2022-05-30', today: '2022-05-31' },
        message: 'actions.deadline 2022-05-30 has already passed (today is 2022-05-31)',
      },
    ]);
  });
});

describe('publishing a follow-up report', () => {
  it('happens once, after the follow-up is reported', () => {
    expect(publicationViolation({ status: 'REPORTED', publishedOn: null })).toBeNull();
    expect(publicationViolation({ status: 'CLOSED', publishedOn: null })).toBeNull();
    expect(publicationViolation({ status: 'IN_PROGRESS', publishedOn: null })).toMatchObject({
      code: 'CONFLICT',
      rule: 'NOT_REPORTED',
      params: { status: 'IN_PROGRESS' },
      message: 'only a reported follow-up can be published; this one is IN_PROGRESS',
    });
    expect(publicationViolation({ status: 'CLOSED', publishedOn: '2022-06-01' })).toMatchObject({
      code: 'CONFLICT',
      rule: 'ALREADY_PUBLISHED',
      params: { publishedOn: '2022-06-01' },
    });
  });
});

describe('presenting a follow-up to the board', () => {
  const reported = { decisionNeeded: true, reportedOn: '2022-05-10', boardMeetingOn: null };

  it('is for decision cases, at a meeting on or after the report, once', () => {
    expect(boardPresentationViolation(reported, '2022-05-10')).toBeNull();
    expect(boardPresentationViolation({ ...reported, decisionNeeded: false }, '2022-06-01')).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'NO_DECISION_CASE',
      field: 'followUpId',
    });
    expect(boardPresentationViolation(reported, '2022-05-09')).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'MEETING_BEFORE_REPORT',
      field: 'meetingOn',
      params: { reportedOn: '2022-05-10' },
      message: 'meetingOn must be on or after the report date 2022-05-10',
    });
    expect(boardPresentationViolation({ ...reported, boardMeetingOn: '2022-06-14' }, '2022-06-20')).toMatchObject({
      code: 'CONFLICT',
      rule: 'ALREADY_PRESENTED',
      params: { boardMeetingOn: '2022-06-14' },
    });
  });
});

describe('a re-check of a required action', () => {
  const today = '2026-12-01';

  it('not met may give the provider a new deadline, today or later', () => {
    expect(recheckViolations({ met: false, newDeadline: '2026-12-01' }, today)).toEqual([]);
    expect(recheckViolations({ met: false, newDeadline: '2027-01-15' }, today)).toEqual([]);
    expect(recheckViolations({ met: false, newDeadline: '2026-11-30' }, today)).toMatchObject([
      { rule: 'DEADLINE_PASSED', field: 'newDeadline', params: { value: '2026-11-30', today } },
    ]);
  });

  it('not met may keep the old deadline', () => {
    expect(recheckViolations({ met: false }, today)).toEqual([]);
    expect(recheckViolations({ met: false, newDeadline: null }, today)).toEqual([]);
  });

  it('met closes the action and gives no new deadline', () => {
    expect(recheckViolations({ met: true }, today)).toEqual([]);
    expect(recheckViolations({ met: true, newDeadline: '2027-01-15' }, today)).toMatchObject([
      { rule: 'NEW_DEADLINE_WHEN_MET', field: 'newDeadline' },
    ]);
  });
});
