import {
  changedSinceJudged,
  judgedOf,
  requirementOutcome,
  requirementViolations,
  unitOfKind,
  valueViolation,
} from './requirement-rules';

const rules = (vs: { rule: string; field?: string }[]) => vs.map((v) => [v.rule, v.field]);

describe('a contract requirement', () => {
  it('takes a key once per contract', () => {
    const others = [{ id: 'r1', key: 'QUALIFIED' }];
    expect(rules(requirementViolations({ key: 'QUALIFIED', kind: 'OTHER', target: 1 }, others))).toEqual([
      ['REQUIREMENT_KEY_TAKEN', 'key'],
    ]);
  });

  it('keeps its own key when edited', () => {
    const others = [{ id: 'r1', key: 'QUALIFIED' }];
    expect(requirementViolations({ key: 'QUALIFIED', kind: 'OTHER', target: 1 }, others, 'r1')).toEqual([]);
  });

  it('has a qualified share of at most 100 percent', () => {
    expect(rules(requirementViolations({ key: 'Q', kind: 'QUALIFIED_SHARE', target: 120 }, []))).toEqual([
      ['REQUIREMENT_PERCENT_OVER_100', 'target'],
    ]);
  });

  it('has no negative or absurdly large target', () => {
    expect(valueViolation('HOURS', -1, 'target')?.rule).toBe('TOO_SMALL');
    expect(valueViolation('STAFFING_LEVEL', 1_000_000, 'target')?.rule).toBe('TOO_LARGE');
    expect(valueViolation('HOURS', 168, 'target')).toBeNull();
  });

  it('measures a qualified share in percent and hours in hours unless the contract says otherwise', () => {
    expect(unitOfKind('QUALIFIED_SHARE', 'st')).toBe('%');
    expect(unitOfKind('HOURS', '')).toBe('timmar');
    expect(unitOfKind('HOURS', 'timmar per vecka')).toBe('timmar per vecka');
    expect(unitOfKind('OTHER', ' ')).toBeNull();
  });
});

describe('a requirement against a finding', () => {
  it('is met at or above an "at least" target and not below', () => {
    const atLeast80 = { comparison: 'AT_LEAST' as const, target: 80 };
    expect(requirementOutcome(atLeast80, 80)).toBe('MET');
    expect(requirementOutcome(atLeast80, 72.5)).toBe('NOT_MET');
  });

  it('is met at or below an "at most" target, and only on the value for "exactly"', () => {
    expect(requirementOutcome({ comparison: 'AT_MOST', target: 10 }, 11)).toBe('NOT_MET');
    expect(requirementOutcome({ comparison: 'AT_MOST', target: 10 }, 10)).toBe('MET');
    expect(requirementOutcome({ comparison: 'EXACTLY', target: 2 }, 2)).toBe('MET');
    expect(requirementOutcome({ comparison: 'EXACTLY', target: 2 }, 3)).toBe('NOT_MET');
  });

  it('is not assessed without a measured value', () => {
    expect(requirementOutcome({ comparison: 'AT_LEAST', target: 80 }, null)).toBe('NOT_ASSESSED');
  });
});

describe('a finding keeps the requirement as judged', () => {
  const atLeast80 = { label: 'Utbildad personal', comparison: 'AT_LEAST' as const, target: 80, measureUnit: '%' };

  it('keeps label, comparison, target and unit of the requirement when recorded', () => {
    expect(judgedOf({ ...atLeast80, key: 'QUALIFIED', version: 3 } as never)).toEqual(atLeast80);
  });

  it('is still not met at 72 % against "at least 80 %" after the target is lowered to 70', () => {
    const judged = judgedOf(atLeast80);
    const edited = { ...atLeast80, target: 70 };
    expect(requirementOutcome(judged, 72)).toBe('NOT_MET');
    expect(changedSinceJudged(judged, edited)).toBe(true);
  });

  it('counts a requirement as changed when its label, comparison, target or unit differs', () => {
    expect(changedSinceJudged(atLeast80, { ...atLeast80, label: 'Andel utbildad personal' })).toBe(true);
    expect(changedSinceJudged(atLeast80, { ...atLeast80, comparison: 'EXACTLY' })).toBe(true);
    expect(changedSinceJudged(atLeast80, { ...atLeast80, measureUnit: null })).toBe(true);
  });

  it('does not count an edit that leaves what was judged as it was', () => {
    expect(changedSinceJudged(atLeast80, { ...atLeast80 })).toBe(false);
  });
});
