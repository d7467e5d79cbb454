import { z } from 'zod';
import { ServiceAreaCodeSchema } from '../vocabulary';

/** A comment or complaint (synpunkt/klagomål) about a unit; its text never travels. */
export const ComplaintEventV1Schema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  providerId: z.uuid(),
  serviceArea: ServiceAreaCodeSchema,
  receivedOn: z.iso.date(),
  status: z.string().min(1),
  version: z.int().positive(),
});
export type ComplaintEventV1 = z.infer<typeof ComplaintEventV1Schema>;
