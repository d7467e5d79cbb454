import { z } from 'zod';
import { LIST_CODE_PATTERN, ServiceAreaCodeSchema } from '../vocabulary';

/**
 * Full state of one entry of the municipality's service-area list after each change, with its
 * sector's code and name: consumers keep it as their `service_area_ref` and group by sector from it.
 */
export const ServiceAreaEventV1Schema = z.object({
  code: ServiceAreaCodeSchema,
  name: z.string().min(1),
  sectorCode: z.string().regex(LIST_CODE_PATTERN),
  sectorName: z.string().min(1),
  /** Where the area comes in lists; sectors are ordered by their own position. */
  position: z.int().nonnegative(),
  sectorPosition: z.int().nonnegative(),
  version: z.int().positive(),
});
export type ServiceAreaEventV1 = z.infer<typeof ServiceAreaEventV1Schema>;
