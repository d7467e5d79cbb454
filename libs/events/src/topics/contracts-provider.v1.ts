import { z } from 'zod';
import { ProviderOwnershipSchema } from '../vocabulary';

/** Full state of a provider after each change, so consumers can upsert without history. */
export const ProviderEventV1Schema = z.object({
  id: z.uuid(),
  name: z.string().min(1),
  organisationNumber: z.string().regex(/^\d{6}-\d{4}$/),
  ownership: ProviderOwnershipSchema,
  version: z.int().positive(),
});
export type ProviderEventV1 = z.infer<typeof ProviderEventV1Schema>;
