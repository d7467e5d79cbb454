import { ratio, Ratio } from './ratio';

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
    { reason: 'non-substantive answers (vet inte, vill inte svara, inte aktuellt)', count: nonSubstantive },
    { reason: 'question left unanswered', count: unanswered },
  ]);
}
