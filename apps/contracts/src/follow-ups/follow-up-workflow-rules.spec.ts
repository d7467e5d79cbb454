import {
  actionTransition,
  boardReportPeriod,
  CHECKLIST_ITEMS,
  FollowUpFacts,
  followUpTransition,
  isActionOverdue,
  needsNewStartFollowUp,
  newStartFollowUpDate,
} from './follow-up-workflow-rules';

const prepared: FollowUpFacts = {
  status: 'PLANNED',
  responsible: 'anna.planeringsledare',
  methods: ['INTERVIEW'],
  checklist: CHECKLIST_ITEMS.map((item) => ({ item, done: true })),
  findings: null,
  actionStatuses: [],
};

describe('follow-up workflow', () => {
  it('runs planned → in progress → reported → closed', () => {
    expect(followUpTransition('START', prepared)).toEqual({ to: 'IN_PROGRESS' });
    expect(
      followUpTransition('REPORT', { ...prepared, status: 'IN_PROGRESS', findings: 'Bemanningen följer avtalet.' }),
    ).toEqual({ to: 'REPORTED' });
    expect(
      followUpTransition('CLOSE', { ...prepared, status: 'REPORTED', actionStatuses: ['VERIFIED', 'VERIFIED'] }),
    ).toEqual({ to: 'CLOSED' });
  });

  it('refuses transitions from the wrong state as conflicts', () => {
    expect(followUpTransition('REPORT', prepared)).toMatchObject({
      violation: {
        field: 'status',
        code: 'CONFLICT',
        rule: 'FOLLOW_UP_TRANSITION',
        params: { from: 'PLANNED', to: 'REPORTED', allowedFrom: ['IN_PROGRESS'] },
        message: 'a PLANNED follow-up cannot go to REPORTED (only from IN_PROGRESS)',
      },
    });
    expect(followUpTransition('CANCEL', { ...prepared, status: 'CLOSED' })).toMatchObject({
      violation: {
        field: 'status',
        code: 'CONFLICT',
        params: { from: 'CLOSED', to: 'CANCELLED', allowedFrom: ['PLANNED', 'IN_PROGRESS', 'REPORTED'] },
        message: 'a CLOSED follow-up cannot go to CANCELLED (only from PLANNED or IN_PROGRESS or REPORTED)',
      },
    });
    expect(followUpTransition('START', { ...prepared, status: 'CANCELLED' })).toMatchObject({
      violation: { code: 'CONFLICT' },
    });
  });

  it('starts only when prepared and with a responsible official', () => {
    expect(followUpTransition('START', { ...prepared, responsible: null })).toMatchObject({
      violation: {
        field: 'responsible',
        code: 'VALIDATION_FAILED',
        rule: 'RESPONSIBLE_REQUIRED',
        message: 'a responsible official must be named before the follow-up starts',
      },
    });
    const halfDone = {
      ...prepared,
      checklist: [
        { item: 'CONTRACT', done: true },
        { item: 'COMPLAINTS', done: false },
      ],
    };
    expect(followUpTransition('START', halfDone)).toMatchObject({
      violation: {
        field: 'checklist',
        code: 'VALIDATION_FAILED',
        rule: 'PREPARATION_NOT_DONE',
        params: { missing: ['COMPLAINTS', 'BUSINESS_REPORT', 'MAS_MAR_INPUT', 'SYSTEM_DATA'] },
        message: 'preparation is not done: COMPLAINTS, BUSINESS_REPORT, MAS_MAR_INPUT, SYSTEM_DATA',
      },
    });
  });

  it('reports only with a method and findings', () => {
    const inProgress = { ...prepared, status: 'IN_PROGRESS' as const };
    expect(followUpTransition('REPORT', { ...inProgress, findings: 'x', methods: [] })).toMatchObject({
      violation: { field: 'methods', rule: 'METHOD_REQUIRED' },
    });
    expect(followUpTransition('REPORT', { ...inProgress, findings: '   ' })).toMatchObject({
      violation: {
        field: 'findings',
        rule: 'FINDINGS_REQUIRED',
        message: 'findings are required to report a follow-up',
      },
    });
  });

  it('closes only when every required action is verified at re-check', () => {
    expect(
      followUpTransition('CLOSE', {
        ...prepared,
        status: 'REPORTED',
        actionStatuses: ['VERIFIED', 'COMPLETED', 'OPEN'],
      }),
    ).toMatchObject({
      violation: {
        field: 'actions',
        code: 'VALIDATION_FAILED',
        rule: 'ACTIONS_NOT_VERIFIED',
        params: { count: 2 },
        message: '2 required actions are not yet verified at re-check',
      },
    });
    expect(
      followUpTransition('CLOSE', { ...prepared, status: 'REPORTED', actionStatuses: ['PLAN_RECEIVED'] }),
    ).toMatchObject({ violation: { message: '1 required action is not yet verified at re-check' } });
  });
});

