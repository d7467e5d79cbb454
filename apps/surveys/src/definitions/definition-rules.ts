export interface QuestionShape {
  id: string;
  options: { code: string; positive: boolean; nonSubstantive: boolean }[];
}

/** What makes a definition usable: unique ids and codes, a positive answer, no answer both positive and non-substantive. */
export function definitionProblems(questions: QuestionShape[]): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!questions.length) problems.push({ field: 'questions', message: 'questions must hold at least one question' });
  const ids = new Set<string>();
  questions.forEach((q, i) => {
    const at = `questions.${i}`;
    if (ids.has(q.id)) problems.push({ field: `${at}.id`, message: `question id ${q.id} is used twice` });
    ids.add(q.id);
    if (q.options.length < 2)
      problems.push({ field: `${at}.options`, message: `question ${q.id} needs at least two options` });
    const codes = new Set<string>();
    for (const o of q.options) {
      if (codes.has(o.code))
        problems.push({ field: `${at}.options`, message: `question ${q.id} has option ${o.code} twice` });
      codes.add(o.code);
      if (o.positive && o.nonSubstantive)
        problems.push({
          field: `${at}.options`,
          message: `option ${o.code} of ${q.id} cannot be both positive and non-substantive`,
        });
    }
    if (!q.options.some((o) => o.positive))
      problems.push({ field: `${at}.options`, message: `question ${q.id} needs at least one positive option` });
  });
  return problems;
}
