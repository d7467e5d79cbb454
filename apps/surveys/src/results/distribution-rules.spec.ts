import { answerDistribution, hiddenDistribution } from './distribution-rules';

const afraid = [
  { code: 'NO', label: 'Nej', positive: true, nonSubstantive: false },
  { code: 'SOMETIMES', label: 'Ibland', positive: false, nonSubstantive: false },
  { code: 'YES', label: 'Ja', positive: false, nonSubstantive: false },
  { code: 'DONT_KNOW', label: 'Vet inte', positive: false, nonSubstantive: true },
];
const answers = (counts: Record<string, number>, unanswered = 0) => [
  ...Object.entries(counts).flatMap(([code, n]) => Array<string | null>(n).fill(code)),
  ...Array<string | null>(unanswered).fill(null),
];
const table = (rows: ReturnType<typeof answerDistribution>) =>
  rows.map((r) => [r.optionCode, r.count, r.share && [r.share.numerator, r.share.denominator]]);

describe('answer distribution', () => {
  it('counts each option in the definition’s order, with its share over the substantive answers', () => {
    const rows = answerDistribution(afraid, answers({ NO: 5, SOMETIMES: 4, YES: 1, DONT_KNOW: 2 }, 1));
    expect(table(rows)).toEqual([
      ['NO', 5, [5, 10]],
      ['SOMETIMES', 4, [4, 10]],
      ['YES', 1, [1, 10]],
      ['DONT_KNOW', 2, null],
    ]);
    expect(rows.map((r) => r.optionLabel)).toEqual(['Nej', 'Ibland', 'Ja', 'Vet inte']);
  });

  it('adds up: the substantive shares to 1, the counts and the unanswered to all answers', () => {
    const given = answers({ NO: 7, SOMETIMES: 3, YES: 2, DONT_KNOW: 4 }, 3);
    const rows = answerDistribution(afraid, given);
    expect(rows.reduce((s, r) => s + (r.share?.share ?? 0), 0)).toBeCloseTo(1, 10);
    expect(rows.reduce((s, r) => s + r.count!, 0) + 3).toBe(given.length);
  });

  it('leaves non-substantive and unanswered out of the base and reports them, as the share positive does', () => {
    const [no, , , dontKnow] = answerDistribution(afraid, answers({ NO: 2, DONT_KNOW: 3 }, 1));
    expect(no.share!.excluded.map((e) => [e.reasonCode, e.count])).toEqual([
      ['NON_SUBSTANTIVE', 3],
      ['UNANSWERED', 1],
    ]);
    expect(dontKnow).toMatchObject({ nonSubstantive: true, count: 3, share: null });
  });

  it('reproduces seed 001: "Ibland" on "Är du rädd för något hemma?" is 44.4 % of women, 34.1 % of men', () => {
    const pct = (counts: Record<string, number>) =>
      Math.round(answerDistribution(afraid, answers(counts))[1].share!.share! * 1000) / 10;
    expect(pct({ NO: 5, SOMETIMES: 4 })).toBe(44.4);
    expect(pct({ NO: 26, SOMETIMES: 14, YES: 1, DONT_KNOW: 2 })).toBe(34.1);
  });

  it('has counts of 0 over a base of 0, and so no share, when nobody answered substantively', () => {
    const rows = answerDistribution(afraid, answers({ DONT_KNOW: 1 }));
    expect(table(rows)).toEqual([
      ['NO', 0, [0, 0]],
      ['SOMETIMES', 0, [0, 0]],
      ['YES', 0, [0, 0]],
      ['DONT_KNOW', 1, null],
    ]);
    expect(rows.map((r) => r.share?.share ?? null)).toEqual([null, null, null, null]);
  });

  it('a hidden distribution names the options and gives neither counts nor shares', () => {
    expect(table(hiddenDistribution(afraid))).toEqual([
      ['NO', null, null],
      ['SOMETIMES', null, null],
      ['YES', null, null],
      ['DONT_KNOW', null, null],
    ]);
  });
});
