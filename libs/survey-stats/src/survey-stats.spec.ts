import { exclusion, ratio, responseRate, sharePositive, suppress, wilsonInterval } from './index';

describe('ratio', () => {
  it('keeps numerator, denominator and exclusions, dropping empty exclusions', () => {
    expect(
      ratio(9, 38, [
        { reasonCode: 'NON_SUBSTANTIVE', reason: 'x', count: 0 },
        { reasonCode: 'UNANSWERED', reason: 'y', count: 2 },
      ]),
    ).toEqual({
      numerator: 9,
      denominator: 38,
      share: 9 / 38,
      excluded: [{ reasonCode: 'UNANSWERED', reason: 'y', count: 2 }],
    });
  });

  it('has no share when the denominator is 0, and refuses impossible counts', () => {
    expect(ratio(0, 0).share).toBeNull();
    expect(() => ratio(5, 4)).toThrow('the numerator 5 exceeds the denominator 4');
    expect(() => ratio(-1, 4)).toThrow(RangeError);
    expect(() => ratio(1.5, 4)).toThrow(RangeError);
  });
});

describe('response rate', () => {
  it('reproduces the 2022 LSS survey: 147 answers over the 259 offered at units that took part', () => {
    const units = [
      { unitId: 'group homes taking part', offered: 153, answered: 102, optedOut: false },
      { unitId: 'service homes taking part', offered: 106, answered: 45, optedOut: false },
      { unitId: 'gb1', offered: 6, answered: 0, optedOut: true },
      { unitId: 'gb2', offered: 6, answered: 0, optedOut: true },
      { unitId: 'gb3', offered: 6, answered: 0, optedOut: true },
      { unitId: 'gb4', offered: 5, answered: 0, optedOut: true },
      { unitId: 'sb1', offered: 15, answered: 0, optedOut: true },
    ];
    const rate = responseRate(units);
    expect(rate).toEqual({
      numerator: 147,
      denominator: 259,
      share: 147 / 259,
      excluded: [{ reasonCode: 'OPTED_OUT_UNITS', units: 5, reason: 'offered at 5 units that opted out', count: 38 }],
    });
    expect(Math.round(rate.share! * 1000) / 10).toBe(56.8); // the report printed 58 %
  });

  it('reproduces HVB 2022: 38 of 62 (61 %)', () => {
    expect(Math.round(responseRate([{ unitId: 'hvb', offered: 62, answered: 38, optedOut: false }]).share! * 100)).toBe(
      61,
    );
  });

  it('refuses more answers than offered', () => {
    expect(() => responseRate([{ unitId: 'u', offered: 3, answered: 4, optedOut: false }])).toThrow(
      'unit u has 4 answers but only 3 offered',
    );
  });
});

describe('share positive', () => {
  const scale = { positive: ['YES'], nonSubstantive: ['DONT_KNOW', 'DONT_WANT_TO_ANSWER', 'NOT_APPLICABLE'] };

  it('leaves non-substantive and unanswered out of the base and says so', () => {
    const answers = ['YES', 'YES', 'NO', 'DONT_KNOW', 'NOT_APPLICABLE', null, 'SOMETIMES'];
    expect(sharePositive(answers, scale)).toEqual({
      numerator: 2,
      denominator: 4,
      share: 0.5,
      excluded: [
        {
          reasonCode: 'NON_SUBSTANTIVE',
          reason: 'non-substantive answers (vet inte, vill inte svara, inte aktuellt)',
          count: 2,
        },
        { reasonCode: 'UNANSWERED', reason: 'question left unanswered', count: 1 },
      ],
    });
  });

  it('reproduces supported housing 2022 as counted: 9 of 38 is 23.7 % (printed 23.5 %)', () => {
    const answers = [...Array(9).fill('YES'), ...Array(29).fill('NO')];
    expect(Math.round(sharePositive(answers, scale).share! * 1000) / 10).toBe(23.7);
  });

  it('counts an end-of-intervention survey: 26 of 31 "much improved" is 83.9 %', () => {
    const answers = [...Array(26).fill('MUCH_IMPROVED'), ...Array(3).fill('SOMEWHAT_IMPROVED'), 'UNCHANGED', 'WORSE'];
    const r = sharePositive(answers, { positive: ['MUCH_IMPROVED'], nonSubstantive: [] });
    expect([r.numerator, r.denominator, Math.round(r.share! * 100)]).toEqual([26, 31, 84]);
  });
});

describe('Wilson interval', () => {
  // Newcombe (1998), Statistics in Medicine 17:857–872, table I, method 3.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('gives %i/%i as %f–%f', (k, n, low, high) => {
    const interval = wilsonInterval(k, n)!;
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('stays within 0–1 at the edges, widens with the level, and has none for no answers', () => {
    expect(wilsonInterval(20, 20)!.high).toBe(1);
    const i95 = wilsonInterval(5, 10)!;
    const i99 = wilsonInterval(5, 10, 0.99)!;
    expect(i99.high - i99.low).toBeGreaterThan(i95.high - i95.low);
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 2, 1)).toThrow('level must be between 0 and 1, was 1');
  });
});

describe('suppression', () => {
  it('hides cells under the minimum, but not empty ones', () => {
    expect(
      suppress([
        { key: 'a', n: 4 },
        { key: 'b', n: 3 },
        { key: 'c', n: 0 },
        { key: 'd', n: 12 },
      ]),
    ).toEqual({ cells: new Set(['a', 'b']), hideTotal: false });
  });

  it('hides the next smallest cell when one hidden cell could be worked out from the total', () => {
    const split = [
      { key: 'WOMAN', n: 40 },
      { key: 'MAN', n: 31 },
      { key: 'NOT_STATED', n: 2 },
    ];
    expect(suppress(split)).toEqual({ cells: new Set(['NOT_STATED', 'MAN']), hideTotal: false });
    expect(suppress(split, 5, false)).toEqual({ cells: new Set(['NOT_STATED']), hideTotal: false });
  });

  it('hides the total when a hidden cell has nothing to hide behind', () => {
    expect(
      suppress([
        { key: 'WOMAN', n: 3 },
        { key: 'MAN', n: 0 },
      ]),
    ).toEqual({ cells: new Set(['WOMAN']), hideTotal: true });
  });

  it('counts a cell hidden for another reason, e.g. by the other way of adding up a table, as hidden', () => {
    const row = [
      { key: 'a', n: 9 },
      { key: 'b', n: 6 },
      { key: 'c', n: 8 },
    ];
    expect(suppress(row, 5, true, new Set(['b']))).toEqual({ cells: new Set(['b', 'c']), hideTotal: false });
    expect(suppress(row, 5, true, new Set(['b', 'c'])).cells).toEqual(new Set(['b', 'c']));
  });

  it('takes the minimum as a setting', () => {
    expect(
      suppress(
        [
          { key: 'a', n: 7 },
          { key: 'b', n: 20 },
          { key: 'c', n: 30 },
        ],
        10,
      ).cells,
    ).toEqual(new Set(['a', 'b']));
    expect(() => suppress([], 0)).toThrow(RangeError);
  });
});

describe('exclusions', () => {
  it('carry a code, with the units that opted out as a number, and the English reason as before', () => {
    expect(exclusion('OPTED_OUT_UNITS', 6, { units: 1 })).toEqual({
      reasonCode: 'OPTED_OUT_UNITS',
      units: 1,
      count: 6,
      reason: 'offered at 1 unit that opted out',
    });
    expect(exclusion('UNANSWERED', 3)).toEqual({
      reasonCode: 'UNANSWERED',
      count: 3,
      reason: 'question left unanswered',
    });
  });
});
