import { randomInt } from 'node:crypto';

function luhn(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A random organisation number with a valid check digit (legal-person form: third digit ≥ 2). */
export function anOrganisationNumber(): string {
  const nine = `55${randomInt(2, 10)}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhn(nine)}`;
}

export function aProviderInput(overrides: Record<string, unknown> = {}) {
  return { name: `Omsorg ${randomInt(1000, 9999)} AB`, organisationNumber: anOrganisationNumber(), ownership: 'PRIVATE', ...overrides };
}

export function aUnitInput(providerId: string, overrides: Record<string, unknown> = {}) {
  return { providerId, name: `Gruppbostad ${randomInt(100, 999)}`, serviceArea: 'LSS_GROUP_HOME', places: 6, ...overrides };
}
