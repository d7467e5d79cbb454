import { RuleViolation } from '@kvalitetsnav/codes';
import { definitionProblems, koladaChangeProblems, QuestionShape } from './definition-rules';

const yesNo = [
  { code: 'YES', positive: true, nonSubstantive: false },
  { code: 'NO', positive: false, nonSubstantive: false },
  { code: 'DONT_KNOW', positive: false, nonSubstantive: true },
];
const described = (problems: RuleViolation[]) =>
  problems.map((p) => ({ field: p.field, message: p.message, rule: p.rule, params: p.params }));
const rulesOf = (questions: QuestionShape[]) => definitionProblems(questions).map((p) => p.rule);

describe('survey definitions', () => {
  it('accepts unique questions with a positive option', () => {
    expect(
      definitionProblems([
        { id: 'Q1', options: yesNo },
        { id: 'Q2', options: yesNo },
      ]),
    ).toEqual([]);
  });

  it('names each problem and where it is', () => {
    expect(described(definitionProblems([]))).toEqual([
      {
        field: 'questions',
        message: 'questions must hold at least one question',
        rule: 'NO_QUESTIONS',
        params: {},
      },
    ]);
    expect(definitionProblems([])[0].code).toBe('VALIDATION_FAILED');
    expect(
      described(
        definitionProblems([
          { id: 'Q1', options: yesNo },
          { id: 'Q1', options: [{ code: 'YES', positive: false, nonSubstantive: false }] },
          {
            id: 'Q3',
            options: [
              { code: 'A', positive: true, nonSubstantive: true },
              { code: 'A', positive: false, nonSubstantive: false },
            ],
          },
        ]),
      ),
    ).toEqual([
      {
        field: 'questions.1.id',
        message: 'question id Q1 is used twice',
        rule: 'QUESTION_ID_REUSED',
        params: { questionId: 'Q1' },
      },
      {
        field: 'questions.1.options',
        message: 'question Q1 needs at least two options',
        rule: 'TOO_FEW_OPTIONS',
        params: { questionId: 'Q1' },
      },
      {
        field: 'questions.1.options',
        message: 'question Q1 needs at least one positive option',
        rule: 'NO_POSITIVE_OPTION',
        params: { questionId: 'Q1' },
      },
      {
        field: 'questions.2.options',
        message: 'option A of Q3 cannot be both positive and non-substantive',
        rule: 'POSITIVE_AND_NON_SUBSTANTIVE',
        params: { questionId: 'Q3', option: 'A' },
      },
      {
        field: 'questions.2.options',
        message: 'question Q3 has option A twice',
        rule: 'OPTION_REUSED',
        params: { questionId: 'Q3', option: 'A' },
      },
    ]);
  });

  it('needs a question id that can head a CSV column: letters, digits, "_" or "-", at most 40', () => {
    expect(rulesOf([{ id: 'Fråga 1', options: yesNo }])).toEqual(['BAD_QUESTION_ID']);
    expect(rulesOf([{ id: 'Q'.repeat(41), options: yesNo }])).toEqual(['BAD_QUESTION_ID']);
    expect(rulesOf([{ id: 'Q1_b-2', options: yesNo }])).toEqual([]);
    expect(definitionProblems([{ id: 'Q 1', options: yesNo }])[0].message).toBe(
      'questions.id must be 1 to 40 letters, digits, "_" or "-"',
    );
  });

  it('counts "vet inte" outside the base, so it cannot also be a positive answer', () => {
    expect(
      rulesOf([
        {
          id: 'Q1',
          options: [
            { code: 'YES', positive: true, nonSubstantive: false },
            { code: 'DONT_KNOW', positive: true, nonSubstantive: true },
          ],
        },
      ]),
    ).toEqual(['POSITIVE_AND_NON_SUBSTANTIVE']);
  });

  it('needs a positive option, or no share positive could ever be above zero', () => {
    expect(
      rulesOf([
        {
          id: 'Q1',
          options: [
            { code: 'NO', positive: false, nonSubstantive: false },
            { code: 'MAYBE', positive: false, nonSubstantive: false },
          ],
        },
      ]),
    ).toEqual(['NO_POSITIVE_OPTION']);
  });

  it('gives a service area one Kolada KPI per question at most', () => {
    const areas = (...serviceAreas: string[]) => serviceAreas.map((serviceArea) => ({ serviceArea }));
    expect(
      definitionProblems([
        { id: 'Q1', options: yesNo, koladaKpiByServiceArea: areas('LSS_GROUP_HOME', 'LSS_SERVICE_HOME') },
      ]),
    ).toEqual([]);
    expect(
      described(
        definitionProblems([
          {
            id: 'Q1',
            options: yesNo,
            koladaKpiByServiceArea: areas('LSS_GROUP_HOME', 'LSS_GROUP_HOME', 'LSS_GROUP_HOME'),
          },
        ]),
      ),
    ).toEqual([
      {
        field: 'questions.0.koladaKpiByServiceArea',
        message: 'questions.koladaKpiByServiceArea names LSS_GROUP_HOME more than once',
        rule: 'LISTED_TWICE',
        params: { value: 'LSS_GROUP_HOME' },
      },
    ]);
  });

  it('changes the Kolada KPIs of a question of its own, one per service area', () => {
    const questions = [{ id: 'F1' }, { id: 'F2' }];
    const area = (serviceArea: string) => ({ serviceArea });
    expect(
      koladaChangeProblems(questions, {
        questionId: 'F1',
        koladaKpiByServiceArea: [area('LSS_GROUP_HOME'), area('LSS_SERVICE_HOME')],
      }),
    ).toEqual([]);
    expect(koladaChangeProblems(questions, { questionId: 'F2', koladaKpiByServiceArea: [] })).toEqual([]);
    expect(
      described(
        koladaChangeProblems(questions, {
          questionId: 'F9',
          koladaKpiByServiceArea: [area('LSS_GROUP_HOME'), area('LSS_GROUP_HOME')],
        }),
      ),
    ).toEqual([
      {
        field: 'questionId',
        message: 'F9 is not a question of this survey',
        rule: 'UNKNOWN_QUESTION',
        params: { questionId: 'F9' },
      },
      {
        field: 'koladaKpiByServiceArea',
        message: 'koladaKpiByServiceArea names LSS_GROUP_HOME more than once',
        rule: 'LISTED_TWICE',
        params: { value: 'LSS_GROUP_HOME' },
      },
    ]);
  });
});
