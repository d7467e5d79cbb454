import { z } from 'zod';

export const CONTRACT_FORMS = ['LOU', 'LOV', 'MUNICIPAL_ASSIGNMENT', 'IOP'] as const;
export const ContractFormSchema = z.enum(CONTRACT_FORMS);
export type ContractForm = z.infer<typeof ContractFormSchema>;

/** A contract's state after each change: consumers keep which units it covers and for when. */
export const ContractEventV1Schema = z.object({
  id: z.uuid(),
  reference: z.string().min(1),
  providerId: z.uuid(),
  unitIds: z.array(z.uuid()),
  form: ContractFormSchema,
  startDate: z.iso.date(),
  endDate: z.iso.date().nullable(),
  terminatedOn: z.iso.date().nullable(),
  version: z.int().positive(),
});
export type ContractEventV1 = z.infer<typeof ContractEventV1Schema>;
