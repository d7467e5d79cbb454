import { contractsViolation, RuleViolation } from '@kvalitetsnav/codes';
import type { GuideQuestionFacts } from '../question-guides/question-guide-rules';

export const SCOPE_KINDS = ['SERVICE_AREA', 'CHOSEN_UNITS', 'ALL_UNITS'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export interface AnswerFacts {
  questionKey: string;
  value: string;
}

const fits = (q: GuideQuestionFacts, value: string) => {
  const v = value.trim();
  switch (q.answerType) {
    case 'YES_NO':
      return v === 'YES' || v === 'NO';
    case 'NUMBER':
      return v !== '' && Number.isFinite(Number(v));
    case 'CHOICE':
      return (q.options ?? []).includes(v);
    case 'TEXT':
      return v !== '';
  }
};

/** Whether the guide asks a question of a unit, given its other answers: conditions hold on yes. */
export function isAsked(q: GuideQuestionFacts, answers: readonly AnswerFacts[]): boolean {
  return !q.askedWhenYes || answers.some((a) => a.questionKey === q.askedWhenYes && a.value.trim() === 'YES');
}

/**
 * One unit's answers: every question the guide asks of it answered once and in its answer type
 * (yes/no, a number, one of the options, text), and none to a question it does not ask.
 */
export function answerViolations(
  questions: readonly GuideQuestionFacts[],
  answers: readonly AnswerFacts[],
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  answers.forEach((a, i) => {
    const q = questions.find((x) => x.key === a.questionKey);
    const field = `answers.${i}.value`;
    if (!q)
      violations.push(
        contractsViolation('ANSWER_QUESTION_UNKNOWN', `answers.${i}.questionKey`, { question: a.questionKey }),
      );
    else if (!isAsked(q, answers))
      violations.push(contractsViolation('ANSWER_NOT_ASKED', field, { question: q.key, condition: q.askedWhenYes! }));
    else if (!fits(q, a.value))
      violations.push(contractsViolation('ANSWER_TYPE_MISMATCH', field, { question: q.key, answerType: q.answerType }));
  });
  for (const q of questions)
    if (isAsked(q, answers) && !answers.some((a) => a.questionKey === q.key))
      violations.push(contractsViolation('ANSWER_MISSING', 'answers', { question: q.key }));
  return violations;
}

export interface UnitFacts {
  unitId: string;
  providerId: string;
  serviceArea: string;
}

export interface FindingFacts {
  unitId: string;
  answers: readonly AnswerFacts[];
}

export interface Tally {
  /** Units that answered yes (yes/no), or the given option (choice). */
  count: number;
  /** Units the question was asked of and that answered it. */
  of: number;
}

export interface QuestionResult {
  questionKey: string;
  /** Per answer value (YES, NO, an option) how many units gave it, of the units asked. */
  values: { value: string; count: number }[];
  of: number;
  byProvider: { providerId: string; yes: Tally }[];
  byServiceArea: { serviceArea: string; yes: Tally }[];
  previous: { yes: Tally } | null;
}

function tally(q: GuideQuestionFacts, units: readonly UnitFacts[], findings: readonly FindingFacts[]) {
  const ids = new Set(units.map((u) => u.unitId));
  const asked = findings
    .filter((f) => ids.has(f.unitId) && isAsked(q, f.answers))
    .map((f) => f.answers.find((a) => a.questionKey === q.key)?.value.trim())
    .filter((v): v is string => v !== undefined);
  return { asked, yes: { count: asked.filter((v) => v === 'YES').length, of: asked.length } };
}

const groups = (units: readonly UnitFacts[], by: (u: UnitFacts) => string) =>
  [...new Set(units.map(by))].sort().map((key) => [key, units.filter((u) => by(u) === key)] as const);

/**
 * The results of a round, per question: how many units gave each answer, out of the units the
 * question was asked of ("8 of 19" answered yes; a question asked only on yes counts among those:
 * "6 of those 8"), the same cut per provider and per service area, and the guide's earlier round
 * beside it when there is one.
 */
export function thematicResults(
  questions: readonly GuideQuestionFacts[],
  units: readonly UnitFacts[],
  findings: readonly FindingFacts[],
  earlier: {
    questions: readonly GuideQuestionFacts[];
    units: readonly UnitFacts[];
    findings: readonly FindingFacts[];
  } | null,
): QuestionResult[] {
  return questions.map((q) => {
    const { asked } = tally(q, units, findings);
    const values = q.answerType === 'YES_NO' ? ['YES', 'NO'] : q.answerType === 'CHOICE' ? [...(q.options ?? [])] : [];
    const before = earlier?.questions.find((e) => e.key === q.key);
    return {
      questionKey: q.key,
      values: values.map((value) => ({ value, count: asked.filter((v) => v === value).length })),
      of: asked.length,
      byProvider: groups(units, (u) => u.providerId).map(([providerId, us]) => ({
        providerId,
        yes: tally(q, us, findings).yes,
      })),
      byServiceArea: groups(units, (u) => u.serviceArea).map(([serviceArea, us]) => ({
        serviceArea,
        yes: tally(q, us, findings).yes,
      })),
      previous: earlier && before ? { yes: tally(before, earlier.units, earlier.findings).yes } : null,
    };
  });
}
