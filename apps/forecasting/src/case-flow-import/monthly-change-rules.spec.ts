import {
  caseFlowChange,
  CaseFlowFigures,
  changeCounts,
  PlacementFigures,
  placementChange,
} from './monthly-change-rules';

const flow: CaseFlowFigures = {
  incoming: 7,
  outgoing: 5,
  closedByReason: [
    { reason: 'GOALS_MET', count: 3 },
    { reason: 'MOVED', count: 2 },
  ],
};
const placement: PlacementFigures = { placed: 4, careDays: 100, costSek: 125000.5, ended: 1, endedDurationDays: 30 };

describe('importing a case-flow row', () => {
  it('is new when nothing was reported for the unit, service, month and source', () => {
    expect(caseFlowChange(null, flow)).toBe('NEW');
  });

  it('changes nothing when the latest version says the same, the reasons in any order', () => {
    expect(caseFlowChange({ ...flow }, flow)).toBe('UNCHANGED');
    const reordered = {
      ...flow,
      closedByReason: [flow.closedByReason[1], flow.closedByReason[0], { reason: 'OTHER', count: 0 }],
    };
    expect(caseFlowChange(flow, reordered)).toBe('UNCHANGED');
  });

  it('is changed when a count or a reason differs', () => {
    expect(caseFlowChange(flow, { ...flow, incoming: 8 })).toBe('CHANGED');
    expect(caseFlowChange(flow, { ...flow, closedByReason: [{ reason: 'GOALS_MET', count: 5 }] })).toBe('CHANGED');
  });
});

describe('importing a placement row', () => {
  it('is new when the month, form and unit have no report', () => {
    expect(placementChange(null, placement)).toBe('NEW');
  });

  it('changes nothing when the report says the same, the cost compared as kept (in öre)', () => {
    expect(placementChange({ ...placement, costSek: 125000.5 }, { ...placement, costSek: 125000.501 })).toBe(
      'UNCHANGED',
    );
  });

  it('is changed when any figure differs', () => {
    expect(placementChange(placement, { ...placement, careDays: 101 })).toBe('CHANGED');
    expect(placementChange(placement, { ...placement, costSek: 125001 })).toBe('CHANGED');
  });
});

describe('a file of rows', () => {
  it('counts them by what they do', () => {
    expect(changeCounts(['NEW', 'NEW', 'CHANGED', 'UNCHANGED'])).toEqual({ created: 2, changed: 1, unchanged: 1 });
  });
});
