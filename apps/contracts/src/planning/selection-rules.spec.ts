import { selectionReason, skipReason } from '@kvalitetsnav/swedish';
import { seededShuffle, SelectionCandidate, selectFollowUps, thirdShares, withReasonCodes } from './selection-rules';

let n = 0;
const candidate = (overrides: Partial<SelectionCandidate> = {}): SelectionCandidate => {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    contractId: id,
    reference: `AVT-${String(n).padStart(3, '0')}`,
    complaints: 0,
    riskScore: 0,
    riskParts: [],
    followedUpInDepthThisPeriod: false,
    ...overrides,
  };
};
const many = (count: number, overrides: Partial<SelectionCandidate> = {}) =>
  Array.from({ length: count }, () => candidate(overrides));
const thirdsOf = (r: ReturnType<typeof selectFollowUps>) => r.proposals.map((p) => p.third);

describe('thirds', () => {
  it.each([
    [0, { complaints: 0, ordering: 0, random: 0 }],
    [1, { complaints: 1, ordering: 0, random: 0 }],
    [2, { complaints: 1, ordering: 1, random: 0 }],
    [3, { complaints: 1, ordering: 1, random: 1 }],
    [10, { complaints: 4, ordering: 3, random: 3 }],
    [11, { complaints: 4, ordering: 4, random: 3 }],
    [12, { complaints: 4, ordering: 4, random: 4 }],
  ])('splits %i places with the remainder going to complaints, then ordering, never to chance', (count, shares) => {
    expect(thirdShares(count)).toEqual(shares);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => thirdShares(-1)).toThrow('count must be a whole number 0 or more, was -1');
    expect(() => thirdShares(2.5)).toThrow(RangeError);
  });
});

