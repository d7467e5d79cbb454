import { definitionProblems } from './definition-rules';

const yesNo = [
  { code: 'YES', positive: true, nonSubstantive: false },
  { code: 'NO', positive: false, nonSubstantive: false },
  { code: 'DONT_KNOW', positive: false, nonSubstantive: true },
];

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
    expect(definitionProblems([])).toEqual([
      { field: 'questions', message: 'questions must hold at least one question' },
    ]);
    expect(
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
    ).toEqual([
      { field: 'questions.1.id', message: 'question id Q1 is used twice' },
      { field: 'questions.1.options', message: 'question Q1 needs at least two options' },
      { field: 'questions.1.options', message: 'question Q1 needs at least one positive option' },
      { field: 'questions.2.options', message: 'option A of Q3 cannot be both positive and non-substantive' },
      { field: 'questions.2.options', message: 'question Q3 has option A twice' },
    ]);
  });
});
