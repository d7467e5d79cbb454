import { RuleViolation, surveysViolation } from '@kvalitetsnav/codes';

export interface QuestionShape {
  id: string;
  options: { code: string; positive: boolean; nonSubstantive: boolean }[];
  koladaKpiByServiceArea?: { serviceArea: string }[] | null;
}

const QUESTION_ID = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * What makes a definition usable: at least one question, question ids that can stand as CSV
 * columns and are used once, at least two options each with unique codes, a positive option,
 * no option both positive and non-substantive, and at most one Kolada KPI per service area.
 */
export function definitionProblems(questions: QuestionShape[]): RuleViolation[] {
  const problems: RuleViolation[] = [];
  if (!questions.length) problems.push(surveysViolation('NO_QUESTIONS', 'questions'));
  const ids = new Set<string>();
  questions.forEach((q, i) => {
    const at = `questions.${i}`;
    const questionId = q.id;
    if (!QUESTION_ID.test(q.id)) problems.push(surveysViolation('BAD_QUESTION_ID', `${at}.id`));
    if (ids.has(q.id)) problems.push(surveysViolation('QUESTION_ID_REUSED', `${at}.id`, { questionId }));
    ids.add(q.id);
    if (q.options.length < 2) problems.push(surveysViolation('TOO_FEW_OPTIONS', `${at}.options`, { questionId }));
    const codes = new Set<string>();
    for (const o of q.options) {
      const option = o.code;
      if (codes.has(o.code)) problems.push(surveysViolation('OPTION_REUSED', `${at}.options`, { questionId, option }));
      codes.add(o.code);
      if (o.positive && o.nonSubstantive)
        problems.push(surveysViolation('POSITIVE_AND_NON_SUBSTANTIVE', `${at}.options`, { questionId, option }));
    }
    if (!q.options.some((o) => o.positive))
      problems.push(surveysViolation('NO_POSITIVE_OPTION', `${at}.options`, { questionId }));
    problems.push(...areasListedTwice(q.koladaKpiByServiceArea ?? [], `${at}.koladaKpiByServiceArea`));
  });
  return problems;
}

/** Each service area at most once among a question's Kolada KPIs. */
function areasListedTwice(kpis: readonly { serviceArea: string }[], field: string): RuleViolation[] {
  const areas = kpis.map((k) => k.serviceArea);
  return [...new Set(areas.filter((a, j) => areas.indexOf(a) !== j))].map((value) =>
    surveysViolation('LISTED_TWICE', field, { value }),
  );
}

/**
 * What makes a change of one question's Kolada KPIs valid: the question is one of the
 * definition's, and each service area has at most one KPI.
 */
export function koladaChangeProblems(
  questions: readonly { id: string }[],
  change: { questionId: string; koladaKpiByServiceArea: readonly { serviceArea: string }[] },
): RuleViolation[] {
  const problems: RuleViolation[] = [];
  if (!questions.some((q) => q.id === change.questionId))
    problems.push(surveysViolation('UNKNOWN_QUESTION', 'questionId', { questionId: change.questionId }));
  problems.push(...areasListedTwice(change.koladaKpiByServiceArea, 'koladaKpiByServiceArea'));
  return problems;
}
