import { parse } from 'csv-parse/sync';
import { fieldInSentence, isId, RuleParams, RuleViolation, surveysViolation } from '@kvalitetsnav/codes';
import type { QuestionDefinition } from '../results/result-rules';
import { Gender, GENDERS, sheetProblems } from './answer-sheet-rules';

export interface CsvSheet {
  line: number;
  unitId: string;
  gender: Gender;
  answers: Record<string, string | null>;
}

/** A refused row: where, which rule with its params, and the rule's sentence as it reads beside its column. */
export interface CsvRowError {
  line: number;
  column: string;
  rule: string;
  params: RuleParams;
  message: string;
}

const LEADING_COLUMNS = ['unit_id', 'gender'];

/**
 * A violation's sentence as it reads beside its field, as a file's errors are listed: one that
 * starts with the field's name ("unit_id must be a UUID") drops it ("must be a UUID").
 */
export function besideItsField(violation: RuleViolation): string {
  const subject = `${fieldInSentence(violation.field)} `;
  return violation.field && violation.message.startsWith(subject)
    ? violation.message.slice(subject.length)
    : violation.message;
}

/** A violation as a row error of `column`, its field being the column (or the cell's answer). */
export function rowError(line: number, column: string, violation: RuleViolation): CsvRowError {
  return { line, column, rule: violation.rule, params: violation.params, message: besideItsField(violation) };
}

/** Columns unit_id, gender, then one per question id; an empty cell is a question left unanswered. */
export function parseResponseCsv(
  csv: string,
  questions: QuestionDefinition[],
): { sheets: CsvSheet[]; errors: CsvRowError[] } {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    const detail = (error as Error).message;
    return { sheets: [], errors: [rowError(line, '(file)', surveysViolation('CSV_UNREADABLE', '(file)', { detail }))] };
  }
  const [header, ...rows] = records;
  if (!header) return { sheets: [], errors: [rowError(1, '(file)', surveysViolation('CSV_EMPTY', '(file)'))] };
  const questionColumns = header.slice(2);
  const headerErrors: CsvRowError[] = [];
  if (header[0] !== LEADING_COLUMNS[0] || header[1] !== LEADING_COLUMNS[1])
    headerErrors.push(
      rowError(1, '(header)', surveysViolation('CSV_HEADER', '(header)', { columns: LEADING_COLUMNS })),
    );
  for (const column of questionColumns)
    if (!questions.some((q) => q.id === column))
      headerErrors.push(rowError(1, column, surveysViolation('UNKNOWN_QUESTION', column, { questionId: column })));
  if (headerErrors.length) return { sheets: [], errors: headerErrors };
  const sheets: CsvSheet[] = [];
  const errors: CsvRowError[] = [];
  rows.forEach((values, i) => {
    const line = i + 2;
    const [unitId, gender, ...options] = values;
    const before = errors.length;
    if (!isId(unitId)) errors.push(rowError(line, 'unit_id', surveysViolation('NOT_AN_ID', 'unit_id')));
    if (!(GENDERS as readonly string[]).includes(gender ?? ''))
      errors.push(rowError(line, 'gender', surveysViolation('NOT_ONE_OF', 'gender', { allowed: GENDERS })));
    const answers = questionColumns.map((questionId, j) => ({ questionId, option: options[j] ? options[j] : null }));
    for (const problem of sheetProblems(questions, answers)) {
      const column = answers[Number(problem.field?.split('.')[1])].questionId;
      errors.push(rowError(line, column, problem));
    }
    if (errors.length === before)
      sheets.push({
        line,
        unitId,
        gender: gender as Gender,
        answers: Object.fromEntries(answers.map((a) => [a.questionId, a.option])),
      });
  });
  return { sheets, errors };
}
