import { registerStringEnum } from '@kvalitetsnav/service-kit';

/**
 * What a provider's contact wants to hear about. REPORTS: business and staffing reports due or
 * late; ACTIONS: required actions of follow-ups nearing or passing their deadline; PULSE: the
 * weekly pulse survey. New topics are added at the end.
 */
export const CONTACT_TOPICS = ['REPORTS', 'ACTIONS', 'PULSE'] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];
export const ContactTopicEnum = registerStringEnum(
  CONTACT_TOPICS,
  'ContactTopic',
  'What a provider contact is told about: REPORTS (business and staffing reports due or late), ACTIONS (required actions nearing or passing their deadline), PULSE (the weekly pulse survey).',
);
