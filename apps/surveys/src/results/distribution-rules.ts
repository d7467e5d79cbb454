import { Ratio, sharePositive } from '@kvalitetsnav/survey-stats';

export interface AnswerOptionDefinition {
  code: string;
  label: string;
  positive: boolean;
  nonSubstantive: boolean;
}

/** One answer option's part of a question's answers in a group. */
export interface OptionShare {
  optionCode: string;
  optionLabel: string;
  nonSubstantive: boolean;
  /** How many gave this answer; null when the group is suppressed for the question. */
  count: number | null;
  /**
   * Over the substantive answers, as the share positive is: null for a non-substantive
   * option (it is not in the base) and when the group is suppressed.
   */
  share: Ratio | null;
}

/**
 * How a group's answers to a question fall over its options, in the definition's order. Each
 * substantive option's share is counted as the share positive is, with that option alone as
 * "positive": non-substantive and unanswered are left out of the base and reported, so the
 * substantive shares add up to 1. A non-substantive option gives its count only.
 */
export function answerDistribution(
  options: readonly AnswerOptionDefinition[],
  answers: readonly (string | null)[],
): OptionShare[] {
  const nonSubstantive = options.filter((o) => o.nonSubstantive).map((o) => o.code);
  return options.map((o) => ({
    optionCode: o.code,
    optionLabel: o.label,
    nonSubstantive: o.nonSubstantive,
    count: answers.filter((a) => a === o.code).length,
    share: o.nonSubstantive ? null : sharePositive([...answers], { positive: [o.code], nonSubstantive }),
  }));
}

/** A suppressed group's distribution: the options, with neither counts nor shares. */
export function hiddenDistribution(options: readonly AnswerOptionDefinition[]): OptionShare[] {
  return options.map((o) => ({
    optionCode: o.code,
    optionLabel: o.label,
    nonSubstantive: o.nonSubstantive,
    count: null,
    share: null,
  }));
}
