import type { QuestionDefinition } from '../results/result-rules';

export const GENDERS = ['WOMAN', 'MAN', 'NOT_STATED'] as const;
export type Gender = (typeof GENDERS)[number];

export const RESPONSE_SOURCES = ['API', 'WEB', 'IMPORT'] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];

/** An answer sheet's problems against the definition: unknown questions, unknown options, a question twice. */
export function sheetProblems(
  questions: QuestionDefinition[],
  answers: { questionId: string; option: string | null }[],
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const question = questions.find((q) => q.id === a.questionId);
    if (!question)
      return problems.push({
        field: `answers.${i}.questionId`,
        message: `${a.questionId} is not a question of this survey`,
      });
    if (seen.has(a.questionId))
      problems.push({ field: `answers.${i}.questionId`, message: `${a.questionId} is answered twice` });
    seen.add(a.questionId);
    if (a.option !== null && !question.options.some((o) => o.code === a.option)) {
      problems.push({
        field: `answers.${i}.option`,
        message: `${a.option} is not an option of ${a.questionId} (options: ${question.options.map((o) => o.code).join(', ')})`,
      });
    }
  });
  return problems;
}
