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
  'AUTHORITY',
] as const;
export const ServiceAreaSchema = z.enum(SERVICE_AREAS);
export type ServiceArea = z.infer<typeof ServiceAreaSchema>;

/**
 * The sectors a municipality reports its quality figures by (as Strängnäs 2022 in seed 004):
 * individual and family care, the authority (needs assessment), disability, nursing homes and
 * home care. Every service area belongs to exactly one.
 */
export const SECTORS = ['INDIVIDUAL_AND_FAMILY_CARE', 'AUTHORITY', 'DISABILITY', 'NURSING_HOME', 'HOME_CARE'] as const;
export type Sector = (typeof SECTORS)[number];

const SECTOR_OF: Record<ServiceArea, Sector> = {
  HOME_CARE: 'HOME_CARE',
  NURSING_HOME: 'NURSING_HOME',
  LSS_GROUP_HOME: 'DISABILITY',
  LSS_SERVICE_HOME: 'DISABILITY',
  DAILY_ACTIVITY: 'DISABILITY',
  PERSONAL_ASSISTANCE: 'DISABILITY',
  HOUSING_SUPPORT: 'DISABILITY',
  HVB: 'INDIVIDUAL_AND_FAMILY_CARE',
  FAMILY_HOME: 'INDIVIDUAL_AND_FAMILY_CARE',
  SUPPORTED_HOUSING: 'INDIVIDUAL_AND_FAMILY_CARE',
  FAMILY_SUPPORT: 'INDIVIDUAL_AND_FAMILY_CARE',
  SUBSTANCE_ABUSE_CARE: 'INDIVIDUAL_AND_FAMILY_CARE',
  WOMENS_SHELTER: 'INDIVIDUAL_AND_FAMILY_CARE',
  INDIVIDUAL_AND_FAMILY_CARE: 'INDIVIDUAL_AND_FAMILY_CARE',
  AUTHORITY: 'AUTHORITY',
};

export function sectorOf(area: ServiceArea): Sector {
  return SECTOR_OF[area];
}

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
