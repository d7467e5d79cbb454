import { z } from 'zod';

const isoWeek = z.string().regex(/^\d{4}-W\d{2}$/, 'an ISO week such as 2020-W12');

/**
 * A period of weekly pulse surveys (a crisis): every week from `fromWeek` to `toWeek` is a pulse
 * week, and a period without `toWeek` goes on until it is ended. Keyed by the period's id.
 */
export const PulsePeriodEventV1Schema = z.object({
  id: z.uuid(),
  name: z.string().min(1),
  fromWeek: isoWeek,
  toWeek: isoWeek.nullable(),
  version: z.int().positive(),
});
export type PulsePeriodEventV1 = z.infer<typeof PulsePeriodEventV1Schema>;
