import { GroupResult } from '../results/result-rules';
import { closeRefusal, roundResultEvent, roundUnitProblems, unitCoverage, unknownUnits } from './round-rules';

const U1 = '00000000-0000-4000-8000-000000000001';
const U2 = '00000000-0000-4000-8000-000000000002';

describe('the units of a new round', () => {
  it('may each take part or opt out with a reason', () => {
    expect(
      roundUnitProblems([
        { unitId: U1, optedOut: false },
        { unitId: U2, optedOut: true, optOutReason: 'Personalbrist under insamlingsperioden' },
      ]),
    ).toEqual([]);
  });

  it('are listed once, since a unit listed twice would count its offered twice', () => {
    const [problem, ...rest] = roundUnitProblems([
      { unitId: U1, optedOut: false },
      { unitId: U1, optedOut: false },
      { unitId: U1, optedOut: false },
    ]);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'LISTED_TWICE',
      field: 'units',
      params: { value: U1 },
      message: `units names ${U1} more than once`,
    });
  });

  it('need a reason to opt out, a blank one is none', () => {
    expect(
      roundUnitProblems([
        { unitId: U1, optedOut: true, optOutReason: '  ' },
        { unitId: U2, optedOut: true },
      ]).map((p) => [p.rule, p.field, p.message]),
    ).toEqual([
      ['OPT_OUT_WITHOUT_REASON', 'units.0.optOutReason', 'a unit that opts out needs a reason'],
      ['OPT_OUT_WITHOUT_REASON', 'units.1.optOutReason', 'a unit that opts out needs a reason'],
    ]);
  });

  it('offer the survey to at most the people placed there, when those are given', () => {
    expect(
      roundUnitProblems([
        { unitId: U1, offered: 22, placed: 41, optedOut: false },
        { unitId: U2, offered: 62, placed: null, optedOut: false },
      ]),
    ).toEqual([]);
    expect(
      roundUnitProblems([{ unitId: U1, offered: 42, placed: 41, optedOut: false }]).map((p) => [
        p.rule,
        p.field,
        p.params,
        p.message,
      ]),
    ).toEqual([
      [
        'OFFERED_MORE_THAN_PLACED',
        'units.0.offered',
        { offered: 42, placed: 41 },
        'units.offered is 42, more than the 41 placed at the unit',
      ],
    ]);
  });

  it('are units contracts has registered, naming every one this service does not know (yet)', () => {
    expect(unknownUnits([U1], [{ id: U1 }])).toBeNull();
    expect(unknownUnits([U1, U2], [])).toMatchObject({
      code: 'NOT_FOUND',
      rule: 'UNKNOWN',
      field: 'units',
      params: { entity: 'UNIT', ids: [U1, U2] },
      message: `units ${U1}, ${U2} are not known units`,
    });
  });
});

describe('coverage of a unit', () => {
  it('is its people offered over its people placed: seed 001, 22 of the 41 placed in family homes', () => {
    const coverage = unitCoverage({ offered: 22, placed: 41 })!;
    expect([coverage.numerator, coverage.denominator]).toEqual([22, 41]);
    expect(Math.round(coverage.share! * 1000) / 10).toBe(53.7);
    expect(unitCoverage({ offered: 62, placed: 62 })!.share).toBe(1); // HVB: all were offered
  });

  it('is not known when the people placed were not given', () => {
    expect(unitCoverage({ offered: 22, placed: null })).toBeNull();
  });
});

describe('closing a round', () => {
  it('happens once', () => {
    expect(closeRefusal({ status: 'OPEN', closedOn: null })).toBeNull();
    expect(closeRefusal({ status: 'CLOSED', closedOn: '2022-11-30' })).toMatchObject({
      code: 'CONFLICT',
      rule: 'ROUND_ALREADY_CLOSED',
      field: 'roundId',
      params: { closedOn: '2022-11-30' },
      message: 'the round was already closed on 2022-11-30',
    });
  });

  it('tells other services each taking unit’s counts and pooled share, leaving opted-out units out', () => {
    const result = (key: string, answers: number, share: [number, number] | null): GroupResult => ({
      key,
      answers,
      responseRate: null,
      questions: [
        {
          questionId: 'Q1',
          text: 'Trivs du?',
          suppressed: share === null,
          sharePositive: share && {
            numerator: share[0],
            denominator: share[1],
            share: share[0] / share[1],
            excluded: [],
          },
          interval: null,
          distribution: [],
        },
      ],
    });
    const event = roundResultEvent(
      { id: 'r1', name: 'LSS 2022', period: '2022' },
      [
        { unitId: U1, providerId: 'p1', offered: 10, optedOut: false },
        { unitId: U2, providerId: 'p1', offered: 6, optedOut: true },
      ],
      [result(U1, 8, [6, 8]), result(U2, 0, null)],
      '2022-11-30',
    );
    expect(event).toEqual({
      roundId: 'r1',
      name: 'LSS 2022',
      period: '2022',
      closedOn: '2022-11-30',
      units: [{ unitId: U1, providerId: 'p1', offered: 10, answered: 8, sharePositive: 0.75 }],
    });
    expect(
      roundResultEvent(
        { id: 'r1', name: 'x', period: '2022' },
        [{ unitId: U1, providerId: 'p1', offered: 10, optedOut: false }],
        [result(U1, 3, null)],
        '2022-11-30',
      ).units[0].sharePositive,
    ).toBeNull();
  });
});
