import type { Identity } from '@kvalitetsnav/auth';
import {
  answeringProviderRefusal,
  answeringUnitRefusal,
  carriedOverUnitId,
  DEFAULT_PULSE_QUESTIONS,
  endPulsePeriodRefusal,
  openPulsePeriodRefusals,
  providerWeekValues,
  pulseAnswerRefusals,
  pulsePeriodOf,
  pulseProvidersMissing,
  pulseQuestionsOf,
  pulseQuestionsRefusals,
  pulseQuestionWeek,
  pulseSignals,
  pulseSignalsPerUnit,
  pulseUnitsExpected,
  pulseWeekRefusal,
  pulseWeeksSoFar,
  type PulseQuestionShape,
} from './pulse-rules';

const P1 = '00000000-0000-4000-8000-000000000001';
const P2 = '00000000-0000-4000-8000-000000000002';
const P3 = '00000000-0000-4000-8000-000000000003';
const official: Identity = { sub: 'anna', name: 'Anna', roles: ['QUALITY_OFFICIAL'] };
const provider: Identity = { sub: 'key', name: 'System', roles: ['PROVIDER'], providerId: P1 };

describe('who answers the pulse', () => {
  it('a provider, for itself, naming itself or not', () => {
    expect(answeringProviderRefusal(provider)).toBeNull();
    expect(answeringProviderRefusal(provider, P1)).toBeNull();
  });

  it('not a provider for another provider', () => {
    expect(answeringProviderRefusal(provider, P2)).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'OWN_PROVIDER_ONLY',
      field: 'providerId',
      message: 'a provider answers only for itself',
    });
  });

  it('an official, naming the provider or only the unit', () => {
    expect(answeringProviderRefusal(official, P2)).toBeNull();
    expect(answeringProviderRefusal(official)).toBeNull();
  });
});

describe('the unit an answer is for', () => {
  const U1 = '00000000-0000-4000-8000-0000000000a1';
  const U2 = '00000000-0000-4000-8000-0000000000a2';
  const ofP1 = { id: U1, providerId: P1 };
  const ofP2 = { id: U2, providerId: P2 };

  it('is named: the pulse is answered per unit', () => {
    expect(answeringUnitRefusal(provider, {}, null)).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'PULSE_UNIT_REQUIRED',
      field: 'unitId',
      message: 'unitId is required: the pulse is answered per unit',
    });
  });

  it("is one of the provider's own units when a provider answers", () => {
    expect(answeringUnitRefusal(provider, { unitId: U1 }, ofP1)).toBeNull();
    expect(answeringUnitRefusal(provider, { unitId: U1, providerId: P1 }, ofP1)).toBeNull();
  });

  it("answers a provider another provider's unit as unknown, as it does an id that names nothing", () => {
    const unknown = { code: 'NOT_FOUND', rule: 'UNKNOWN', field: 'unitId', params: { entity: 'UNIT', ids: [U2] } };
    expect(answeringUnitRefusal(provider, { unitId: U2 }, ofP2)).toMatchObject(unknown);
    expect(answeringUnitRefusal(provider, { unitId: U2 }, null)).toMatchObject(unknown);
  });

  it('is any unit when an official answers, its provider the one answering', () => {
    expect(answeringUnitRefusal(official, { unitId: U2 }, ofP2)).toBeNull();
  });

  it('is a unit of the provider an official names, if they name one', () => {
    expect(
      answeringUnitRefusal(official, { unitId: U2, providerId: P1 }, ofP2, {
        unitName: 'Gruppbostad Eken',
        providerName: 'Omsorg i Norr AB',
      }),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'PULSE_UNIT_NOT_OF_PROVIDER',
      field: 'unitId',
      params: { unitId: U2, unitName: 'Gruppbostad Eken', providerId: P1, providerName: 'Omsorg i Norr AB' },
      message: `unitId ${U2} (Gruppbostad Eken) is not a unit of Omsorg i Norr AB`,
    });
  });
});

