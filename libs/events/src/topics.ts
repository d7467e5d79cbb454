import { z } from 'zod';
import { ContractEventV1Schema } from './topics/contracts-contract.v1';
import { ProviderEventV1Schema } from './topics/contracts-provider.v1';
import { UnitEventV1Schema } from './topics/contracts-unit.v1';
import { ServiceAreaEventV1Schema } from './topics/contracts-service-area.v1';
import { DeviationEventV1Schema } from './topics/deviations-deviation.v1';
import { BusinessReportEventV1Schema } from './topics/contracts-business-report.v1';
import { FollowUpEventV1Schema } from './topics/contracts-follow-up.v1';
import { ComplaintEventV1Schema } from './topics/deviations-complaint.v1';
import { SurveyResultEventV1Schema } from './topics/surveys-result.v1';
import { PulsePeriodEventV1Schema } from './topics/surveys-pulse-period.v1';
import { PulseAnswerEventV1Schema } from './topics/surveys-pulse-answer.v1';
import { CaseFlowEventV1Schema } from './topics/forecasting-case-flow.v1';
import { EventEnvelope, EventEnvelopeSchema } from './envelope';

/**
 * The catalogue: topic name → payload schema. Producing or consuming a topic that is not
 * here does not compile, because every messaging API is generic over `TopicName`.
 */
export const Topics = {
  'contracts.provider.v1': ProviderEventV1Schema,
  'contracts.unit.v1': UnitEventV1Schema,
  'contracts.service-area.v1': ServiceAreaEventV1Schema,
  'contracts.contract.v1': ContractEventV1Schema,
  'contracts.follow-up.v1': FollowUpEventV1Schema,
  'contracts.business-report.v1': BusinessReportEventV1Schema,
  'deviations.deviation.v1': DeviationEventV1Schema,
  'deviations.complaint.v1': ComplaintEventV1Schema,
  'surveys.result.v1': SurveyResultEventV1Schema,
  'surveys.pulse-period.v1': PulsePeriodEventV1Schema,
  'surveys.pulse-answer.v1': PulseAnswerEventV1Schema,
  'forecasting.case-flow.v1': CaseFlowEventV1Schema,
} as const;

export type TopicName = keyof typeof Topics;
export type PayloadOf<T extends TopicName> = z.infer<(typeof Topics)[T]>;

export const TOPIC_NAMES = Object.keys(Topics) as TopicName[];

export function isTopicName(name: string): name is TopicName {
  return Object.prototype.hasOwnProperty.call(Topics, name);
}

/** Poisoned messages of `topic` go here, with the error in the headers. */
export function dlqTopicOf(topic: TopicName): `${TopicName}.dlq` {
  return `${topic}.dlq`;
}

export type ParsedEvent<T extends TopicName> =
  { ok: true; event: EventEnvelope<PayloadOf<T>> } | { ok: false; error: string };

/** Validates raw bytes from Kafka as an envelope whose payload matches the topic's schema. */
export function parseEvent<T extends TopicName>(topic: T, raw: Buffer | string | null): ParsedEvent<T> {
  if (raw === null) return { ok: false, error: 'message has no value' };
  let json: unknown;
  try {
    json = JSON.parse(raw.toString());
  } catch {
    return { ok: false, error: 'message value is not JSON' };
  }
  const envelope = EventEnvelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, error: `envelope: ${describeIssues(envelope.error)}` };
  const payload = Topics[topic].safeParse(envelope.data.payload);
  if (!payload.success) return { ok: false, error: `payload: ${describeIssues(payload.error)}` };
  return { ok: true, event: { ...envelope.data, payload: payload.data as PayloadOf<T> } };
}

/** Throws with field names when a payload about to be produced breaks its schema. */
export function assertPayload<T extends TopicName>(topic: T, payload: unknown): PayloadOf<T> {
  const result = Topics[topic].safeParse(payload);
  if (!result.success) throw new Error(`invalid ${topic} payload: ${describeIssues(result.error)}`);
  return result.data as PayloadOf<T>;
}

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}
