import { z } from 'zod';
import { ServiceAreaCodeSchema } from '../vocabulary';

/** Full state of a unit after each change; consumers keep it as their local `unit_ref`. */
export const UnitEventV1Schema = z.object({
  id: z.uuid(),
  providerId: z.uuid(),
  name: z.string().min(1),
  serviceArea: ServiceAreaCodeSchema,
  places: z.int().nonnegative().nullable(),
  /** The board (nämnd) the unit belongs to; absent in events from before units had boards. */
  boardId: z.uuid().nullable().optional(),
  /** Its codes in other systems (case system, ledger); absent in events from before units had them. */
  externalCodes: z
    .array(z.object({ system: z.string().regex(/^[A-Z][A-Z0-9_]{0,59}$/), code: z.string().min(1).max(40) }))
    .optional(),
  version: z.int().positive(),
});
export type UnitEventV1 = z.infer<typeof UnitEventV1Schema>;