describe('the units expected to answer a week', () => {
  const units = [
    { id: 'u-linden', providerId: P1 },
    { id: 'u-eken', providerId: P1 },
    { id: 'u-bjorken', providerId: P2 },
  ];
  const providers = new Set([P1, P2]);

  it('are every unit of a provider the pulse knows, each answering for itself', () => {
    const { answered, missing } = pulseUnitsExpected(units, providers, [{ providerId: P1, unitId: 'u-linden' }]);
    expect(answered.map((u) => u.id)).toEqual(['u-linden']);
    expect(missing.map((u) => u.id)).toEqual(['u-eken', 'u-bjorken']);
  });

  it('are not the units of a provider the pulse does not know (yet)', () => {
    expect(pulseUnitsExpected(units, new Set([P2]), []).missing.map((u) => u.id)).toEqual(['u-bjorken']);
  });

  it("count a provider's answer from before answers were per unit as every one of its units'", () => {
    const { answered, missing } = pulseUnitsExpected(units, providers, [{ providerId: P1, unitId: null }]);
    expect(answered.map((u) => u.id)).toEqual(['u-linden', 'u-eken']);
    expect(missing.map((u) => u.id)).toEqual(['u-bjorken']);
  });

  it('leave a provider missing while one of its units has not answered, and one without units until it answers', () => {
    const all = [{ id: P1 }, { id: P2 }, { id: P3 }];
    expect(pulseProvidersMissing(all, units, [{ providerId: P1, unitId: 'u-linden' }])).toEqual([
      { id: P1 },
      { id: P2 },
      { id: P3 },
    ]);
    expect(
      pulseProvidersMissing(all, units, [
        { providerId: P1, unitId: 'u-linden' },
        { providerId: P1, unitId: 'u-eken' },
        { providerId: P3, unitId: null },
      ]),
    ).toEqual([{ id: P2 }]);
  });
});

describe('signals per unit', () => {
  const questions = DEFAULT_PULSE_QUESTIONS;
  const values = (staffing: number) => [
    { key: 'IMPACT', value: 1 },
    { key: 'STAFFING', value: staffing },
    { key: 'PROTECTIVE_EQUIPMENT', value: 1 },
    { key: 'WORRY', value: 1 },
  ];

  it('point at the unit whose answer holds them, and leave out the units without', () => {
    const signals = pulseSignalsPerUnit(
      questions,
      [
        { providerId: P1, unitId: 'u-linden', values: values(5) },
        { providerId: P1, unitId: 'u-eken', values: values(2) },
      ],
      4,
    );
    expect(signals.map((s) => [s.answer.unitId, s.signals.map((x) => x.questionKey)])).toEqual([
      ['u-linden', ['STAFFING']],
    ]);
  });

  it("give a provider's week the highest value of its units' answers, so a signal at one is the provider's", () => {
    expect(providerWeekValues([values(5), values(2)])).toEqual(values(5));
    expect(providerWeekValues([values(3)])).toEqual(values(3));
    expect(providerWeekValues([])).toEqual([]);
  });
});

describe("carrying a provider's answer from before answers were per unit over", () => {
  it('gives it to the unit when the provider has exactly one', () => {
    expect(carriedOverUnitId(['u-linden'])).toBe('u-linden');
  });

  it('keeps it the provider’s with several units or none, rather than guess which', () => {
    expect(carriedOverUnitId(['u-linden', 'u-eken'])).toBeNull();
    expect(carriedOverUnitId([])).toBeNull();
  });
});

describe('the week answered', () => {
  it('is this week or an earlier one', () => {
    expect(pulseWeekRefusal('2022-W11', '2022-03-16')).toBeNull();
    expect(pulseWeekRefusal('2021-W52', '2022-03-16')).toBeNull();
  });

  it('is not a week that has not begun', () => {
    expect(pulseWeekRefusal('2022-W12', '2022-03-16')).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'IN_THE_FUTURE',
      field: 'week',
      params: { value: '2022-W12', today: '2022-03-16' },
      message: 'week 2022-W12 is in the future (today is 2022-03-16)',
    });
  });
});

const HEAT: PulseQuestionShape[] = [
  { key: 'COOLING', text: 'Hur svårt är det att hålla inomhustemperaturen nere?', answerType: 'SCALE' },
  { key: 'HEAT_STROKE', text: 'Har någon brukare fått värmeslag?', answerType: 'YES_NO' },
];

describe("a pulse's own questions", () => {
  it('a pulse asks its own questions; a week outside every pulse asks the default ones', () => {
    expect(pulseQuestionsOf({ questions: HEAT })).toBe(HEAT);
    expect(pulseQuestionsOf(null)).toBe(DEFAULT_PULSE_QUESTIONS);
    expect(DEFAULT_PULSE_QUESTIONS.map((q) => q.key)).toEqual(['IMPACT', 'STAFFING', 'PROTECTIVE_EQUIPMENT', 'WORRY']);
  });

  it('are at least one, each with a key of its own and a text', () => {
    expect(pulseQuestionsRefusals(HEAT)).toEqual([]);
    expect(pulseQuestionsRefusals([])).toEqual([expect.objectContaining({ rule: 'NO_QUESTIONS', field: 'questions' })]);
    expect(
      pulseQuestionsRefusals([HEAT[0], { ...HEAT[1], key: 'COOLING', text: ' ' }, { ...HEAT[1], key: 'två ord' }]),
    ).toEqual([
      expect.objectContaining({
        rule: 'QUESTION_ID_REUSED',
        field: 'questions.1.key',
        params: { questionId: 'COOLING' },
      }),
      expect.objectContaining({ rule: 'REQUIRED', field: 'questions.1.text' }),
      expect.objectContaining({ rule: 'BAD_QUESTION_ID', field: 'questions.2.key' }),
    ]);
  });
});

