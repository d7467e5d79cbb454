import { crossTabRefusals, crossTabulate, CrossTabQuestion } from './crosstab-rules';

// Seed 000: support for a tenancy (boendestöd), satisfaction against change. Satisfaction and
// change "did not seem connected": the dissatisfied could report much change, the very
// satisfied none.
const satisfaction: CrossTabQuestion = {
  id: 'SATISFACTION',
  text: 'Hur nöjd är du med stödet?',
  options: [
    { code: 'VERY_GOOD', label: 'Mycket bra', positive: true, nonSubstantive: false },
    { code: 'GOOD', label: 'Bra', positive: true, nonSubstantive: false },
    { code: 'POOR', label: 'Dåligt', positive: false, nonSubstantive: false },
  ],
};
const change: CrossTabQuestion = {
  id: 'CHANGE',
  text: 'Har dina rutiner för att betala hyran förändrats?',
  options: [
    { code: 'MUCH', label: 'Stor positiv förändring', positive: true, nonSubstantive: false },
    { code: 'SOME', label: 'Viss förändring', positive: false, nonSubstantive: false },
    { code: 'NONE', label: 'Ingen förändring', positive: false, nonSubstantive: false },
    { code: 'DONT_KNOW', label: 'Vet inte', positive: false, nonSubstantive: true },
  ],
};
/** Answer sheets from a table of counts: rows satisfaction, columns change. */
const sheets = (table: Record<string, Record<string, number>>) =>
  Object.entries(table).flatMap(([s, row]) =>
    Object.entries(row).flatMap(([c, n]) =>
      Array.from({ length: n }, () => ({ answers: { SATISFACTION: s, CHANGE: c } as Record<string, string | null> })),
    ),
  );
const counts = (t: ReturnType<typeof crossTabulate>) =>
  t.rows.map((r) => [r.optionCode, ...r.cells.map((c) => c.count)]);