describe('selecting contracts to follow up', () => {
  it('fills each third by its own rule and says why', () => {
    const complained = [
      candidate({ complaints: 1, riskScore: 3 }),
      candidate({ complaints: 4, riskScore: 12 }),
      candidate({ complaints: 2, riskScore: 6 }),
    ];
    const wanted = many(3);
    const pool = many(10);
    const result = selectFollowUps({
      count: 6,
      candidates: [...complained, ...wanted, ...pool],
      orderedContractIds: wanted.map((c) => c.contractId),
      seed: 'vt-2022',
    });
    expect(result.shares).toEqual({ complaints: 2, ordering: 2, random: 2 });
    expect(result.proposals.map((p) => [p.rank, p.third, p.contractId])).toEqual([
      [1, 'COMPLAINTS', complained[1].contractId],
      [2, 'COMPLAINTS', complained[2].contractId],
      [3, 'ORDERING', wanted[0].contractId],
      [4, 'ORDERING', wanted[1].contractId],
      [5, 'RANDOM', expect.any(String)],
      [6, 'RANDOM', expect.any(String)],
    ]);
    expect(result.proposals[0]).toMatchObject({
      reasonCode: 'COMPLAINTS_RECEIVED',
      complaints: 4,
      orderedPosition: null,
    });
    expect(result.proposals[0].reason).toBe('4 complaints received in the last twelve months');
    expect(result.proposals[2]).toMatchObject({ reasonCode: 'ON_ORDERING_LIST', orderedPosition: 1 });
    expect(result.proposals[2].reason).toBe("number 1 on the ordering function's list");
    expect(result.proposals[4].reasonCode).toBe('DRAWN_AT_RANDOM');
    expect(result.skippedOrdered).toEqual([
      { contractId: wanted[2].contractId, reasonCode: 'ORDERING_THIRD_FULL', reason: 'the ordering third is full' },
    ]);
    expect(result.shortfall).toBe(0);
  });

  it('draws the random third only among contracts not followed up in depth this period', () => {
    const done = many(20, { followedUpInDepthThisPeriod: true });
    done[1].complaints = 1;
    const fresh = many(2);
    const result = selectFollowUps({
      count: 3,
      candidates: [...done, ...fresh],
      orderedContractIds: [done[0].contractId],
      seed: 's',
    });
    const random = result.proposals.filter((p) => p.third === 'RANDOM').map((p) => p.contractId);
    expect(random).toHaveLength(1);
    expect(fresh.map((c) => c.contractId)).toContain(random[0]);
  });

  it('gives places complaints and the ordering list cannot fill to risk before chance', () => {
    const risky = [candidate({ riskScore: 4 }), candidate({ riskScore: 9 }), candidate({ riskScore: 1 })];
    const calm = many(10);
    const result = selectFollowUps({ count: 6, candidates: [...calm, ...risky], orderedContractIds: [], seed: 'x' });
    expect(thirdsOf(result)).toEqual(['RISK', 'RISK', 'RISK', 'RANDOM', 'RANDOM', 'RANDOM']);
    expect(result.proposals.slice(0, 3).map((p) => p.riskScore)).toEqual([9, 4, 1]);
    expect(result.proposals[0].reasonCode).toBe('HIGHEST_RISK_LEFT');
    expect(result.proposals[0].reason).toBe(
      'risk score 9, highest left when complaints and the ordering list fell short',
    );
  });

  it('with one place, takes the worst complaint case, never a random one', () => {
    const result = selectFollowUps({
      count: 1,
      candidates: [...many(5), candidate({ complaints: 1, riskScore: 3 })],
      orderedContractIds: [],
      seed: 'x',
    });
    expect(thirdsOf(result)).toEqual(['COMPLAINTS']);
    const noComplaints = selectFollowUps({
      count: 1,
      candidates: [...many(5), candidate({ riskScore: 2 })],
      orderedContractIds: [],
      seed: 'x',
    });
    expect(thirdsOf(noComplaints)).toEqual(['RISK']);
  });

  it('breaks ties on complaints by risk, then by contract reference', () => {
    const [a, b, c] = [
      candidate({ complaints: 2, riskScore: 6, reference: 'B-2' }),
      candidate({ complaints: 2, riskScore: 6, reference: 'A-1' }),
      candidate({ complaints: 2, riskScore: 8, reference: 'C-3' }),
    ];
    const result = selectFollowUps({ count: 4, candidates: [a, b, c], orderedContractIds: [], seed: 'x' });
    expect(result.proposals.filter((p) => p.third === 'COMPLAINTS').map((p) => p.reference)).toEqual(['C-3', 'A-1']);
  });

  it('reports a shortfall when too few contracts are eligible, after risk and chance have had their turn', () => {
    const only = [
      candidate({ complaints: 1, riskScore: 3 }),
      candidate({ followedUpInDepthThisPeriod: true }),
      candidate(),
    ];
    const result = selectFollowUps({ count: 6, candidates: only, orderedContractIds: [], seed: 'x' });
    expect(result.proposals.map((p) => p.third)).toEqual(['COMPLAINTS', 'RANDOM']);
    expect(result.shortfall).toBe(4);
    expect(selectFollowUps({ count: 3, candidates: [], orderedContractIds: [], seed: 'x' })).toMatchObject({
      proposals: [],
      shortfall: 3,
    });
  });

  it('fills a short random draw from risk first', () => {
    const risky = candidate({ riskScore: 2, followedUpInDepthThisPeriod: true });
    const result = selectFollowUps({
      count: 3,
      candidates: [risky, ...many(1, { followedUpInDepthThisPeriod: true })],
      orderedContractIds: [],
      seed: 'x',
    });
    expect(result.proposals.map((p) => [p.third, p.contractId])).toEqual([['RISK', risky.contractId]]);
    expect(result.proposals[0].reason).toBe(
      'risk score 2, highest left when complaints and the ordering list fell short',
    );
    expect(result.shortfall).toBe(2);
  });

  it('skips unknown and already chosen contracts on the ordering list, saying why', () => {
    const complained = candidate({ complaints: 1 });
    const wanted = candidate();
    const result = selectFollowUps({
      count: 3,
      candidates: [complained, wanted, ...many(3)],
      orderedContractIds: ['gone', complained.contractId, wanted.contractId],
      seed: 'x',
    });
    expect(result.skippedOrdered).toEqual([
      { contractId: 'gone', reasonCode: 'NOT_RUNNING_IN_PERIOD', reason: 'not a contract running in the period' },
      {
        contractId: complained.contractId,
        reasonCode: 'ALREADY_PROPOSED_FROM_COMPLAINTS',
        reason: 'already proposed from complaints',
      },
    ]);
    expect(result.proposals.find((p) => p.third === 'ORDERING')?.reason).toBe(
      "number 3 on the ordering function's list",
    );
    expect(result.proposals.find((p) => p.third === 'ORDERING')?.orderedPosition).toBe(3);
  });

  it('never proposes a contract twice and never more than asked', () => {
    const pool = [...many(5, { complaints: 1, riskScore: 3 }), ...many(5, { riskScore: 2 }), ...many(5)];
    for (let count = 0; count <= 16; count++) {
      const result = selectFollowUps({
        count,
        candidates: pool,
        orderedContractIds: pool.slice(0, 8).map((c) => c.contractId),
        seed: `s${count}`,
      });
      const ids = result.proposals.map((p) => p.contractId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length + result.shortfall).toBe(count);
      expect(result.proposals.map((p) => p.rank)).toEqual(ids.map((_, i) => i + 1));
    }
  });
});

