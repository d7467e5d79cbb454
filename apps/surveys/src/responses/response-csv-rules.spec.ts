import { parseResponseCsv } from './response-csv-rules';

const questions = [
  {
    id: 'Q1',
    text: 'Trivs du?',
    options: [
      { code: 'YES', positive: true, nonSubstantive: false },
      { code: 'NO', positive: false, nonSubstantive: false },
    ],
  },
  {
    id: 'Q2',
    text: 'Är du trygg?',
    options: [
      { code: 'YES', positive: true, nonSubstantive: false },
      { code: 'DONT_KNOW', positive: false, nonSubstantive: true },
    ],
  },
];
const UNIT = '4f1c2d3e-0000-4000-8000-000000000001';

describe('survey response CSV', () => {
  it('reads anonymous answer sheets, empty cells as unanswered', () => {
    const { sheets, errors } = parseResponseCsv(
      `unit_id,gender,Q1,Q2\n${UNIT},WOMAN,YES,\n${UNIT},NOT_STATED,NO,DONT_KNOW\n`,
      questions,
    );
    expect(errors).toEqual([]);
    expect(sheets).toEqual([
      { line: 2, unitId: UNIT, gender: 'WOMAN', answers: { Q1: 'YES', Q2: null } },
      { line: 3, unitId: UNIT, gender: 'NOT_STATED', answers: { Q1: 'NO', Q2: 'DONT_KNOW' } },
    ]);
  });

  it('names line and column of every bad cell', () => {
    const { errors } = parseResponseCsv(`unit_id,gender,Q1,Q2\nx,WOMAN,YES,YES\n${UNIT},OTHER,MAYBE,YES\n`, questions);
    expect(errors).toEqual([
      { line: 2, column: 'unit_id', message: 'must be a UUID' },
      { line: 3, column: 'gender', message: 'must be one of WOMAN, MAN, NOT_STATED' },
      { line: 3, column: 'Q1', message: 'MAYBE is not an option of Q1 (options: YES, NO)' },
    ]);
  });

  it('refuses a header with unknown questions or in the wrong order', () => {
    expect(parseResponseCsv('gender,unit_id,Q9\n', questions).errors).toEqual([
      { line: 1, column: '(header)', message: 'must start with unit_id,gender' },
      { line: 1, column: 'Q9', message: 'is not a question of this survey' },
    ]);
  });
});
