import { distinctIds, rootCauseChoiceViolation } from './root-cause-rules';

describe('choosing root causes for a deviation', () => {
  const listed = [
    { id: 'staffing', active: true },
    { id: 'night', active: true },
    { id: 'retired', active: false },
  ];

  it('takes causes from the list that are still in use, each once', () => {
    expect(rootCauseChoiceViolation(['staffing', 'night'], listed)).toBeNull();
    expect(rootCauseChoiceViolation([], listed)).toBeNull();
    expect(distinctIds(['night', 'staffing', 'night'])).toEqual(['night', 'staffing']);
  });

  it('refuses a retired cause and one not on the list, naming them', () => {
    expect(rootCauseChoiceViolation(['staffing', 'retired', 'unheard-of'], listed)).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'NOT_ACTIVE_ROOT_CAUSES',
      field: 'rootCauseIds',
      params: { ids: ['retired', 'unheard-of'] },
      message: 'rootCauseIds retired, unheard-of are not active root causes',
    });
  });
});
