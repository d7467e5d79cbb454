import { CoverageFollowUp, CoverageUnit, iopWithoutFollowUp, structuralCoverage } from './coverage-rules';

const unit = (unitId: string, over: Partial<CoverageUnit> = {}): CoverageUnit => ({
  unitId,
  providerId: 'p1',
  serviceArea: 'HOME_CARE',
  contractIds: [`c-${unitId}`],
  ...over,
});

const followUp = (over: Partial<CoverageFollowUp>): CoverageFollowUp => ({
  id: 'f',
  type: 'SPECIFIC',
  status: 'REPORTED',
  reportedOn: '2026-05-01',
  closedOn: null,
  contractId: null,
  answeredUnitIds: [],
  ...over,
});

describe('structural coverage in a year', () => {
  it('counts a unit whose contract had a follow-up reported that year', () => {
    const c = structuralCoverage([unit('u1'), unit('u2')], [followUp({ contractId: 'c-u1' })], 2026);
    expect(c).toMatchObject({ numerator: 1, denominator: 2, uncoveredUnitIds: ['u2'] });
  });

  it('counts a closed follow-up by its report day, and not one reported another year', () => {
    const units = [unit('u1'), unit('u2')];
    const c = structuralCoverage(
      units,
      [
        followUp({ contractId: 'c-u1', status: 'CLOSED', reportedOn: '2026-11-30', closedOn: '2027-02-01' }),
        followUp({ contractId: 'c-u2', reportedOn: '2025-12-31' }),
      ],
      2026,
    );
    expect(c.uncoveredUnitIds).toEqual(['u2']);
  });

  it('does not count a follow-up planned, in progress or cancelled', () => {
    const c = structuralCoverage(
      [unit('u1')],
      (['PLANNED', 'IN_PROGRESS', 'CANCELLED'] as const).map((status) =>
        followUp({ contractId: 'c-u1', status, reportedOn: null }),
      ),
      2026,
    );
    expect(c.numerator).toBe(0);
  });

  it('counts a thematic or overarching round only for the units answered in it', () => {
    const round = followUp({ type: 'THEMATIC', answeredUnitIds: ['u1'] });
    const c = structuralCoverage([unit('u1'), unit('u2')], [round], 2026);
    expect(c.uncoveredUnitIds).toEqual(['u2']);
  });

  it('gives the share per service area and per provider', () => {
    const units = [unit('u1'), unit('u2', { serviceArea: 'HVB', providerId: 'p2' }), unit('u3', { providerId: 'p2' })];
    const c = structuralCoverage(units, [followUp({ contractId: 'c-u3' })], 2026);
    expect(c.byServiceArea).toEqual([
      { key: 'HOME_CARE', numerator: 1, denominator: 2 },
      { key: 'HVB', numerator: 0, denominator: 1 },
    ]);
    expect(c.byProvider).toEqual([
      { key: 'p1', numerator: 0, denominator: 1 },
      { key: 'p2', numerator: 1, denominator: 2 },
    ]);
  });
});

describe('IOP contracts without a follow-up in a year', () => {
  const iop = { contractId: 'c1', form: 'IOP', startDate: '2024-01-01', endDate: null, terminatedOn: null };

  it('flags an active IOP contract whose last follow-up is more than a year old', () => {
    const flags = iopWithoutFollowUp([iop], [followUp({ contractId: 'c1', reportedOn: '2025-06-01' })], '2026-06-02');
    expect(flags).toEqual([{ contractId: 'c1', lastFollowedUpOn: '2025-06-01', dueSince: '2026-06-01' }]);
  });

  it('does not flag one followed up within the twelve months', () => {
    expect(iopWithoutFollowUp([iop], [followUp({ contractId: 'c1', reportedOn: '2025-06-02' })], '2026-06-02')).toEqual(
      [],
    );
  });

  it('counts from the start of a partnership never followed up, so a young one is not yet due', () => {
    expect(iopWithoutFollowUp([{ ...iop, startDate: '2026-01-01' }], [], '2026-06-02')).toEqual([]);
    expect(iopWithoutFollowUp([iop], [], '2026-06-02')).toEqual([
      { contractId: 'c1', lastFollowedUpOn: null, dueSince: '2025-01-01' },
    ]);
  });

  it('leaves out other forms and IOP contracts no longer active', () => {
    const contracts = [
      { ...iop, form: 'LOU' },
      { ...iop, contractId: 'c2', endDate: '2026-01-01' },
      { ...iop, contractId: 'c3', terminatedOn: '2026-06-01' },
    ];
    expect(iopWithoutFollowUp(contracts, [], '2026-06-02')).toEqual([]);
  });

  it('does not count a follow-up only planned or cancelled', () => {
    const planned = followUp({ contractId: 'c1', status: 'PLANNED', reportedOn: null });
    expect(iopWithoutFollowUp([iop], [planned], '2026-06-02')).toHaveLength(1);
  });
});
