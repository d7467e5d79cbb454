import { commonViolation, contractsViolation, RuleViolation } from '@kvalitetsnav/codes';

export const ANSWER_TYPES = ['YES_NO', 'NUMBER', 'CHOICE', 'TEXT'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

export interface GuideQuestionFacts {
  key: string;
  text: string;
  answerType: AnswerType;
  options?: readonly string[] | null;
  requirement?: string | null;
  /** Asked only when this earlier yes/no question was answered yes. */
  askedWhenYes?: string | null;
}

/**
 * A guide's questions: each key once, a choice question with at least two options, and a
 * condition that names an earlier yes/no question (earlier, so a form can be filled top to bottom).
 */
export function guideViolations(questions: readonly GuideQuestionFacts[]): RuleViolation[] {
  const violations: RuleViolation[] = [];
  questions.forEach((q, i) => {
    const earlier = questions.slice(0, i);
    if (earlier.some((e) => e.key === q.key))
      violations.push(commonViolation('LISTED_TWICE', `questions.${i}.key`, { value: q.key }));
    if (q.answerType === 'CHOICE' && new Set(q.options ?? []).size < 2)
      violations.push(contractsViolation('GUIDE_OPTIONS_REQUIRED', `questions.${i}.options`));
    if (q.askedWhenYes && !earlier.some((e) => e.key === q.askedWhenYes && e.answerType === 'YES_NO'))
      violations.push(
        contractsViolation('GUIDE_CONDITION_UNKNOWN', `questions.${i}.askedWhenYes`, { value: q.askedWhenYes }),
      );
  });
  return violations;
}

/** Publishing a guide under a key makes the version after the latest one; follow-ups keep theirs. */
export function nextGuideVersion(publishedVersions: readonly number[]): number {
  return publishedVersions.length === 0 ? 1 : Math.max(...publishedVersions) + 1;
}
