import { z } from 'zod';

/**
 * A closed survey round's result per unit. `sharePositive` is null where the unit's cell is
 * suppressed (too few answers), so no consumer can show what surveys would not.
 */
export const SurveyResultEventV1Schema = z.object({
  roundId: z.uuid(),
  name: z.string().min(1),
  period: z.string().min(4),
  closedOn: z.iso.date(),
  units: z.array(
    z.object({
      unitId: z.uuid(),
      providerId: z.uuid(),
      offered: z.int().nonnegative(),
      answered: z.int().nonnegative(),
      sharePositive: z.number().min(0).max(1).nullable(),
    }),
  ),
});
export type SurveyResultEventV1 = z.infer<typeof SurveyResultEventV1Schema>;