describe('overdue actions', () => {
  it('are open or planned past their deadline, from the day after it', () => {
    expect(isActionOverdue({ status: 'OPEN', deadline: '2022-05-31' }, '2022-05-31')).toBe(false);
    expect(isActionOverdue({ status: 'OPEN', deadline: '2022-05-31' }, '2022-06-01')).toBe(true);
    expect(isActionOverdue({ status: 'PLAN_RECEIVED', deadline: '2022-05-31' }, '2022-06-01')).toBe(true);
    expect(isActionOverdue({ status: 'COMPLETED', deadline: '2022-05-31' }, '2022-06-01')).toBe(false);
    expect(isActionOverdue({ status: 'VERIFIED', deadline: '2022-05-31' }, '2022-06-01')).toBe(false);
  });
});

describe('new-start follow-ups', () => {
  it('fall six months after the start, on the last day of a shorter month', () => {
    expect(newStartFollowUpDate('2022-01-15')).toBe('2022-07-15');
    expect(newStartFollowUpDate('2022-08-31')).toBe('2023-02-28');
    expect(newStartFollowUpDate('2023-08-31')).toBe('2024-02-29');
    expect(newStartFollowUpDate('2022-07-01')).toBe('2023-01-01');
  });

  it('are scheduled only for contracts starting in the last six months or later', () => {
    expect(needsNewStartFollowUp('2022-03-01', '2022-09-01')).toBe(true);
    expect(needsNewStartFollowUp('2022-03-01', '2022-09-02')).toBe(false);
    expect(needsNewStartFollowUp('2030-01-01', '2022-09-02')).toBe(true);
  });
});

describe('board report periods', () => {
  it('are December–May for June and June–November for November', () => {
    expect(boardReportPeriod(2018, 'JUNE')).toEqual({ from: '2017-12-01', to: '2018-05-31' });
    expect(boardReportPeriod(2018, 'NOVEMBER')).toEqual({ from: '2018-06-01', to: '2018-11-30' });
  });
});

describe('required actions', () => {
  it('go open → plan received → completed → verified, and back to the provider when not met', () => {
    expect(actionTransition('SUBMIT_PLAN', 'OPEN')).toEqual({ to: 'PLAN_RECEIVED' });
    expect(actionTransition('SUBMIT_PLAN', 'PLAN_RECEIVED')).toEqual({ to: 'PLAN_RECEIVED' });
    expect(actionTransition('COMPLETE', 'PLAN_RECEIVED')).toEqual({ to: 'COMPLETED' });
    expect(actionTransition('RECHECK_MET', 'COMPLETED')).toEqual({ to: 'VERIFIED' });
    expect(actionTransition('RECHECK_NOT_MET', 'COMPLETED')).toEqual({ to: 'PLAN_RECEIVED' });
  });

  it('refuse a re-check before completion and any change after verification', () => {
    expect(actionTransition('RECHECK_MET', 'OPEN')).toMatchObject({
      violation: {
        code: 'CONFLICT',
        rule: 'ACTION_TRANSITION',
        field: 'actionId',
        params: { from: 'OPEN', to: 'VERIFIED', allowedFrom: ['COMPLETED'] },
        message: 'an action that is OPEN cannot become VERIFIED (only from COMPLETED)',
      },
    });
    expect(actionTransition('SUBMIT_PLAN', 'VERIFIED')).toMatchObject({
      violation: {
        message: 'an action that is VERIFIED cannot become PLAN_RECEIVED (only from OPEN or PLAN_RECEIVED)',
      },
    });
  });

  it('change only while their follow-up is reported', () => {
    expect(actionTransition('COMPLETE', 'OPEN', 'CLOSED')).toMatchObject({
      violation: {
        code: 'CONFLICT',
        rule: 'ACTIONS_CLOSED',
        params: { status: 'CLOSED' },
        message: 'the follow-up is CLOSED; actions change only while it is REPORTED',
      },
    });
  });
});
