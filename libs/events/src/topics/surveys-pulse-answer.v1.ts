import { z } from 'zod';

/**
 * That a provider has answered a week's pulse for one of its units (not the scores: consumers need
 * only to know who has answered, e.g. to remind the others). Keyed by the provider's id.
 */
export const PulseAnswerEventV1Schema = z.object({
  providerId: z.uuid(),
  /** The unit answered for; absent in events from before answers were per unit. */
  unitId: z.uuid().nullable().optional(),
  week: z.string().regex(/^\d{4}-W\d{2}$/, 'an ISO week such as 2020-W12'),
  version: z.int().positive(),
});
export type PulseAnswerEventV1 = z.infer<typeof PulseAnswerEventV1Schema>;
