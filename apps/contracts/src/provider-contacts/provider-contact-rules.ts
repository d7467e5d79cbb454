import { commonViolation, contractsViolation, RuleViolation } from '@kvalitetsnav/codes';
import type { ContactTopic } from './provider-contact.models';

/**
 * An address a mail server will take: something@domain.tld, no spaces or angle brackets, at
 * most 254 characters. Deliberately loose: the SMTP server is the judge, and a bounce is recorded.
 */
const EMAIL = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:.]+(\.[^\s@<>"(),;:.]+)+$/;

export interface ContactFields {
  name: string;
  email: string;
  topics: ContactTopic[];
}

/** An e-mail address as it is kept and compared: trimmed and in lower case. */
export const canonicalEmail = (email: string): string => email.trim().toLowerCase();

/**
 * A contact as it is kept: the name trimmed, the address canonical, each topic once in the
 * catalogue's order; and every field that is wrong (an empty name, a bad address, no topic).
 */
export function contactOf(
  input: Partial<ContactFields>,
  order: readonly ContactTopic[],
): { value: Partial<ContactFields>; violations: RuleViolation[] } {
  const violations: RuleViolation[] = [];
  const value: Partial<ContactFields> = {};
  if (input.name !== undefined) {
    value.name = input.name.trim();
    if (!value.name) violations.push(commonViolation('REQUIRED', 'name'));
  }
  if (input.email !== undefined) {
    value.email = canonicalEmail(input.email);
    if (!value.email) violations.push(commonViolation('REQUIRED', 'email'));
    else if (value.email.length > 254 || !EMAIL.test(value.email))
      violations.push(contractsViolation('EMAIL_INVALID', 'email', { value: input.email.trim() }));
  }
  const topics = input.topics;
  if (topics !== undefined) {
    value.topics = order.filter((t) => topics.includes(t));
    if (!value.topics.length) violations.push(contractsViolation('TOPIC_REQUIRED', 'topics'));
  }
  return { value, violations };
}