describe('an answer to the pulse', () => {
  it("answers each of the pulse's questions once, within its scale", () => {
    expect(
      pulseAnswerRefusals(HEAT, [
        { key: 'COOLING', value: 5 },
        { key: 'HEAT_STROKE', value: 0 },
      ]),
    ).toEqual([]);
    expect(
      pulseAnswerRefusals(HEAT, [
        { key: 'COOLING', value: 0 },
        { key: 'HEAT_STROKE', value: 2 },
        { key: 'HEAT_STROKE', value: 1 },
        { key: 'STAFFING', value: 3 },
      ]),
    ).toEqual([
      expect.objectContaining({
        rule: 'OUT_OF_RANGE',
        field: 'answers.0.value',
        params: { min: 1, max: 5, whole: true },
      }),
      expect.objectContaining({
        rule: 'OUT_OF_RANGE',
        field: 'answers.1.value',
        params: { min: 0, max: 1, whole: true },
      }),
      expect.objectContaining({
        rule: 'ANSWERED_TWICE',
        field: 'answers.2.key',
        params: { questionId: 'HEAT_STROKE' },
      }),
      expect.objectContaining({ rule: 'UNKNOWN_QUESTION', field: 'answers.3.key', params: { questionId: 'STAFFING' } }),
    ]);
  });

  it('leaves no question unanswered', () => {
    expect(pulseAnswerRefusals(HEAT, [{ key: 'COOLING', value: 2 }])).toEqual([
      expect.objectContaining({
        rule: 'PULSE_QUESTION_UNANSWERED',
        field: 'answers',
        params: { questionId: 'HEAT_STROKE' },
        message: 'question HEAT_STROKE of the pulse is not answered',
      }),
    ]);
  });
});

describe('pulse signals', () => {
  it('are the scores at or above the threshold, and the yeses, in the order of the questions', () => {
    const answer = [
      { key: 'WORRY', value: 3 },
      { key: 'IMPACT', value: 2 },
      { key: 'STAFFING', value: 4 },
      { key: 'PROTECTIVE_EQUIPMENT', value: 5 },
    ];
    expect(pulseSignals(DEFAULT_PULSE_QUESTIONS, answer, 4)).toEqual([
      { questionKey: 'STAFFING', questionText: 'Bemanning', answerType: 'SCALE', score: 4 },
      { questionKey: 'PROTECTIVE_EQUIPMENT', questionText: 'Skyddsutrustning', answerType: 'SCALE', score: 5 },
    ]);
    expect(
      pulseSignals(
        HEAT,
        [
          { key: 'COOLING', value: 3 },
          { key: 'HEAT_STROKE', value: 1 },
        ],
        4,
      ),
    ).toEqual([{ questionKey: 'HEAT_STROKE', questionText: HEAT[1].text, answerType: 'YES_NO', score: 1 }]);
    expect(
      pulseSignals(
        HEAT,
        [
          { key: 'COOLING', value: 1 },
          { key: 'HEAT_STROKE', value: 0 },
        ],
        4,
      ),
    ).toEqual([]);
  });
});

