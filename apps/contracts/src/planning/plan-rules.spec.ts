import { acceptanceViolations, acceptedProposals, focusAreasOf } from './plan-rules';

describe("the year's plan", () => {
  it('keeps each focus area once, trimmed, and no blank ones', () => {
    expect(focusAreasOf(['Bemanning', ' Granskning av delegeringar ', 'Bemanning', '  '])).toEqual([
      'Bemanning',
      'Granskning av delegeringar',
    ]);
  });
});

describe("accepting a selection's proposals", () => {
  const proposals = [{ contractId: 'a' }, { contractId: 'b' }, { contractId: 'c' }];
  const period = { from: '2026-06-01', to: '2026-11-30' };
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
      acceptanceViolations({ proposed, contractIds: ['x', 'a'], details: [{ contractId: 'y' }], period }),
    ).toMatchObject([
      { rule: 'NOT_PROPOSED', field: 'contractIds', params: { ids: ['x'] } },
      { rule: 'NOT_PROPOSED', field: 'proposals.0.contractId', params: { ids: ['y'] } },
    ]);
    expect(
      acceptanceViolations({
        proposed,
        contractIds: ['a'],
        details: [{ contractId: 'b' }, { contractId: 'a' }],
        period,
      }),
    ).toMatchObject([{ rule: 'LISTED_TWICE', field: 'proposals.1.contractId', params: { value: 'a' } }]);
  });

  it('plans each inside the plan period it was selected for, first and last day included', () => {
    const at = (plannedOn: string) =>
      acceptanceViolations({ proposed, contractIds: null, details: [{ contractId: 'a', plannedOn }], period });
    expect(at('2026-06-01')).toEqual([]);
    expect(at('2026-11-30')).toEqual([]);
    expect(at('2026-12-01')).toMatchObject([
      {
        rule: 'PLANNED_OUTSIDE_PERIOD',
        field: 'proposals.0.plannedOn',
        params: { value: '2026-12-01', from: '2026-06-01', to: '2026-11-30' },
      },
    ]);
  });
});
