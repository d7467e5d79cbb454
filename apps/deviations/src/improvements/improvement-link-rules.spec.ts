import { improvementFollowUpViolation } from './improvement-link-rules';

describe('an improvement coming from a contracts follow-up', () => {
  it("fits a follow-up of the improvement's own provider, or an overarching one", () => {
    expect(improvementFollowUpViolation({ providerId: 'a' }, { providerId: 'a' })).toBeNull();
    expect(improvementFollowUpViolation({ providerId: 'a' }, { providerId: null })).toBeNull();
  });

  it('fits any follow-up when the improvement is of no single provider', () => {
    expect(improvementFollowUpViolation({ providerId: null }, { providerId: 'b' })).toBeNull();
  });

  it('refuses a follow-up of another provider at followUpId', () => {
    expect(improvementFollowUpViolation({ providerId: 'a' }, { providerId: 'b' })).toMatchObject({
      rule: 'FOLLOW_UP_OF_ANOTHER_PROVIDER',
      field: 'followUpId',
    });
  });
});
