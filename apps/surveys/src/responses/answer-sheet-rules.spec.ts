import type { Identity } from '@kvalitetsnav/auth';
import { answerRoomRefusal, closedRoundRefusal, sheetProblems } from './answer-sheet-rules';

const questions = [
  {
    id: 'Q1',
    text: 'Trivs du?',
    options: [
      { code: 'YES', label: 'Ja', positive: true, nonSubstantive: false },
      { code: 'NO', label: 'Nej', positive: false, nonSubstantive: false },
    ],
  },
];
const official: Identity = { sub: 'anna', name: 'Anna', roles: ['QUALITY_OFFICIAL'] };
const provider = (providerId: string): Identity => ({ sub: 'key', name: 'System', roles: ['PROVIDER'], providerId });
const UNIT = '00000000-0000-4000-8000-000000000001';
const unit = { unitId: UNIT, providerId: 'p1', name: 'Gruppbostad Linden', offered: 8, optedOut: false };

describe('an answer sheet', () => {
  it('answers questions of the survey, each once, with one of its options or not at all', () => {
    expect(
      sheetProblems(questions, [
        { questionId: 'Q1', option: null },
        { questionId: 'Q9', option: 'YES' },
        { questionId: 'Q1', option: 'PERHAPS' },
      ]).map((p) => [p.rule, p.field, p.params, p.message]),
    ).toEqual([
      ['UNKNOWN_QUESTION', 'answers.1.questionId', { questionId: 'Q9' }, 'Q9 is not a question of this survey'],
      ['ANSWERED_TWICE', 'answers.2.questionId', { questionId: 'Q1' }, 'Q1 is answered twice'],
      [
        'NOT_AN_OPTION',
        'answers.2.option',
        { questionId: 'Q1', option: 'PERHAPS', options: ['YES', 'NO'] },
        'PERHAPS is not an option of Q1 (options: YES, NO)',
      ],
    ]);
  });

  it('is not taken once the round has closed', () => {
    expect(closedRoundRefusal({ status: 'OPEN', closedOn: null })).toBeNull();
    expect(closedRoundRefusal({ status: 'CLOSED', closedOn: '2022-11-30' })).toMatchObject({
      code: 'CONFLICT',
      rule: 'ROUND_CLOSED',
      field: 'roundId',
      params: { closedOn: '2022-11-30' },
      message: 'the round closed on 2022-11-30 and takes no more answers',
    });
  });
});

describe('room for answers at a unit', () => {
  it('is there while answers stay within the people offered the survey', () => {
    expect(answerRoomRefusal(official, UNIT, unit, 5, 3)).toBeNull();
    expect(answerRoomRefusal(provider('p1'), UNIT, unit, 0, 1)).toBeNull();
  });

  it('is none beyond the people offered', () => {
    expect(answerRoomRefusal(official, UNIT, unit, 5, 4)).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'MORE_ANSWERS_THAN_OFFERED',
      field: 'unitId',
      params: { unitId: UNIT, unitName: 'Gruppbostad Linden', answers: 9, offered: 8 },
      message: 'unit Gruppbostad Linden would have 9 answers but only 8 were offered the survey',
    });
  });

  it('is none at a unit that opted out', () => {
    expect(answerRoomRefusal(official, UNIT, { ...unit, optedOut: true }, 0, 1)).toMatchObject({
      rule: 'UNIT_OPTED_OUT',
      message: 'unit Gruppbostad Linden opted out of this round',
    });
  });

  it('is none at a unit outside the round, and another provider’s unit answers just the same', () => {
    const outside = answerRoomRefusal(official, UNIT, null, 0, 1);
    expect(outside).toMatchObject({
      code: 'NOT_FOUND',
      rule: 'UNIT_NOT_IN_ROUND',
      field: 'unitId',
      params: { unitId: UNIT },
      message: `unit ${UNIT} does not take part in this round`,
    });
    const elsewhere = answerRoomRefusal(provider('p2'), UNIT, unit, 0, 1);
    expect({ ...elsewhere, message: elsewhere?.message }).toEqual({ ...outside, message: outside?.message });
  });
});
