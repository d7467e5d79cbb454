import { surveysViolation } from '@kvalitetsnav/codes';
import { parseResponseCsv, rowError } from './response-csv-rules';

const questions = [
  {
    id: 'Q1',
    text: 'Trivs du?',
    options: [
      { code: 'YES', label: 'Ja', positive: true, nonSubstantive: false },
      { code: 'NO', label: 'Nej', positive: false, nonSubstantive: false },
    ],
  },
  {
    id: 'Q2',
    text: 'Är du trygg?',
    options: [
      { code: 'YES', label: 'Ja', positive: true, nonSubstantive: false },
      { code: 'DONT_KNOW', label: 'Vet inte', positive: false, nonSubstantive: true },
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

  it('names line and column of every bad cell, with its rule and params', () => {
    const { errors } = parseResponseCsv(`unit_id,gender,Q1,Q2\nx,WOMAN,YES,YES\n${UNIT},OTHER,MAYBE,YES\n`, questions);
    expect(errors).toEqual([
      { line: 2, column: 'unit_id', message: 'must be a UUID', rule: 'NOT_AN_ID', params: {} },
      {
        line: 3,
        column: 'gender',
        message: 'must be one of WOMAN, MAN, NOT_STATED',
        rule: 'NOT_ONE_OF',
        params: { allowed: ['WOMAN', 'MAN', 'NOT_STATED'] },
      },
      {
        line: 3,
        column: 'Q1',
        message: 'MAYBE is not an option of Q1 (options: YES, NO)',
        rule: 'NOT_AN_OPTION',
        params: { questionId: 'Q1', option: 'MAYBE', options: ['YES', 'NO'] },
      },
    ]);
  });

  it('refuses a header with unknown questions or in the wrong order', () => {
    expect(parseResponseCsv('gender,unit_id,Q9\n', questions).errors).toEqual([
      {
        line: 1,
        column: '(header)',
        message: 'must start with unit_id,gender',
        rule: 'CSV_HEADER',
        params: { columns: ['unit_id', 'gender'] },
      },
      {
        line: 1,
        column: 'Q9',
        message: 'is not a question of this survey',
        rule: 'UNKNOWN_QUESTION',
        params: { questionId: 'Q9' },
      },
    ]);
  });

  it('refuses an empty file and one that is not CSV', () => {
    expect(parseResponseCsv('', questions).errors).toEqual([
      { line: 1, column: '(file)', message: 'is empty', rule: 'CSV_EMPTY', params: {} },
    ]);
    const [broken] = parseResponseCsv('unit_id,gender,Q1\n"x,WOMAN,YES\n', questions).errors;
    expect(broken).toMatchObject({ column: '(file)', rule: 'CSV_UNREADABLE', message: /^is not valid CSV: / });
  });

  it('keeps a sentence whole when it does not start with its column', () => {
    const violation = surveysViolation('UNIT_OPTED_OUT', 'unitId', { unitId: UNIT, unitName: 'Gruppbostad Björken' });
    expect(rowError(4, 'unit_id', violation)).toEqual({
      line: 4,
      column: 'unit_id',
      message: 'unit Gruppbostad Björken opted out of this round',
      rule: 'UNIT_OPTED_OUT',
      params: { unitId: UNIT, unitName: 'Gruppbostad Björken' },
    });
  });
});
