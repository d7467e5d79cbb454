import { canonicalEmail, contactOf } from './provider-contact-rules';

const ORDER = ['REPORTS', 'ACTIONS', 'PULSE'] as const;

describe("a provider's contact", () => {
  it('is kept with the name trimmed, the address in lower case and each topic once, in order', () => {
    expect(
      contactOf({ name: ' Eva Ek ', email: ' Eva.Ek@Omsorg.SE ', topics: ['PULSE', 'REPORTS', 'PULSE'] }, ORDER),
    ).toEqual({ value: { name: 'Eva Ek', email: 'eva.ek@omsorg.se', topics: ['REPORTS', 'PULSE'] }, violations: [] });
  });

  it('checks only the fields an edit gives', () => {
    expect(contactOf({ topics: ['ACTIONS'] }, ORDER)).toEqual({ value: { topics: ['ACTIONS'] }, violations: [] });
  });

  it('needs a name, an e-mail address and at least one topic, and says which field is wrong', () => {
    const result = contactOf({ name: '  ', email: 'eva.ek@omsorg', topics: [] }, ORDER);
    expect(result.violations.map((v) => [v.rule, v.field, v.params])).toEqual([
      ['REQUIRED', 'name', {}],
      ['EMAIL_INVALID', 'email', { value: 'eva.ek@omsorg' }],
      ['TOPIC_REQUIRED', 'topics', {}],
    ]);
  });

  it('takes an address as name@domain.tld, without spaces or a second @', () => {
    const invalid = (email: string) => contactOf({ email }, ORDER).violations.length > 0;
    expect(['eva@omsorg.se', 'e.v+a@sub.omsorg.se', 'EVA@OMSORG.SE'].map(invalid)).toEqual([false, false, false]);
    expect(
      ['eva', 'eva@', '@omsorg.se', 'eva ek@omsorg.se', 'eva@@omsorg.se', 'eva@omsorg.', '<eva@omsorg.se>'].map(
        invalid,
      ),
    ).toEqual([true, true, true, true, true, true, true]);
    expect(contactOf({ email: '' }, ORDER)).toMatchObject({ violations: [{ rule: 'REQUIRED', field: 'email' }] });
  });

  it('compares addresses without regard to case or surrounding spaces', () => {
    expect(canonicalEmail(' Eva@Omsorg.se')).toBe(canonicalEmail('eva@omsorg.SE '));
  });
});
