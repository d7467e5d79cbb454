import {
  ivoReportViolation,
  latestStepDate,
  seriousnessViolation,
  statusChangeViolations,
  stepRecord,
  transitionViolation,
  WorkflowFacts,
} from './deviation-workflow-rules';

const deviation = (overrides: Partial<WorkflowFacts> = {}): WorkflowFacts => ({
  kind: 'SOL_LSS',
  status: 'REPORTED',
  reportedOn: '2022-03-15',
  investigationStartedOn: null,
  actionsRegisteredOn: null,
  finalAssessedOn: null,
  seriousness: null,
  ivoReportedOn: null,
  ...overrides,
});
const TODAY = '2022-04-01';
const rulesOf = (d: WorkflowFacts, to: WorkflowFacts['status'], text: string | null = 'x', on = TODAY) =>
  statusChangeViolations(d, { to, text, on }, TODAY).map((v) => [v.rule, v.field]);

describe('deviation workflow', () => {
  it('moves one step at a time to closed', () => {
    expect(transitionViolation('REPORTED', 'INVESTIGATING')).toBeNull();
    expect(transitionViolation('INVESTIGATING', 'ACTIONS_REGISTERED')).toBeNull();
    expect(transitionViolation('ACTIONS_REGISTERED', 'FINAL_ASSESSMENT')).toBeNull();
    expect(transitionViolation('FINAL_ASSESSMENT', 'CLOSED')).toBeNull();
  });

  it('refuses skipping, going back, standing still and leaving closed', () => {
    expect(transitionViolation('REPORTED', 'CLOSED')?.message).toBe(
      'a deviation that is REPORTED can only go to INVESTIGATING, not CLOSED',
    );
    expect(transitionViolation('FINAL_ASSESSMENT', 'INVESTIGATING')?.message).toBe(
      'a deviation that is FINAL_ASSESSMENT can only go to CLOSED, not INVESTIGATING',
    );
    expect(transitionViolation('INVESTIGATING', 'INVESTIGATING')?.message).toBe(
      'a deviation that is INVESTIGATING can only go to ACTIONS_REGISTERED, not INVESTIGATING',
    );
    expect(transitionViolation('CLOSED', 'REPORTED')?.message).toBe('a deviation that is CLOSED cannot change status');
  });

  it('names the rule and its params, as a conflict about the status asked for', () => {
    expect(transitionViolation('REPORTED', 'CLOSED')).toMatchObject({
      code: 'CONFLICT',
      rule: 'NOT_NEXT_STATUS',
      field: 'to',
      params: { from: 'REPORTED', to: 'CLOSED', next: 'INVESTIGATING' },
    });
    expect(transitionViolation('CLOSED', 'REPORTED')).toMatchObject({
      code: 'CONFLICT',
      rule: 'STATUS_FINAL',
      field: 'to',
      params: { status: 'CLOSED' },
    });
  });

  it('refuses a step that is not the next for that alone', () => {
    expect(rulesOf(deviation(), 'ACTIONS_REGISTERED', null, '2099-01-01')).toEqual([['NOT_NEXT_STATUS', 'to']]);
  });
});

describe('each step', () => {
  it('registers actions with a text describing them, and the final assessment with its text', () => {
    expect(rulesOf(deviation({ status: 'INVESTIGATING' }), 'ACTIONS_REGISTERED', 'Rutin genomgången')).toEqual([]);
    const [noActions] = statusChangeViolations(
      deviation({ status: 'INVESTIGATING' }),
      { to: 'ACTIONS_REGISTERED', text: null, on: TODAY },
      TODAY,
    );
    expect(noActions).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'STEP_TEXT_REQUIRED',
      field: 'text',
      params: { to: 'ACTIONS_REGISTERED' },
      message: 'text must describe the actions registered',
    });
    const [noAssessment] = statusChangeViolations(
      deviation({ status: 'ACTIONS_REGISTERED' }),
      { to: 'FINAL_ASSESSMENT', text: null, on: TODAY },
      TODAY,
    );
    expect(noAssessment.message).toBe('text must hold the final assessment');
    expect(rulesOf(deviation(), 'INVESTIGATING', null)).toEqual([]);
  });

  it('is dated from the latest step before it up to today', () => {
    const d = deviation({ status: 'INVESTIGATING', investigationStartedOn: '2022-03-20' });
    expect(latestStepDate(d)).toBe('2022-03-20');
    expect(rulesOf(d, 'ACTIONS_REGISTERED', 'x', '2022-03-20')).toEqual([]);
    expect(rulesOf(d, 'ACTIONS_REGISTERED', 'x', '2022-03-19')).toEqual([['BEFORE_PREVIOUS_STEP', 'on']]);
    expect(rulesOf(d, 'ACTIONS_REGISTERED', 'x', '2022-04-02')).toEqual([['IN_THE_FUTURE', 'on']]);
  });

  it('says everything wrong with a step at once', () => {
    expect(rulesOf(deviation({ status: 'INVESTIGATING' }), 'ACTIONS_REGISTERED', null, '2022-04-02')).toEqual([
      ['IN_THE_FUTURE', 'on'],
      ['STEP_TEXT_REQUIRED', 'text'],
    ]);
  });

  it('records its day, and the actions or the assessment', () => {
    expect(stepRecord({ to: 'INVESTIGATING', text: null, on: TODAY })).toEqual({
      status: 'INVESTIGATING',
      investigationStartedOn: TODAY,
    });
    expect(stepRecord({ to: 'ACTIONS_REGISTERED', text: 'Rutin', on: TODAY })).toEqual({
      status: 'ACTIONS_REGISTERED',
      actionsRegisteredOn: TODAY,
      actions: 'Rutin',
    });
    expect(stepRecord({ to: 'FINAL_ASSESSMENT', text: 'Tillräcklig', on: TODAY })).toEqual({
      status: 'FINAL_ASSESSMENT',
      finalAssessedOn: TODAY,
      finalAssessment: 'Tillräcklig',
    });
    expect(stepRecord({ to: 'CLOSED', text: null, on: TODAY })).toEqual({ status: 'CLOSED', closedOn: TODAY });
  });
});

