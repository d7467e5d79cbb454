import { z } from 'zod';
import { DeviationKindSchema, ServiceAreaCodeSchema } from '../vocabulary';

/** A deviation's state after each change; free text never travels in events (personal data). */
export const DeviationEventV1Schema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  providerId: z.uuid(),
  serviceArea: ServiceAreaCodeSchema,
  kind: DeviationKindSchema,
  status: z.string().min(1),
  occurredOn: z.iso.date(),
  reportedAt: z.iso.datetime({ offset: true }),
  version: z.int().positive(),
});
export type DeviationEventV1 = z.infer<typeof DeviationEventV1Schema>;
