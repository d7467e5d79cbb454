import type { Identity } from '@kvalitetsnav/auth';
import {
  AnswerSheet,
  computeResults,
  ParticipatingUnit,
  pooledShare,
  QuestionDefinition,
  visibleGroups,
} from './result-rules';

const yesNo = [
  { code: 'YES', label: 'Ja', positive: true, nonSubstantive: false },
  { code: 'NO', label: 'Nej', positive: false, nonSubstantive: false },
  { code: 'DONT_KNOW', label: 'Vet inte', positive: false, nonSubstantive: true },
];
const questions: QuestionDefinition[] = [{ id: 'Q1', text: 'Bryr sig personalen om dig?', options: yesNo }];
const units: ParticipatingUnit[] = [
  { unitId: 'gb-1', providerId: 'p1', serviceArea: 'LSS_GROUP_HOME', offered: 10, optedOut: false },
  { unitId: 'gb-2', providerId: 'p1', serviceArea: 'LSS_GROUP_HOME', offered: 6, optedOut: true },
  { unitId: 'sb-1', providerId: 'p2', serviceArea: 'LSS_SERVICE_HOME', offered: 8, optedOut: false },
];
const sheet = (unitId: string, gender: string, q1: string | null): AnswerSheet => ({
  unitId,
  gender,
  answers: { Q1: q1 },
});
const sheets = [
  ...Array.from({ length: 7 }, (_, i) => sheet('gb-1', i < 4 ? 'WOMAN' : 'MAN', i < 6 ? 'YES' : 'NO')),
  ...Array.from({ length: 3 }, () => sheet('sb-1', 'WOMAN', 'YES')),
  sheet('sb-1', 'NOT_STATED', 'DONT_KNOW'),
];

describe('round results', () => {
  it('gives the total with the rate over participating units and the share over substantive answers', () => {
    const [total] = computeResults(questions, units, sheets, 'TOTAL', 5);
    expect(total.answers).toBe(11);
    expect(total.responseRate).toEqual({
      numerator: 11,
      denominator: 18,
      share: 11 / 18,
      excluded: [{ reasonCode: 'OPTED_OUT_UNITS', units: 1, reason: 'offered at 1 unit that opted out', count: 6 }],
    });
    expect(total.questions[0].sharePositive).toMatchObject({
      numerator: 9,
      denominator: 10,
      excluded: [{ reasonCode: 'NON_SUBSTANTIVE', reason: expect.stringContaining('non-substantive'), count: 1 }],
    });
    expect(total.questions[0].interval!.low).toBeLessThan(0.9);
  });

  it('hides a form with too few answers, and the other form too, since the total would give it away', () => {
    const byForm = computeResults(questions, units, sheets, 'SERVICE_AREA', 5);
    expect(byForm.map((g) => [g.key, g.answers, g.questions[0].suppressed])).toEqual([
      ['LSS_GROUP_HOME', 7, true],
      ['LSS_SERVICE_HOME', 4, true],
    ]);
    expect(byForm[1].questions[0]).toMatchObject({ sharePositive: null, interval: null });
    expect(byForm[0].responseRate).toMatchObject({ numerator: 7, denominator: 10 });
  });

  it('splits by gender without a response rate, hiding small cells and their complement', () => {
    const byGender = computeResults(questions, units, sheets, 'GENDER', 3);
    expect(byGender.map((g) => [g.key, g.answers, g.responseRate, g.questions[0].suppressed])).toEqual([
      ['WOMAN', 7, null, false],
      ['MAN', 3, null, false],
      ['NOT_STATED', 1, null, false], // its one answer is non-substantive: nothing to hide
    ]);
    const strict = computeResults(questions, units, sheets, 'GENDER', 5);
    expect(strict.map((g) => g.questions[0].suppressed)).toEqual([true, true, false]);
  });

  it('gives each option’s count and share per group, hidden exactly where the share positive is', () => {
    const counts = (g: { questions: { distribution: { count: number | null }[] }[] }) =>
      g.questions[0].distribution.map((o) => o.count);
    const [total] = computeResults(questions, units, sheets, 'TOTAL', 5);
    expect(counts(total)).toEqual([9, 1, 1]);
    expect(total.questions[0].distribution.map((o) => o.share?.share ?? null)).toEqual([0.9, 0.1, null]);
    // The service homes have 3 substantive answers: hidden, and the group homes with them,
    // since the total would give them away.
    const byForm = computeResults(questions, units, sheets, 'SERVICE_AREA', 5);
    expect(byForm.map(counts)).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(byForm[0].questions[0].distribution.map((o) => o.optionLabel)).toEqual(['Ja', 'Nej', 'Vet inte']);
    const byGender = computeResults(questions, units, sheets, 'GENDER', 3);
    expect(byGender.map(counts)).toEqual([
      [7, 0, 0],
      [2, 1, 0],
      [0, 0, 1], // one "vet inte": nothing substantive to hide, as for the share positive
    ]);
  });

  it('pools the questions per unit for other services, or gives nothing when any is hidden', () => {
    const byUnit = computeResults(questions, units, sheets, 'UNIT', 5);
    expect(byUnit.map((g) => [g.key, pooledShare(g)])).toEqual([
      ['gb-1', null],
      ['gb-2', null],
      ['sb-1', null],
    ]);
    const loose = computeResults(questions, units, sheets, 'UNIT', 1);
    expect(loose.map((g) => pooledShare(g))).toEqual([6 / 7, null, 1]);
  });

  it('refuses answers from a unit outside the round', () => {
    expect(() => computeResults(questions, units, [sheet('elsewhere', 'MAN', 'YES')], 'TOTAL', 5)).toThrow(
      'not in the round',
    );
  });
});

describe('who sees which results', () => {
  const official: Identity = { sub: 'anna', name: 'Anna', roles: ['QUALITY_OFFICIAL'] };
  const p1: Identity = { sub: 'key', name: 'System', roles: ['PROVIDER'], providerId: 'p1' };
  const keys = (identity: Identity, groupBy: 'TOTAL' | 'UNIT' | 'PROVIDER' | 'SERVICE_AREA' | 'GENDER') =>
    visibleGroups(identity, groupBy, computeResults(questions, units, sheets, groupBy, 5), units).map((g) => g.key);

  it('an official sees every group', () => {
    expect(keys(official, 'UNIT')).toEqual(['gb-1', 'gb-2', 'sb-1']);
    expect(keys(official, 'PROVIDER')).toEqual(['p1', 'p2']);
  });

  it("a provider sees its own units and itself, not another provider's", () => {
    expect(keys(p1, 'UNIT')).toEqual(['gb-1', 'gb-2']);
    expect(keys(p1, 'PROVIDER')).toEqual(['p1']);
  });

  it('a provider sees the aggregates every provider’s answers make up', () => {
    expect(keys(p1, 'TOTAL')).toEqual(['TOTAL']);
    expect(keys(p1, 'SERVICE_AREA')).toEqual(['LSS_GROUP_HOME', 'LSS_SERVICE_HOME']);
    expect(keys(p1, 'GENDER')).toEqual(['WOMAN', 'MAN', 'NOT_STATED']);
  });
});
