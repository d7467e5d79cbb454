import { parse } from 'csv-parse/sync';
import type { QuestionDefinition } from '../results/result-rules';
import { Gender, GENDERS, sheetProblems } from './answer-sheet-rules';

export interface CsvSheet {
  line: number;
  unitId: string;
  gender: Gender;
  answers: Record<string, string | null>;
}

export interface CsvRowError {
  line: number;
  column: string;
  message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Columns unit_id, gender, then one per question id; an empty cell is a question left unanswered. */
export function parseResponseCsv(
  csv: string,
  questions: QuestionDefinition[],
): { sheets: CsvSheet[]; errors: CsvRowError[] } {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    return {
      sheets: [],
      errors: [
        {
          line: (error as { lines?: number }).lines ?? 1,
          column: '(file)',
          message: `is not valid CSV: ${(error as Error).message}`,
        },
      ],
    };
  }
  const [header, ...rows] = records;
  if (!header) return { sheets: [], errors: [{ line: 1, column: '(file)', message: 'is empty' }] };
  const questionColumns = header.slice(2);
  const headerErrors: CsvRowError[] = [];
  if (header[0] !== 'unit_id' || header[1] !== 'gender')
    headerErrors.push({ line: 1, column: '(header)', message: 'must start with unit_id,gender' });
  for (const column of questionColumns)
    if (!questions.some((q) => q.id === column))
      headerErrors.push({ line: 1, column, message: 'is not a question of this survey' });
  if (headerErrors.length) return { sheets: [], errors: headerErrors };
  const sheets: CsvSheet[] = [];
  const errors: CsvRowError[] = [];
  rows.forEach((values, i) => {
    const line = i + 2;
    const [unitId, gender, ...options] = values;
    const before = errors.length;
    if (!UUID.test(unitId ?? '')) errors.push({ line, column: 'unit_id', message: 'must be a UUID' });
    if (!(GENDERS as readonly string[]).includes(gender ?? ''))
      errors.push({ line, column: 'gender', message: `must be one of ${GENDERS.join(', ')}` });
    const answers = questionColumns.map((questionId, j) => ({ questionId, option: options[j] ? options[j] : null }));
    for (const p of sheetProblems(questions, answers))
      errors.push({ line, column: answers[Number(p.field.split('.')[1])].questionId, message: p.message });
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
