import { z } from 'zod';

export const FOLLOW_UP_TYPES = ['SPECIFIC', 'OVERARCHING', 'NEW_START', 'TRIGGERED', 'IOP_ANNUAL', 'THEMATIC'] as const;
export const FollowUpTypeSchema = z.enum(FOLLOW_UP_TYPES);
export type FollowUpType = z.infer<typeof FollowUpTypeSchema>;

export const FOLLOW_UP_STATUSES = ['PLANNED', 'IN_PROGRESS', 'REPORTED', 'CLOSED', 'CANCELLED'] as const;
export const FollowUpStatusSchema = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>;

/** A follow-up's state after each change; findings stay in contracts (they may name people). */
export const FollowUpEventV1Schema = z.object({
  id: z.uuid(),
  type: FollowUpTypeSchema,
  status: FollowUpStatusSchema,
  contractId: z.uuid().nullable(),
  providerId: z.uuid().nullable(),
  unitIds: z.array(z.uuid()),
  plannedOn: z.iso.date(),
  closedOn: z.iso.date().nullable(),
  decisionNeeded: z.boolean(),
  openActions: z.int().nonnegative(),
  version: z.int().positive(),
});
export type FollowUpEventV1 = z.infer<typeof FollowUpEventV1Schema>;
