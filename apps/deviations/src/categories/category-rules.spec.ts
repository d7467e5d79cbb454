import { allowedCategoryCodes, categoryChoiceViolation, categoryKinds, categoryKindsViolation } from './category-rules';

describe('choosing what a deviation is about', () => {
  const listed = [
    { code: 'PLANNED_INTERVENTION_NOT_PERFORMED', kinds: ['SOL_LSS', 'HSL'] as const, active: true },
    { code: 'THEFT', kinds: ['SOL_LSS', 'LEX_SARAH'] as const, active: true },
    { code: 'MEDICATION', kinds: ['HSL', 'LEX_MARIA'] as const, active: true },
    { code: 'RETIRED', kinds: ['SOL_LSS'] as const, active: false },
  ];

  it('offers a kind the categories listed for it that are still in use', () => {
    expect(allowedCategoryCodes('SOL_LSS', listed)).toEqual(['PLANNED_INTERVENTION_NOT_PERFORMED', 'THEFT']);
    expect(allowedCategoryCodes('LEX_MARIA', listed)).toEqual(['MEDICATION']);
    expect(allowedCategoryCodes('COMPLAINT', listed)).toEqual([]);
  });

  it('takes no category, or one listed for the kind and in use', () => {
    expect(categoryChoiceViolation(null, 'SOL_LSS', listed)).toBeNull();
    expect(categoryChoiceViolation(undefined, 'HSL', listed)).toBeNull();
    expect(categoryChoiceViolation('THEFT', 'LEX_SARAH', listed)).toBeNull();
  });

  it("refuses a category of another kind, naming the category's kinds and the kind's own", () => {
    expect(categoryChoiceViolation('MEDICATION', 'SOL_LSS', listed)).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'CATEGORY_NOT_FOR_KIND',
      field: 'categoryCode',
      params: {
        value: 'MEDICATION',
        kind: 'SOL_LSS',
        kinds: ['HSL', 'LEX_MARIA'],
        allowed: ['PLANNED_INTERVENTION_NOT_PERFORMED', 'THEFT'],
      },
    });
  });

  it('refuses a retired category and one not on the list, with what the kind may have', () => {
    for (const value of ['RETIRED', 'UNHEARD_OF'])
      expect(categoryChoiceViolation(value, 'SOL_LSS', listed)).toMatchObject({
        rule: 'NOT_ACTIVE_CATEGORY',
        field: 'categoryCode',
        params: { value, kind: 'SOL_LSS', allowed: ['PLANNED_INTERVENTION_NOT_PERFORMED', 'THEFT'] },
      });
  });

  it('gives a complaint no category of this list: it has its own', () => {
    expect(categoryChoiceViolation('THEFT', 'COMPLAINT', listed)).toMatchObject({
      rule: 'CATEGORY_NOT_FOR_KIND',
      params: { kind: 'COMPLAINT', allowed: [] },
    });
  });
});

describe('the kinds a category is listed for', () => {
  it('are deviations and lex Sarah/Maria, each once, in order', () => {
    expect(categoryKinds(['LEX_MARIA', 'HSL', 'HSL'])).toEqual(['HSL', 'LEX_MARIA']);
    expect(categoryKindsViolation(['SOL_LSS', 'LEX_SARAH'])).toBeNull();
  });

  it('are never complaints or decisions not executed', () => {
    expect(categoryKindsViolation(['SOL_LSS', 'COMPLAINT', 'DECISION_NOT_EXECUTED'])).toMatchObject({
      rule: 'KINDS_NOT_CATEGORISED',
      field: 'kinds',
      params: {
        kinds: ['COMPLAINT', 'DECISION_NOT_EXECUTED'],
        categorised: ['SOL_LSS', 'HSL', 'LEX_SARAH', 'LEX_MARIA'],
      },
    });
  });
});
