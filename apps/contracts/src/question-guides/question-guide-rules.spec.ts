import { guideViolations, GuideQuestionFacts, nextGuideVersion } from './question-guide-rules';

const yesNo = (key: string, askedWhenYes?: string): GuideQuestionFacts => ({
  key,
  text: key,
  answerType: 'YES_NO',
  askedWhenYes,
});
const rules = (questions: GuideQuestionFacts[]) => guideViolations(questions).map((v) => [v.field, v.rule]);

describe('a question guide', () => {
  it('has each question key once', () => {
    expect(rules([yesNo('A'), yesNo('A')])).toEqual([['questions.1.key', 'LISTED_TWICE']]);
  });

  it('gives a choice question at least two options', () => {
    expect(rules([{ key: 'C', text: 'Vilken?', answerType: 'CHOICE', options: ['Ja'] }])).toEqual([
      ['questions.0.options', 'GUIDE_OPTIONS_REQUIRED'],
    ]);
    expect(rules([{ key: 'C', text: 'Vilken?', answerType: 'CHOICE', options: ['A', 'B'] }])).toEqual([]);
  });

  it('asks a conditional question only after the yes/no question it depends on', () => {
    expect(rules([yesNo('UNQUALIFIED'), yesNo('VALIDATION_PLAN', 'UNQUALIFIED')])).toEqual([]);
    expect(rules([yesNo('VALIDATION_PLAN', 'UNQUALIFIED'), yesNo('UNQUALIFIED')])).toEqual([
      ['questions.0.askedWhenYes', 'GUIDE_CONDITION_UNKNOWN'],
    ]);
    expect(rules([{ key: 'N', text: 'Antal', answerType: 'NUMBER' }, yesNo('X', 'N')])).toEqual([
      ['questions.1.askedWhenYes', 'GUIDE_CONDITION_UNKNOWN'],
    ]);
  });

  it('is published as the version after the latest one under its key', () => {
    expect(nextGuideVersion([])).toBe(1);
    expect(nextGuideVersion([1, 3, 2])).toBe(4);
  });
});
