import type { GuideQuestionFacts } from '../question-guides/question-guide-rules';
import { answerViolations, FindingFacts, thematicResults, UnitFacts } from './thematic-rules';

const GUIDE: GuideQuestionFacts[] = [
  { key: 'UNQUALIFIED', text: 'Finns outbildad personal?', answerType: 'YES_NO' },
  { key: 'VALIDATION_PLAN', text: 'Finns plan för validering?', answerType: 'YES_NO', askedWhenYes: 'UNQUALIFIED' },
  { key: 'STAFF', text: 'Antal anställda', answerType: 'NUMBER' },
];
const rules = (answers: { questionKey: string; value: string }[]) =>
  answerViolations(GUIDE, answers).map((v) => [v.field, v.rule]);

describe("a unit's answers", () => {
  it('answer every question asked, each in its answer type', () => {
    expect(
      rules([
        { questionKey: 'UNQUALIFIED', value: 'NO' },
        { questionKey: 'STAFF', value: '12' },
      ]),
    ).toEqual([]);
    expect(
      rules([
        { questionKey: 'UNQUALIFIED', value: '3' },
        { questionKey: 'STAFF', value: 'many' },
      ]),
    ).toEqual([
      ['answers.0.value', 'ANSWER_TYPE_MISMATCH'],
      ['answers.1.value', 'ANSWER_TYPE_MISMATCH'],
    ]);
    expect(rules([{ questionKey: 'UNQUALIFIED', value: 'NO' }])).toEqual([['answers', 'ANSWER_MISSING']]);
  });

  it('include the conditional question when its condition is answered yes, and not otherwise', () => {
    expect(
      rules([
        { questionKey: 'UNQUALIFIED', value: 'YES' },
        { questionKey: 'STAFF', value: '4' },
      ]),
    ).toEqual([['answers', 'ANSWER_MISSING']]);
    expect(
      rules([
        { questionKey: 'UNQUALIFIED', value: 'NO' },
        { questionKey: 'VALIDATION_PLAN', value: 'NO' },
        { questionKey: 'STAFF', value: '4' },
      ]),
    ).toEqual([['answers.1.value', 'ANSWER_NOT_ASKED']]);
  });

  it('name only questions of the guide', () => {
    expect(rules([{ questionKey: 'X', value: 'YES' }])[0]).toEqual([
      'answers.0.questionKey',
      'ANSWER_QUESTION_UNKNOWN',
    ]);
  });
});

describe('the results of a thematic round', () => {
  // 19 homes of two providers; 8 have unqualified staff, of those 6 have no validation plan.
  const units: UnitFacts[] = Array.from({ length: 19 }, (_, i) => ({
    unitId: `u${i}`,
    providerId: i < 10 ? 'A' : 'B',
    serviceArea: i < 15 ? 'LSS' : 'SOCIAL_PSYCHIATRY',
  }));
  const findings: FindingFacts[] = units.map((u, i) => ({
    unitId: u.unitId,
    answers: [
      { questionKey: 'UNQUALIFIED', value: i < 8 ? 'YES' : 'NO' },
      ...(i < 8 ? [{ questionKey: 'VALIDATION_PLAN', value: i < 6 ? 'NO' : 'YES' }] : []),
      { questionKey: 'STAFF', value: '10' },
    ],
  }));
  const [unqualified, plan, staff] = thematicResults(GUIDE, units, findings, null);

  it('count a yes/no question over every unit: 8 of 19 have unqualified staff', () => {
    expect(unqualified.values).toEqual([
      { value: 'YES', count: 8 },
      { value: 'NO', count: 11 },
    ]);
    expect(unqualified.of).toBe(19);
  });

  it('count a conditional question over the units where its condition holds: no plan in 6 of those 8', () => {
    expect(plan.values).toEqual([
      { value: 'YES', count: 2 },
      { value: 'NO', count: 6 },
    ]);
    expect(plan.of).toBe(8);
  });

  it('cut each question per provider and per service area', () => {
    expect(unqualified.byProvider).toEqual([
      { providerId: 'A', yes: { count: 8, of: 10 } },
      { providerId: 'B', yes: { count: 0, of: 9 } },
    ]);
    expect(unqualified.byServiceArea).toEqual([
      { serviceArea: 'LSS', yes: { count: 8, of: 15 } },
      { serviceArea: 'SOCIAL_PSYCHIATRY', yes: { count: 0, of: 4 } },
    ]);
  });

  it('count only units with findings; a number question has no value tally', () => {
    const [q] = thematicResults(GUIDE, units, findings.slice(0, 5), null);
    expect(q.of).toBe(5);
    expect(staff.values).toEqual([]);
    expect(staff.of).toBe(19);
  });

  it("set the guide's earlier round beside each question it also asked", () => {
    const earlier = { questions: GUIDE.slice(0, 1), units: units.slice(0, 4), findings: findings.slice(0, 4) };
    const [now, conditional] = thematicResults(GUIDE, units, findings, earlier);
    expect(now.previous).toEqual({ yes: { count: 4, of: 4 } });
    expect(conditional.previous).toBeNull();
  });
});
