/**
 * The two explanations the API still sends only as English sentences: why the follow-up selection
 * took (or skipped) a contract, and why answers fall outside a survey figure. Replaced by the
 * codes from the API when they land (reasonCode-style enums with the Swedish catalogue in
 * libs/swedish); nothing else in the web reads an English sentence.
 */

type Translation = [pattern: RegExp, swedish: (...match: string[]) => string];

const SELECTION_REASONS: Translation[] = [
  [/^(\d+) complaints? received in the last twelve months$/, (n) => `${n} klagomål de senaste tolv månaderna`],
  [/^number (\d+) on the ordering function's list$/, (n) => `nummer ${n} på beställarfunktionens lista`],
  [
    /^risk score (\d+), highest left when complaints and the ordering list fell short$/,
    (s) => `riskpoäng ${s}, högst bland de återstående när klagomålen och beställarlistan inte räckte`,
  ],
  [
    /^risk score (\d+), taken because too few contracts were eligible for the draw$/,
    (s) => `riskpoäng ${s}, vald eftersom för få avtal kunde lottas`,
  ],
  [
    /^drawn at random among contracts not followed up in depth this contract period$/,
    () => 'slumpmässigt vald bland avtal utan fördjupad uppföljning under avtalsperioden',
  ],
  [
    /^drawn at random for a place no other third could fill$/,
    () => 'slumpmässigt vald till en plats som ingen annan tredjedel kunde fylla',
  ],
  [/^not a contract running in the period$/, () => 'inget avtal som löper under perioden'],
  [/^already proposed from complaints$/, () => 'redan föreslaget utifrån klagomålen'],
  [/^the ordering third is full$/, () => 'beställarfunktionens tredjedel är redan full'],
];

const EXCLUSION_REASONS: Translation[] = [
  [
    /^offered at (\d+) units? that opted out$/,
    (n) => `erbjudna vid ${n} ${n === '1' ? 'enhet' : 'enheter'} som avstod`,
  ],
  [/^non-substantive answers.*$/, () => '"vet inte", "vill inte svara", "inte aktuellt"'],
  [/^question left unanswered$/, () => 'obesvarade'],
];

function translate(translations: Translation[], english: string): string {
  for (const [pattern, swedish] of translations) {
    const match = pattern.exec(english);
    if (match) return swedish(...match.slice(1));
  }
  return english;
}

/** Why the selection proposed a contract, or skipped one the ordering function chose. */
export const selectionReason = (reason: string) => translate(SELECTION_REASONS, reason);

/** Why answers or people fall outside a survey figure's denominator. */
export const exclusionReason = (reason: string) => translate(EXCLUSION_REASONS, reason);
