/** Swedish words for the API's enums: the UI speaks the users' language (see domain.md). */
export const SERVICE_AREA_LABELS: Record<string, string> = {
  HOME_CARE: 'Hemtjänst',
  NURSING_HOME: 'Särskilt boende',
  LSS_GROUP_HOME: 'Gruppbostad LSS',
  LSS_SERVICE_HOME: 'Servicebostad LSS',
  DAILY_ACTIVITY: 'Daglig verksamhet',
  PERSONAL_ASSISTANCE: 'Personlig assistans',
  HOUSING_SUPPORT: 'Boendestöd',
  HVB: 'HVB',
  FAMILY_HOME: 'Familjehem',
  SUPPORTED_HOUSING: 'Stödboende',
  FAMILY_SUPPORT: 'Familjestöd',
  SUBSTANCE_ABUSE_CARE: 'Missbruksvård',
  WOMENS_SHELTER: 'Kvinnofridsarbete',
  INDIVIDUAL_AND_FAMILY_CARE: 'Individ- och familjeomsorg',
  AUTHORITY: 'Myndighetsutövning',
};

export const OWNERSHIP_LABELS: Record<string, string> = {
  MUNICIPAL: 'Kommunal',
  PRIVATE: 'Privat',
  NON_PROFIT: 'Idéburen',
};

export const ROLE_LABELS: Record<string, string> = {
  QUALITY_OFFICIAL: 'Kvalitetsutvecklare / uppföljare',
  MANAGER: 'Chef',
  ADMIN: 'Administratör',
  REPORTING: 'Extern rapportering (endast läsning)',
};

export const label = (labels: Record<string, string>, value: string): string => labels[value] ?? value;