describe('the trend of a question over the weeks', () => {
  it('runs over the weeks of the pulse that have begun, across the new year', () => {
    expect(pulseWeeksSoFar({ fromWeek: '2020-W52', toWeek: null }, '2021-W02')).toEqual([
      '2020-W52',
      '2020-W53',
      '2021-W01',
      '2021-W02',
    ]);
    expect(pulseWeeksSoFar({ fromWeek: '2020-W12', toWeek: '2020-W13' }, '2020-W40')).toEqual(['2020-W12', '2020-W13']);
    expect(pulseWeeksSoFar({ fromWeek: '2020-W12', toWeek: null }, '2020-W11')).toEqual([]);
  });

  it('a scale: how many answered, their average and how many were signals', () => {
    const answers = [[{ key: 'COOLING', value: 4 }], [{ key: 'COOLING', value: 5 }], [{ key: 'COOLING', value: 2 }]];
    expect(pulseQuestionWeek(HEAT[0], '2022-W30', answers, 4)).toEqual({
      week: '2022-W30',
      answers: 3,
      average: 3.67,
      yes: 0,
      no: 0,
      signals: 2,
    });
    expect(pulseQuestionWeek(HEAT[0], '2022-W31', [], 4)).toMatchObject({ answers: 0, average: null, signals: 0 });
  });

  it('a yes or no: the yeses (each a signal) and the noes', () => {
    const answers = [
      [{ key: 'HEAT_STROKE', value: 1 }],
      [{ key: 'HEAT_STROKE', value: 0 }],
      [{ key: 'HEAT_STROKE', value: 0 }],
    ];
    expect(pulseQuestionWeek(HEAT[1], '2022-W30', answers, 4)).toEqual({
      week: '2022-W30',
      answers: 3,
      average: null,
      yes: 1,
      no: 2,
      signals: 1,
    });
  });
});

describe('pulse periods: which weeks are pulse weeks', () => {
  const spring = { name: 'Covid-19 våren', fromWeek: '2020-W12', toWeek: '2020-W26' };
  const autumn = { name: 'Covid-19 hösten', fromWeek: '2020-W44', toWeek: null };

  it('a week from the first to the last week of a period, both included, is a pulse week', () => {
    expect(pulsePeriodOf([spring], '2020-W12')).toBe(spring);
    expect(pulsePeriodOf([spring], '2020-W26')).toBe(spring);
    expect(pulsePeriodOf([spring], '2020-W11')).toBeNull();
    expect(pulsePeriodOf([spring], '2020-W27')).toBeNull();
  });

  it('a period without a last week goes on, across the new year, until it is ended', () => {
    expect(pulsePeriodOf([spring, autumn], '2021-W03')).toBe(autumn);
  });

  it('a period ends no earlier than it starts', () => {
    expect(openPulsePeriodRefusals({ fromWeek: '2020-W12', toWeek: '2020-W10' }, [])).toEqual([
      expect.objectContaining({
        rule: 'PULSE_PERIOD_ENDS_BEFORE_START',
        field: 'toWeek',
        params: { fromWeek: '2020-W12' },
      }),
    ]);
    expect(openPulsePeriodRefusals({ fromWeek: '2020-W12', toWeek: '2020-W12' }, [])).toEqual([]);
  });

  it('no week belongs to two periods, an unended one included', () => {
    expect(openPulsePeriodRefusals({ fromWeek: '2020-W26', toWeek: '2020-W30' }, [spring])).toEqual([
      expect.objectContaining({ rule: 'PULSE_PERIOD_OVERLAP', field: 'fromWeek', params: spring }),
    ]);
    expect(openPulsePeriodRefusals({ fromWeek: '2021-W40', toWeek: null }, [autumn])).toEqual([
      expect.objectContaining({ rule: 'PULSE_PERIOD_OVERLAP' }),
    ]);
    expect(openPulsePeriodRefusals({ fromWeek: '2020-W01', toWeek: null }, [spring])).toEqual([
      expect.objectContaining({ rule: 'PULSE_PERIOD_OVERLAP' }),
    ]);
    expect(openPulsePeriodRefusals({ fromWeek: '2020-W27', toWeek: '2020-W43' }, [spring, autumn])).toEqual([]);
  });

  it('a period is ended at this week or a later one, never at a week already asked for', () => {
    const today = '2020-11-18'; // week 47
    expect(endPulsePeriodRefusal(autumn, '2020-W47', today)).toBeNull();
    expect(endPulsePeriodRefusal(autumn, '2020-W52', today)).toBeNull();
    expect(endPulsePeriodRefusal(autumn, '2020-W46', today)).toMatchObject({
      rule: 'PULSE_WEEK_PASSED',
      field: 'lastWeek',
      params: { value: '2020-W46', week: '2020-W47' },
    });
  });

  it('not before the period starts, and a period that has ended stays ended', () => {
    expect(endPulsePeriodRefusal({ fromWeek: '2020-W50', toWeek: null }, '2020-W48', '2020-11-18')).toMatchObject({
      rule: 'PULSE_PERIOD_ENDS_BEFORE_START',
      field: 'lastWeek',
    });
    expect(endPulsePeriodRefusal(spring, '2020-W50', '2020-11-18')).toMatchObject({
      rule: 'PULSE_PERIOD_ENDED',
      params: { toWeek: '2020-W26' },
    });
  });
});
