import { z } from 'zod';

/** A month's case-flow report for a unit and service (latest version wins). */
export const CaseFlowEventV1Schema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  providerId: z.uuid(),
  service: z.string().min(1),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM'),
  incoming: z.int().nonnegative(),
  outgoing: z.int().nonnegative(),
  version: z.int().positive(),
});
export type CaseFlowEventV1 = z.infer<typeof CaseFlowEventV1Schema>;