describe('lex Sarah and lex Maria', () => {
  const sarah = (overrides: Partial<WorkflowFacts> = {}) => deviation({ kind: 'LEX_SARAH', ...overrides });

  it('are assessed for seriousness before the final assessment', () => {
    expect(rulesOf(sarah({ status: 'ACTIONS_REGISTERED' }), 'FINAL_ASSESSMENT')).toEqual([
      ['SERIOUSNESS_NOT_ASSESSED', 'to'],
    ]);
    expect(
      statusChangeViolations(
        deviation({ kind: 'LEX_MARIA', status: 'ACTIONS_REGISTERED' }),
        { to: 'FINAL_ASSESSMENT', text: 'x', on: TODAY },
        TODAY,
      )[0].message,
    ).toBe('a LEX_MARIA report needs its seriousness assessed before the final assessment');
    expect(rulesOf(sarah({ status: 'ACTIONS_REGISTERED', seriousness: 'NOT_SERIOUS' }), 'FINAL_ASSESSMENT')).toEqual(
      [],
    );
    expect(rulesOf(deviation({ status: 'ACTIONS_REGISTERED' }), 'FINAL_ASSESSMENT')).toEqual([]);
  });

  it('when serious, are reported to IVO before they are closed', () => {
    const serious = sarah({ status: 'FINAL_ASSESSMENT', seriousness: 'SERIOUS' });
    expect(statusChangeViolations(serious, { to: 'CLOSED', text: null, on: TODAY }, TODAY)).toMatchObject([
      {
        code: 'VALIDATION_FAILED',
        rule: 'NOT_REPORTED_TO_IVO',
        field: 'to',
        params: { kind: 'LEX_SARAH' },
        message: 'a serious LEX_SARAH must be reported to IVO before it is closed',
      },
    ]);
    expect(rulesOf({ ...serious, ivoReportedOn: '2022-03-30' }, 'CLOSED', null)).toEqual([]);
    expect(rulesOf(sarah({ status: 'FINAL_ASSESSMENT', seriousness: 'NOT_SERIOUS' }), 'CLOSED', null)).toEqual([]);
  });

  it('are the only kinds assessed for seriousness, and not once with IVO', () => {
    expect(seriousnessViolation(sarah())).toBeNull();
    expect(seriousnessViolation(deviation())).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'SERIOUSNESS_ONLY_FOR_LEX',
      field: 'deviationId',
      message: 'seriousness is assessed for lex Sarah and lex Maria reports, not SOL_LSS',
    });
    expect(seriousnessViolation(sarah({ seriousness: 'SERIOUS', ivoReportedOn: '2022-03-30' }))).toMatchObject({
      code: 'CONFLICT',
      rule: 'ALREADY_REPORTED_TO_IVO',
      field: 'seriousness',
      params: { reportedOn: '2022-03-30' },
    });
  });

  it('go to IVO once, when serious, on a day from the report up to today', () => {
    const serious = sarah({ seriousness: 'SERIOUS' });
    expect(ivoReportViolation(serious, '2022-03-15', TODAY)).toBeNull();
    expect(ivoReportViolation(serious, TODAY, TODAY)).toBeNull();
    expect(ivoReportViolation(deviation({ kind: 'HSL' }), TODAY, TODAY)).toMatchObject({
      rule: 'IVO_ONLY_FOR_LEX',
      message: 'only lex Sarah and lex Maria reports go to IVO, not HSL',
    });
    expect(ivoReportViolation(sarah({ seriousness: 'NOT_SERIOUS' }), TODAY, TODAY)).toMatchObject({
      rule: 'IVO_ONLY_FOR_SERIOUS',
      field: 'deviationId',
      params: { seriousness: 'NOT_SERIOUS' },
      message: 'only a report assessed as SERIOUS is reported to IVO',
    });
    expect(ivoReportViolation({ ...serious, ivoReportedOn: '2022-03-30' }, TODAY, TODAY)).toMatchObject({
      code: 'CONFLICT',
      rule: 'ALREADY_REPORTED_TO_IVO',
      field: 'deviationId',
    });
    for (const day of ['2022-03-14', '2022-04-02'])
      expect(ivoReportViolation(serious, day, TODAY)).toMatchObject({
        code: 'VALIDATION_FAILED',
        rule: 'DATE_OUT_OF_RANGE',
        field: 'reportedOn',
        params: { value: day, earliest: '2022-03-15', today: TODAY },
        message: `reportedOn must be between 2022-03-15 and today (${TODAY})`,
      });
  });
});
