import { commonViolation, isId } from './common-rules';
import { fieldInSentence } from './rule';

describe('codes', () => {
  it('take ids to be UUIDs', () => {
    expect(isId('4f1c2d3e-0000-4000-8000-000000000001')).toBe(true);
    expect(isId('4F1C2D3E-0000-4000-8000-000000000001')).toBe(true);
    expect(isId("1' OR 1=1")).toBe(false);
    expect(isId(undefined)).toBe(false);
  });

  it('build a violation with its kind, rule, field, params and the English sentence', () => {
    const v = commonViolation('TEXT_LENGTH', 'units.0.name', { min: 1, max: 200 });
    expect({ code: v.code, rule: v.rule, field: v.field, params: v.params, message: v.message }).toEqual({
      code: 'VALIDATION_FAILED',
      rule: 'TEXT_LENGTH',
      field: 'units.0.name',
      params: { min: 1, max: 200 },
      message: 'units.name must be 1 to 200 characters',
    });
    expect(fieldInSentence('actions.12.deadline')).toBe('actions.deadline');
  });
});
