import * as codes from '@kvalitetsnav/codes';
import type { RuleSpec } from '@kvalitetsnav/codes';
import { ENUM_LABELS } from '@kvalitetsnav/swedish';

/** A raw code on screen: two or more capitals joined by underscores (SOL_LSS, VALIDATION_FAILED). */
export const UPPER_SNAKE = /\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/g;

/**
 * Abbreviations Swedish text writes in capitals that are also one-word enum values: they may be on
 * screen. Any other one-word enum value in capitals (PLANNED, OPEN, WOMAN) is a raw value.
 */
const SWEDISH_ABBREVIATIONS = new Set(['LSS', 'HSL', 'LOU', 'LOV', 'IOP', 'HVB', 'IVO', 'JO', 'MAS', 'MAR']);

/** Every one-word value of the schema's enums, as the API sends it. */
export const ONE_WORD_ENUM_VALUES: ReadonlySet<string> = new Set(
  Object.values(ENUM_LABELS)
    .flatMap((labels) => Object.keys(labels))
    .filter((value) => /^[A-Z]{2,}$/.test(value) && !SWEDISH_ABBREVIATIONS.has(value)),
);

// Stands in for every param and field, so a message's fixed text is what is left between them.
const HOLE = '\u0001';
const holeParams = new Proxy({}, { get: () => [HOLE] });

/** Each rule set exported by libs/codes (CommonRules, ContractsRules, …): objects of rule(code, message). */
function ruleSets(): Record<string, RuleSpec<never>>[] {
  const isSpec = (value: unknown): value is RuleSpec<never> =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as RuleSpec).message === 'function' &&
    typeof (value as RuleSpec).code === 'string';
  return Object.entries(codes)
    .filter(([name, value]) => name.endsWith('Rules') && typeof value === 'object' && value !== null)
    .map(([, value]) => value as Record<string, unknown>)
    .filter((set) => Object.values(set).every(isSpec)) as Record<string, RuleSpec<never>>[];
}

/**
 * The fixed pieces of every English sentence the API refuses with (`${f} must be a number` gives
 * "must be a number"): a page showing one has let the API's English through. Pieces shorter than
 * two words are too common to tell anything.
 */
export function englishRuleSentences(): string[] {
  const pieces = new Set<string>();
  for (const set of ruleSets())
    for (const spec of Object.values(set)) {
      let sentence: string;
      try {
        sentence = (spec.message as (p: unknown, f: string) => string)(holeParams, HOLE);
      } catch {
        continue;
      }
      for (const piece of sentence.split(new RegExp(`${HOLE}|undefined`)))
        if (/^\W*\w+\W+\w+/.test(piece.trim()) && piece.trim().length >= 8) pieces.add(piece.trim());
    }
  return [...pieces];
}

/** What a page shows that is not Swedish: raw codes and the API's English. */
export function untranslated(text: string, english: readonly string[]): string[] {
  const found = new Set<string>();
  for (const match of text.match(UPPER_SNAKE) ?? []) found.add(`raw code ${match}`);
  for (const word of text.match(/\b[A-Z]{2,}\b/g) ?? [])
    if (ONE_WORD_ENUM_VALUES.has(word)) found.add(`raw enum value ${word}`);
  for (const sentence of english) if (text.includes(sentence)) found.add(`English "${sentence}"`);
  return [...found];
}
