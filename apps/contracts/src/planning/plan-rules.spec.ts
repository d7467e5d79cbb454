import { acceptanceViolations, acceptedProposals, focusAreasOf, plannedOnForHalf, planProgress } from './plan-rules';

describe("the year's plan", () => {
  it('keeps each focus area once, trimmed, and no blank ones', () => {
    expect(focusAreasOf(['Bemanning', ' Granskning av delegeringar ', 'Bemanning', '  '])).toEqual([
      'Bemanning',
      'Granskning av delegeringar',
    ]);
  });

  it('counts progress per half-year against its target, never below nothing left to plan', () => {
    expect(
      planProgress({ targetFirstHalf: 10, targetSecondHalf: 4 }, [
        { half: 1, planned: 3, done: 1 },
        { half: 2, planned: 6, done: 0 },
      ]),
    ).toEqual([
      { half: 1, target: 10, planned: 3, done: 1, unplanned: 7 },
      { half: 2, target: 4, planned: 6, done: 0, unplanned: 0 },
    ]);
    expect(planProgress({ targetFirstHalf: 2, targetSecondHalf: 2 }, [])).toEqual([
      { half: 1, target: 2, planned: 0, done: 0, unplanned: 2 },
      { half: 2, target: 2, planned: 0, done: 0, unplanned: 2 },
    ]);
  });
});

describe('follow-ups planned from accepted proposals', () => {
  it('are planned from today while the half-year is under way', () => {
    expect(plannedOnForHalf(2022, 1, '2022-03-10')).toBe('2022-03-10');
    expect(plannedOnForHalf(2022, 1, '2022-06-30')).toBe('2022-06-30');
  });

  it('are planned from the first day of a half-year not yet begun, or begun today, or past', () => {
    expect(plannedOnForHalf(2022, 2, '2022-03-10')).toBe('2022-07-01');
    expect(plannedOnForHalf(2022, 2, '2022-07-01')).toBe('2022-07-01');
    expect(plannedOnForHalf(2022, 1, '2022-09-01')).toBe('2022-01-01');
  });
});

describe("accepting a selection's proposals", () => {
  const proposals = [{ contractId: 'a' }, { contractId: 'b' }, { contractId: 'c' }];
  const half = { from: '2026-07-01', to: '2026-12-31' };
  const proposed = proposals.map((p) => p.contractId);

  it('takes every proposal when none is named', () => {
    expect(acceptedProposals(proposals, null, null).map((a) => a.proposal.contractId)).toEqual(['a', 'b', 'c']);
  });

  it('takes those named, with or without details, in the order they were proposed', () => {
    const accepted = acceptedProposals(
      proposals,
      ['a'],
      [{ contractId: 'c', responsible: ' Anna Andersson ', plannedOn: '2026-10-01' }],
    );
    expect(accepted.map((a) => [a.proposal.contractId, a.responsible, a.plannedOn])).toEqual([
      ['a', null, null],
      ['c', 'Anna Andersson', '2026-10-01'],
    ]);
    expect(acceptedProposals(proposals, null, [{ contractId: 'b' }]).map((a) => a.proposal.contractId)).toEqual(['b']);
  });

  it('names only proposed contracts, each once', () => {
    expect(
      acceptanceViolations({ proposed, contractIds: ['x', 'a'], details: [{ contractId: 'y' }], half }),
    ).toMatchObject([
      { rule: 'NOT_PROPOSED', field: 'contractIds', params: { ids: ['x'] } },
      { rule: 'NOT_PROPOSED', field: 'proposals.0.contractId', params: { ids: ['y'] } },
    ]);
    expect(
      acceptanceViolations({ proposed, contractIds: ['a'], details: [{ contractId: 'b' }, { contractId: 'a' }], half }),
    ).toMatchObject([{ rule: 'LISTED_TWICE', field: 'proposals.1.contractId', params: { value: 'a' } }]);
  });

  it('plans each inside the half-year it was selected for, first and last day included', () => {
    const at = (plannedOn: string) =>
      acceptanceViolations({ proposed, contractIds: null, details: [{ contractId: 'a', plannedOn }], half });
    expect(at('2026-07-01')).toEqual([]);
    expect(at('2026-12-31')).toEqual([]);
    expect(at('2027-01-04')).toMatchObject([
      {
        rule: 'PLANNED_OUTSIDE_HALF',
        field: 'proposals.0.plannedOn',
        params: { value: '2027-01-04', from: '2026-07-01', to: '2026-12-31' },
      },
    ]);
  });
});
