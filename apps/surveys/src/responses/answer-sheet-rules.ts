import { canSeeRow, Identity } from '@kvalitetsnav/auth';
import { RuleViolation, surveysViolation } from '@kvalitetsnav/codes';
import type { QuestionDefinition } from '../results/result-rules';

export const GENDERS = ['WOMAN', 'MAN', 'NOT_STATED'] as const;
export type Gender = (typeof GENDERS)[number];

export const RESPONSE_SOURCES = ['API', 'WEB', 'IMPORT'] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];

/** An answer sheet against its definition: known questions, each answered once, with one of its options or not at all. */
export function sheetProblems(
  questions: QuestionDefinition[],
  answers: { questionId: string; option: string | null }[],
): RuleViolation[] {
  const problems: RuleViolation[] = [];
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const questionId = a.questionId;
    const question = questions.find((q) => q.id === questionId);
    if (!question)
      return problems.push(surveysViolation('UNKNOWN_QUESTION', `answers.${i}.questionId`, { questionId }));
    if (seen.has(questionId))
      problems.push(surveysViolation('ANSWERED_TWICE', `answers.${i}.questionId`, { questionId }));
    seen.add(questionId);
    if (a.option !== null && !question.options.some((o) => o.code === a.option)) {
      const options = question.options.map((o) => o.code);
      problems.push(
        surveysViolation('NOT_AN_OPTION', `answers.${i}.option`, { questionId, option: a.option, options }),
      );
    }
  });
  return problems;
}

/** A closed round has published its results: answers after that would change figures already sent. */
export function closedRoundRefusal(round: { status: string; closedOn: string | null }): RuleViolation | null {
  return round.status === 'CLOSED'
    ? surveysViolation('ROUND_CLOSED', 'roundId', { closedOn: round.closedOn ?? '' })
    : null;
}

export interface RoundUnitRoom {
  unitId: string;
  providerId: string;
  name: string;
  offered: number;
  optedOut: boolean;
}

/**
 * Whether `adding` more answers fit at a unit of the round: it takes part (for a provider, one
 * of its own: another provider's answers as if it were not in the round), it has not opted
 * out, and it does not get more answers than people it offered the survey to.
 */
export function answerRoomRefusal(
  identity: Identity,
  unitId: string,
  unit: RoundUnitRoom | null,
  answered: number,
  adding: number,
): RuleViolation | null {
  if (!unit || !canSeeRow(identity, unit.providerId))
    return surveysViolation('UNIT_NOT_IN_ROUND', 'unitId', { unitId });
  if (unit.optedOut) return surveysViolation('UNIT_OPTED_OUT', 'unitId', { unitId, unitName: unit.name });
  if (answered + adding > unit.offered)
    return surveysViolation('MORE_ANSWERS_THAN_OFFERED', 'unitId', {
      unitId,
      unitName: unit.name,
      answers: answered + adding,
      offered: unit.offered,
    });
  return null;
}
