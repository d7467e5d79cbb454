import type { ProviderOwnership } from '@kvalitetsnav/codes';
import { randomInt } from 'node:crypto';
import { luhnCheckDigit } from '@kvalitetsnav/swedish-ids';

/** A random organisation number with a valid check digit (legal-person form: third digit ≥ 2). */
export function anOrganisationNumber(): string {
  const nine = `55${randomInt(2, 10)}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

export interface ProviderFields {
  name: string;
  organisationNumber: string;
  ownership: ProviderOwnership;
}

/** A provider to register: createProvider's input, with a valid organisation number. */
export function aProviderInput(overrides: Partial<ProviderFields> = {}): ProviderFields {
  return {
    name: `Omsorg ${randomInt(1000, 9999)} AB`,
    organisationNumber: anOrganisationNumber(),
    ownership: 'PRIVATE',
    ...overrides,
  };
}

export interface UnitFields {
  providerId: string;
  name: string;
  /** A code from the service-area list, e.g. LSS_GROUP_HOME. */
  serviceArea: string;
  places: number | null;
  /** Its codes in other systems, e.g. the case system's. */
  externalCodes?: { system: string; code: string }[];
}

/** A unit of the provider: createUnit's input. */
export function aUnitInput(providerId: string, overrides: Partial<Omit<UnitFields, 'providerId'>> = {}): UnitFields {
  return {
    providerId,
    name: `Gruppbostad ${randomInt(100, 999)}`,
    serviceArea: 'LSS_GROUP_HOME',
    places: 6,
    ...overrides,
  };
}

/** The month `back` months before the current one (UTC), as YYYY-MM: case flows may not be reported for the future. */
export function monthBack(back: number): string {
  const now = new Date();
  const index = now.getUTCFullYear() * 12 + now.getUTCMonth() - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