describe('the reasons given', () => {
  it('take risk and chance in turn when the draw falls short', () => {
    const risky = candidate({ riskScore: 5 });
    const unfilled = selectFollowUps({
      count: 3,
      candidates: [candidate({ followedUpInDepthThisPeriod: true }), risky],
      orderedContractIds: [],
      seed: 'x',
    });
    expect(unfilled.proposals.map((p) => [p.third, p.reasonCode])).toEqual([['RISK', 'HIGHEST_RISK_LEFT']]);
    const shortDraw = selectFollowUps({
      count: 3,
      candidates: [
        candidate({ complaints: 1 }),
        candidate({ riskScore: 2, followedUpInDepthThisPeriod: true }),
        candidate({ riskScore: 7, followedUpInDepthThisPeriod: true }),
      ],
      orderedContractIds: [],
      seed: 'x',
    });
    expect(shortDraw.proposals.map((p) => p.reasonCode)).toEqual([
      'COMPLAINTS_RECEIVED',
      'HIGHEST_RISK_LEFT',
      'RISK_FOR_SHORT_DRAW',
    ]);
    expect(shortDraw.proposals[2].reason).toBe(
      'risk score 2, taken because too few contracts were eligible for the draw',
    );
  });

  it('read in Swedish from the catalogue, with their numbers', () => {
    const result = selectFollowUps({
      count: 3,
      candidates: [candidate({ complaints: 3, riskScore: 9 }), candidate({ riskScore: 4 }), candidate()],
      orderedContractIds: ['gone'],
      seed: 'x',
    });
    expect(result.proposals.map(selectionReason)).toEqual([
      '3 klagomål de senaste tolv månaderna',
      'riskpoäng 4, högst bland de återstående när klagomålen och beställarlistan inte räckte',
      'slumpmässigt vald bland avtal utan fördjupad uppföljning under avtalsperioden',
    ]);
    expect(selectionReason({ reasonCode: 'ON_ORDERING_LIST', orderedPosition: 2, complaints: 0, riskScore: 0 })).toBe(
      'nummer 2 på beställarfunktionens lista',
    );
    expect(result.skippedOrdered.map(skipReason)).toEqual(['Avtalet löper inte under perioden']);
  });

  it('are read back as codes from selections stored before the codes', () => {
    const stored = {
      shares: { complaints: 1, ordering: 1, random: 1 },
      shortfall: 0,
      proposals: [
        {
          rank: 1,
          contractId: 'a',
          reference: 'A',
          third: 'ORDERING' as const,
          riskScore: 0,
          complaints: 0,
          riskParts: [],
          reason: "number 2 on the ordering function's list",
        },
        {
          rank: 2,
          contractId: 'b',
          reference: 'B',
          third: 'RISK' as const,
          riskScore: 3,
          complaints: 0,
          riskParts: [],
          reason: 'risk score 3, taken because too few contracts were eligible for the draw',
        },
        {
          rank: 3,
          contractId: 'c',
          reference: 'C',
          third: 'RANDOM' as const,
          riskScore: 0,
          complaints: 0,
          riskParts: [],
          reason: 'drawn at random among contracts not followed up in depth this contract period',
        },
      ],
      skippedOrdered: [{ contractId: 'd', reason: 'the ordering third is full' }],
    };
    const read = withReasonCodes(stored);
    expect(read.proposals.map((p) => [p.reasonCode, p.orderedPosition])).toEqual([
      ['ON_ORDERING_LIST', 2],
      ['RISK_FOR_SHORT_DRAW', null],
      ['DRAWN_AT_RANDOM', null],
    ]);
    expect(read.skippedOrdered[0].reasonCode).toBe('ORDERING_THIRD_FULL');
  });
});

describe('the random draw', () => {
  const pool = many(30);

  it('is the same for the same seed, whatever order the candidates come in', () => {
    const once = selectFollowUps({ count: 9, candidates: pool, orderedContractIds: [], seed: 'plan-2022-H1' });
    const again = selectFollowUps({
      count: 9,
      candidates: [...pool].reverse(),
      orderedContractIds: [],
      seed: 'plan-2022-H1',
    });
    expect(again.proposals).toEqual(once.proposals);
  });

  it('differs for another seed', () => {
    const a = seededShuffle(pool, 'a').map((c) => c.contractId);
    const b = seededShuffle(pool, 'b').map((c) => c.contractId);
    expect(a).not.toEqual(b);
    expect([...a].sort()).toEqual([...b].sort());
  });

  it('gives every contract a fair chance over many seeds', () => {
    const small = many(4);
    const firsts = new Map<string, number>();
    for (let i = 0; i < 4000; i++) {
      const first = seededShuffle(small, `seed-${i}`)[0].contractId;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const c of small) expect(firsts.get(c.contractId)).toBeGreaterThan(850); // 1000 expected
  });
});
