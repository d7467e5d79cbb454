import { LIST_CODE_PATTERN } from '@kvalitetsnav/events';
import { commonViolation, contractsViolation, RuleViolation } from '@kvalitetsnav/codes';
import { cleanName, nameKey } from '../boards/board-rules';

const LETTERS: Record<string, string> = { Å: 'A', Ä: 'A', Ö: 'O', É: 'E', È: 'E', Ü: 'U' };

/** The code an entry gets from its name when none is given: "Boende socialpsykiatri" → BOENDE_SOCIALPSYKIATRI. */
export function codeFromName(name: string): string {
  return cleanName(name)
    .toLocaleUpperCase('sv')
    .replace(/[ÅÄÖÉÈÜ]/g, (c) => LETTERS[c])
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
}

type Entry = { code: string; name: string };
type ListEntity = 'SERVICE_AREA' | 'SECTOR';

/**
 * A new entry of a managed list: its code is the one given or else made from its name, and
 * neither its code nor its name (in any case or spacing) is already on the list.
 */
export function newEntry(
  entity: ListEntity,
  input: { name: string; code?: string | null },
  list: readonly Entry[],
): { code: string; name: string } | { violations: RuleViolation[] } {
  const name = cleanName(input.name);
  const code = input.code ?? codeFromName(name);
  if (!LIST_CODE_PATTERN.test(code)) return { violations: [contractsViolation('LIST_CODE_NEEDED', 'code', { name })] };
  const violations = [
    list.some((e) => e.code === code) ? commonViolation('ALREADY_EXISTS', 'code', { entity, value: code }) : null,
    nameViolation(entity, name, list),
  ].filter((v): v is RuleViolation => v !== null);
  return violations.length ? { violations } : { code, name };
}

/** A name on a managed list is its entry's own: no other entry has it, in any case or spacing. */
export function nameViolation(
  entity: ListEntity,
  name: string,
  list: readonly Entry[],
  code?: string,
): RuleViolation | null {
  const taken = list.some((e) => e.code !== code && nameKey(e.name) === nameKey(name));
  return taken ? commonViolation('ALREADY_EXISTS', 'name', { entity, value: cleanName(name) }) : null;
}

/** A new entry comes last. */
export const nextPosition = (list: readonly { position: number }[]): number =>
  list.reduce((max, e) => Math.max(max, e.position + 1), 0);
