import { z } from 'zod';

/** Every message on Kafka is wrapped in this envelope; `payload` is validated per topic. */
export const EventEnvelopeSchema = z.object({
  eventId: z.uuid(),
  type: z.string().min(1),
  occurredAt: z.iso.datetime({ offset: true }),
  producer: z.string().min(1),
  requestId: z.string().optional(),
  payload: z.unknown(),
});

export type EventEnvelope<P = unknown> = Omit<z.infer<typeof EventEnvelopeSchema>, 'payload'> & { payload: P };
