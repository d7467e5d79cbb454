import { exclusion, ratio, Ratio } from './ratio';

export interface AnswerScale {
  /** Options that count as positive, e.g. "Ja", "Alla", "Ofta". */
  positive: string[];
  /** "Vet inte", "Vill inte svara", "Inte aktuellt": left out of the base, as Kolada does. */
  nonSubstantive: string[];
}

/**
 * The share positive among substantive answers. Non-substantive answers and questions left
 * unanswered (null) are excluded from the base and reported.
 */
export function sharePositive(answers: (string | null)[], scale: AnswerScale): Ratio {
  const unanswered = answers.filter((a) => a === null).length;
  const given = answers.filter((a): a is string => a !== null);
  const nonSubstantive = given.filter((a) => scale.nonSubstantive.includes(a)).length;
  const substantive = given.filter((a) => !scale.nonSubstantive.includes(a));
  return ratio(substantive.filter((a) => scale.positive.includes(a)).length, substantive.length, [
    exclusion('NON_SUBSTANTIVE', nonSubstantive),
    exclusion('UNANSWERED', unanswered),
  ]);
}
