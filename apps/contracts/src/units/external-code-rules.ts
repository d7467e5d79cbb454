import { commonViolation, RuleViolation } from '@kvalitetsnav/codes';

export interface ExternalCode {
  system: string;
  code: string;
}

const FIELD = 'externalCodes';

/** Codes as they are kept: trimmed, and one per system. */
export function normaliseExternalCodes(codes: readonly ExternalCode[]): ExternalCode[] {
  return codes.map((c) => ({ system: c.system, code: c.code.trim() }));
}

/** A unit has one code per system; naming a system twice is a mistake, not a choice. */
export function externalCodesViolation(codes: readonly ExternalCode[]): RuleViolation | null {
  const seen = new Set<string>();
  for (const { system } of codes) {
    if (seen.has(system)) return commonViolation('LISTED_TWICE', FIELD, { value: system });
    seen.add(system);
  }
  return null;
}

/** How a code is named in refusals and the change history: "TRESERVA 4711". */
export const externalCodeText = (c: ExternalCode): string => `${c.system} ${c.code}`;
