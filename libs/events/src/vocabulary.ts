import { z } from 'zod';

/**
 * A service area's (verksamhetsområde) or sector's code: stable, upper snake case. The areas and
 * sectors themselves are the municipality's managed lists, kept by contracts
 * (`contracts.service-area.v1`); events and read models carry the code.
 */
export const LIST_CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,59}$/;
export const ServiceAreaCodeSchema = z.string().regex(LIST_CODE_PATTERN, 'an upper snake case code');
export type ServiceAreaCode = string;
export type SectorCode = string;

/**
 * The lists every municipality starts with (shared/domain.md §1; the sectors Strängnäs 2022 reports
 * by, seed 004). Migrations seed them, so these rows are frozen: new areas and sectors, and new
 * names, are added through the API, not here.
 */
export const SEEDED_SECTORS: readonly { code: SectorCode; name: string }[] = [
  { code: 'INDIVIDUAL_AND_FAMILY_CARE', name: 'Individ- och familjeomsorg' },
  { code: 'AUTHORITY', name: 'Myndighet' },
  { code: 'DISABILITY', name: 'Funktionshinderomsorg' },
  { code: 'NURSING_HOME', name: 'Äldreomsorg, särskilt boende' },
  { code: 'HOME_CARE', name: 'Äldreomsorg, ordinärt boende' },
];

export const SEEDED_SERVICE_AREAS: readonly { code: ServiceAreaCode; name: string; sector: SectorCode }[] = [
  { code: 'HOME_CARE', name: 'Hemtjänst', sector: 'HOME_CARE' },
  { code: 'NURSING_HOME', name: 'Särskilt boende', sector: 'NURSING_HOME' },
  { code: 'LSS_GROUP_HOME', name: 'Gruppbostad LSS', sector: 'DISABILITY' },
  { code: 'LSS_SERVICE_HOME', name: 'Servicebostad LSS', sector: 'DISABILITY' },
  { code: 'DAILY_ACTIVITY', name: 'Daglig verksamhet', sector: 'DISABILITY' },
  { code: 'PERSONAL_ASSISTANCE', name: 'Personlig assistans', sector: 'DISABILITY' },
  { code: 'HOUSING_SUPPORT', name: 'Boendestöd', sector: 'DISABILITY' },
  { code: 'HVB', name: 'HVB', sector: 'INDIVIDUAL_AND_FAMILY_CARE' },
  { code: 'FAMILY_HOME', name: 'Familjehem', sector: 'INDIVIDUAL_AND_FAMILY_CARE' },
  { code: 'SUPPORTED_HOUSING', name: 'Stödboende', sector: 'INDIVIDUAL_AND_FAMILY_CARE' },
  { code: 'FAMILY_SUPPORT', name: 'Familjestöd', sector: 'INDIVIDUAL_AND_FAMILY_CARE' },
  { code: 'SUBSTANCE_ABUSE_CARE', name: 'Missbruksvård', sector: 'INDIVIDUAL_AND_FAMILY_CARE' },
  { code: 'WOMENS_SHELTER', name: 'Kvinnofridsarbete', sector: 'INDIVIDUAL_AND_FAMILY_CARE' },
  { code: 'INDIVIDUAL_AND_FAMILY_CARE', name: 'Individ- och familjeomsorg', sector: 'INDIVIDUAL_AND_FAMILY_CARE' },
  { code: 'AUTHORITY', name: 'Myndighetsutövning', sector: 'AUTHORITY' },
];

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
