import { z } from 'zod';

export const PROVIDER_REPORT_KINDS = ['BUSINESS', 'STAFFING'] as const;
export const ProviderReportKindSchema = z.enum(PROVIDER_REPORT_KINDS);
export type ProviderReportKind = z.infer<typeof ProviderReportKindSchema>;

/**
 * A provider's business report (yearly) or staffing report (per half-year) was submitted.
 * Staffing figures travel so forecasting can relate capacity to staff; text does not.
 */
export const BusinessReportEventV1Schema = z.object({
  id: z.uuid(),
  kind: ProviderReportKindSchema,
  unitId: z.uuid(),
  providerId: z.uuid(),
  year: z.int().min(2000).max(2100),
  half: z.union([z.literal(1), z.literal(2)]).nullable(),
  version: z.int().positive(),
  submittedAt: z.iso.datetime({ offset: true }),
  staffing: z
    .object({
      managers: z.int().nonnegative(),
      permanent: z.int().nonnegative(),
      temporary: z.int().nonnegative(),
      hourly: z.int().nonnegative(),
      sickLeavePercent: z.number().min(0).max(100),
      staffTurnoverPercent: z.number().min(0).max(100),
    })
    .nullable(),
});
export type BusinessReportEventV1 = z.infer<typeof BusinessReportEventV1Schema>;
