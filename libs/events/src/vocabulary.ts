import { z } from 'zod';

/** Service areas (verksamhetsområden) as used across services; see shared/domain.md §1. */
export const SERVICE_AREAS = [
  'HOME_CARE',
  'NURSING_HOME',
  'LSS_GROUP_HOME',
  'LSS_SERVICE_HOME',
  'DAILY_ACTIVITY',
  'PERSONAL_ASSISTANCE',
  'HOUSING_SUPPORT',
  'HVB',
  'FAMILY_HOME',
  'SUPPORTED_HOUSING',
  'FAMILY_SUPPORT',
  'SUBSTANCE_ABUSE_CARE',
  'WOMENS_SHELTER',
  'INDIVIDUAL_AND_FAMILY_CARE',
] as const;
export const ServiceAreaSchema = z.enum(SERVICE_AREAS);
export type ServiceArea = z.infer<typeof ServiceAreaSchema>;

export const PROVIDER_OWNERSHIPS = ['MUNICIPAL', 'PRIVATE', 'NON_PROFIT'] as const;
export const ProviderOwnershipSchema = z.enum(PROVIDER_OWNERSHIPS);
export type ProviderOwnership = z.infer<typeof ProviderOwnershipSchema>;

export const DEVIATION_KINDS = [
  'SOL_LSS',
  'HSL',
  'LEX_SARAH',
  'LEX_MARIA',
  'COMPLAINT',
  'DECISION_NOT_EXECUTED',
] as const;
export const DeviationKindSchema = z.enum(DEVIATION_KINDS);
export type DeviationKind = z.infer<typeof DeviationKindSchema>;