describe('cross-tabulation of two questions', () => {
  const seed = sheets({
    VERY_GOOD: { MUCH: 9, SOME: 6, NONE: 8, DONT_KNOW: 0 },
    GOOD: { MUCH: 7, SOME: 10, NONE: 6, DONT_KNOW: 0 },
    POOR: { MUCH: 6, SOME: 5, NONE: 7, DONT_KNOW: 0 },
  });

  it('counts each pair of options, with the share of the row over its substantive answers', () => {
    const table = crossTabulate(satisfaction, change, seed, 5);
    expect(counts(table)).toEqual([
      ['VERY_GOOD', 9, 6, 8, 0],
      ['GOOD', 7, 10, 6, 0],
      ['POOR', 6, 5, 7, 0],
    ]);
    const [veryGood] = table.rows;
    expect(veryGood.answers).toBe(23);
    expect(veryGood.cells[2].share).toMatchObject({ numerator: 8, denominator: 23 });
    expect(veryGood.cells[3]).toMatchObject({ count: 0, share: null, nonSubstantive: true });
    expect(table.columns.map((c) => c.answers)).toEqual([22, 21, 21, 0]);
    expect(table.answers).toBe(64);
  });

  it('reproduces seed 000: the very satisfied report no change as often as much change, the dissatisfied much change', () => {
    const [veryGood, , poor] = crossTabulate(satisfaction, change, seed, 5).rows;
    expect(veryGood.cells[2].share!.share).toBeGreaterThan(veryGood.cells[0].share!.share! - 0.05);
    expect(poor.cells[0].share!.share).toBeGreaterThan(0.3);
  });

  it('counts only those who answered both questions', () => {
    const table = crossTabulate(
      satisfaction,
      change,
      [...seed, { answers: { SATISFACTION: 'GOOD', CHANGE: null } }, { answers: { CHANGE: 'MUCH' } }],
      5,
    );
    expect(table.answers).toBe(64);
    expect(table.rows[1].cells[0].share!.excluded).toEqual([]);
  });

  it('leaves a non-substantive column out of the row’s base, reporting it, as the distribution does', () => {
    const table = crossTabulate(satisfaction, change, sheets({ GOOD: { MUCH: 6, SOME: 6, DONT_KNOW: 5 } }), 5);
    expect(table.rows[1].cells[0].share).toMatchObject({
      numerator: 6,
      denominator: 12,
      excluded: [{ reasonCode: 'NON_SUBSTANTIVE', count: 5 }],
    });
  });

  it('hides a cell under the minimum and, since the row and column totals would give it away, the next smallest in each, until nothing can be worked out', () => {
    const table = crossTabulate(
      satisfaction,
      change,
      sheets({
        VERY_GOOD: { MUCH: 9, SOME: 6, NONE: 8 },
        GOOD: { MUCH: 7, SOME: 10, NONE: 6 },
        POOR: { MUCH: 2, SOME: 5, NONE: 7 },
      }),
      5,
    );
    // POOR×MUCH (2) is small; its row hides SOME (5), its column GOOD×MUCH (7); SOME's column
    // then hides VERY_GOOD×SOME (6), and so the rows GOOD and VERY_GOOD their NONE.
    expect(counts(table)).toEqual([
      ['VERY_GOOD', 9, null, null, 0],
      ['GOOD', null, 10, null, 0],
      ['POOR', null, null, 7, 0],
    ]);
    // Nothing hidden can be worked out: every row and column with a hidden cell has two.
    for (const row of table.rows) expect(row.cells.filter((c) => c.suppressed).length).not.toBe(1);
    for (let c = 0; c < 3; c++) expect(table.rows.filter((r) => r.cells[c].suppressed).length).not.toBe(1);
    expect(table.rows[2].cells[2].share).toMatchObject({ numerator: 7, denominator: 14 });
  });

  it('hides a whole row whose total is its one small cell, and the next smallest row with it, since the table’s total gives it away', () => {
    const table = crossTabulate(
      satisfaction,
      change,
      sheets({ VERY_GOOD: { MUCH: 9, SOME: 6, NONE: 8 }, GOOD: { MUCH: 7, SOME: 10, NONE: 6 }, POOR: { SOME: 3 } }),
      5,
    );
    expect(table.rows.map((r) => [r.optionCode, r.suppressed, r.answers])).toEqual([
      ['VERY_GOOD', false, 23],
      ['GOOD', true, null],
      ['POOR', true, null],
    ]);
    expect(table.rows[2].cells.every((c) => c.suppressed && c.count === null && c.share === null)).toBe(true);
  });

  it('hides cells that are small only at a stricter minimum cell size, the round’s setting', () => {
    const table = crossTabulate(satisfaction, change, seed, 7);
    expect(table.rows[2].cells[1]).toMatchObject({ suppressed: true, count: null, share: null });
  });

  it('does not hide an empty cell: a 0 reveals nothing', () => {
    const table = crossTabulate(satisfaction, change, seed, 5);
    expect(table.rows.flatMap((r) => r.cells).filter((c) => c.suppressed)).toEqual([]);
  });
});

describe('which questions can be cross-tabulated', () => {
  const questions = [satisfaction, change];

  it('takes two different questions of the round’s survey', () => {
    expect(crossTabRefusals(questions, 'SATISFACTION', 'CHANGE')).toEqual([]);
  });

  it('refuses the same question twice, naming the column field', () => {
    expect(crossTabRefusals(questions, 'CHANGE', 'CHANGE').map((v) => [v.rule, v.field, v.params, v.message])).toEqual([
      [
        'SAME_QUESTION_TWICE',
        'columnQuestionId',
        { questionId: 'CHANGE' },
        'columnQuestionId is CHANGE, the question of the rows too; choose two different questions',
      ],
    ]);
  });

  it('refuses a question not in the round, naming its field', () => {
    expect(crossTabRefusals(questions, 'Q9', 'CHANGE').map((v) => [v.rule, v.field, v.params])).toEqual([
      ['UNKNOWN_QUESTION', 'rowQuestionId', { questionId: 'Q9' }],
    ]);
    expect(crossTabRefusals(questions, 'CHANGE', 'Q9').map((v) => v.field)).toEqual(['columnQuestionId']);
  });
});
