import { followUpLinkViolation } from './follow-up-link-rules';

describe('linking a deviation to the follow-up that required its actions', () => {
  const deviation = { providerId: 'provider-a' };

  it("links to a follow-up of the deviation's own provider, or an overarching one", () => {
    expect(followUpLinkViolation(deviation, { providerId: 'provider-a' })).toBeNull();
    expect(followUpLinkViolation(deviation, { providerId: null })).toBeNull();
  });

  it('refuses a follow-up of another provider', () => {
    expect(followUpLinkViolation(deviation, { providerId: 'provider-b' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'FOLLOW_UP_OF_ANOTHER_PROVIDER',
      field: 'followUpId',
      params: {},
      message: 'followUpId is a follow-up of another provider',
    });
  });
});
