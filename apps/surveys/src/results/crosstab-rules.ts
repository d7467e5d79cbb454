import { RuleViolation, surveysViolation } from '@kvalitetsnav/codes';
import { Ratio, suppress } from '@kvalitetsnav/survey-stats';
import { AnswerOptionDefinition, answerDistribution } from './distribution-rules';

export interface CrossTabQuestion {
  id: string;
  text: string;
  options: AnswerOptionDefinition[];
}

/** One pair of options: how many gave both, and their share of the row. */
export interface CrossTabCell {
  optionCode: string;
  optionLabel: string;
  nonSubstantive: boolean;
  suppressed: boolean;
  /** How many gave the row's option and this one; null when suppressed. */
  count: number | null;
  /**
   * Over the row's substantive answers to the column question, as the answer distribution
   * counts a share: null for a non-substantive column option and when suppressed.
   */
  share: Ratio | null;
}

export interface CrossTabRow {
  optionCode: string;
  optionLabel: string;
  nonSubstantive: boolean;
  /** The whole row is hidden: its total (and so its shares) would give a small cell away. */
  suppressed: boolean;
  /** How many gave this option and answered the column question; null when suppressed. */
  answers: number | null;
  cells: CrossTabCell[];
}

export interface CrossTabColumn {
  optionCode: string;
  optionLabel: string;
  nonSubstantive: boolean;
  /** The whole column is hidden: its total would give a small cell away. */
  suppressed: boolean;
  /** How many gave this option and answered the row question; null when suppressed. */
  answers: number | null;
}

export interface CrossTab {
  /** How many answered both questions; null when even that would give a small cell away. */
  answers: number | null;
  rows: CrossTabRow[];
  columns: CrossTabColumn[];
}

/** Two different questions, both of the round's survey, each refusal naming its field. */
export function crossTabRefusals(
  questions: readonly { id: string }[],
  rowQuestionId: string,
  columnQuestionId: string,
): RuleViolation[] {
  const problems: RuleViolation[] = [];
  for (const [field, questionId] of [
    ['rowQuestionId', rowQuestionId],
    ['columnQuestionId', columnQuestionId],
  ] as const)
    if (!questions.some((q) => q.id === questionId))
      problems.push(surveysViolation('UNKNOWN_QUESTION', field, { questionId }));
  if (rowQuestionId === columnQuestionId)
    problems.push(surveysViolation('SAME_QUESTION_TWICE', 'columnQuestionId', { questionId: rowQuestionId }));
  return problems;
}

/**
 * The answers to one question against another's, counting those who answered both. Each row is
 * the column question's answer distribution among those who gave the row's option: the share of
 * the row is over its substantive answers, as in the answer distribution.
 *
 * Suppression is the results' own (`suppress`), applied along both ways of adding up: a cell with
 * fewer than `minCell` answers is hidden; a row or column with one hidden cell hides its next
 * smallest too (its total, shown, would give the cell away by subtraction), and so do a row's
 * substantive and non-substantive parts (its shares' denominator gives away the one, and so the
 * other); a row or column whose total alone would give a hidden cell away is hidden whole, and
 * the rows and columns are in turn cells of the table's total. Repeated until nothing more can
 * be worked out.
 */
export function crossTabulate(
  rowQuestion: CrossTabQuestion,
  columnQuestion: CrossTabQuestion,
  sheets: readonly { answers: Record<string, string | null> }[],
  minCell: number,
): CrossTab {
  const both = sheets.filter((s) => s.answers[rowQuestion.id] != null && s.answers[columnQuestion.id] != null);
  const rowCodes = rowQuestion.options.map((o) => o.code);
  const columnCodes = columnQuestion.options.map((o) => o.code);
  const key = (r: string, c: string) => `${r}\u0000${c}`;
  const count = (r: string, c: string) =>
    both.filter((s) => s.answers[rowQuestion.id] === r && s.answers[columnQuestion.id] === c).length;
  const n = new Map(rowCodes.flatMap((r) => columnCodes.map((c) => [key(r, c), count(r, c)] as const)));
  const rowTotal = (r: string) => columnCodes.reduce((s, c) => s + n.get(key(r, c))!, 0);
  const columnTotal = (c: string) => rowCodes.reduce((s, r) => s + n.get(key(r, c))!, 0);
  const substantiveColumns = columnQuestion.options.filter((o) => !o.nonSubstantive).map((o) => o.code);
  const nonSubstantiveColumns = columnQuestion.options.filter((o) => o.nonSubstantive).map((o) => o.code);

  const hidden = new Set<string>();
  const hiddenRows = new Set<string>();
  const hiddenColumns = new Set<string>();
  let totalHidden = false;
  const cellsOf = (keys: string[]) => keys.map((k) => ({ key: k, n: n.get(k)! }));
  const hideAll = (keys: string[]) => keys.forEach((k) => hidden.add(k));
  const known = () => hidden.size + hiddenRows.size + hiddenColumns.size + Number(totalHidden);
  let before: number;
  do {
    before = known();
    for (const r of rowCodes) {
      const keys = columnCodes.map((c) => key(r, c));
      const whole = suppress(cellsOf(keys), minCell, true, hidden);
      hideAll([...whole.cells]);
      const substantive = suppress(cellsOf(substantiveColumns.map((c) => key(r, c))), minCell, true, hidden);
      const nonSubstantive = suppress(cellsOf(nonSubstantiveColumns.map((c) => key(r, c))), minCell, true, hidden);
      hideAll([...substantive.cells, ...nonSubstantive.cells]);
      if (whole.hideTotal || substantive.hideTotal || nonSubstantive.hideTotal) hiddenRows.add(r);
      if (hiddenRows.has(r)) hideAll(keys);
    }
    for (const c of columnCodes) {
      const keys = rowCodes.map((r) => key(r, c));
      const whole = suppress(cellsOf(keys), minCell, true, hidden);
      hideAll([...whole.cells]);
      if (whole.hideTotal) hiddenColumns.add(c);
      if (hiddenColumns.has(c)) hideAll(keys);
    }
    const rows = suppress(
      rowCodes.map((r) => ({ key: r, n: rowTotal(r) })),
      minCell,
      true,
      hiddenRows,
    );
    rows.cells.forEach((r) => hiddenRows.add(r));
    const columns = suppress(
      columnCodes.map((c) => ({ key: c, n: columnTotal(c) })),
      minCell,
      true,
      hiddenColumns,
    );
    columns.cells.forEach((c) => hiddenColumns.add(c));
    if (rows.hideTotal || columns.hideTotal) totalHidden = true;
  } while (known() !== before);

  return {
    answers: totalHidden ? null : both.length,
    rows: rowQuestion.options.map((row) => {
      const shares = answerDistribution(
        columnQuestion.options,
        both.filter((s) => s.answers[rowQuestion.id] === row.code).map((s) => s.answers[columnQuestion.id]),
      );
      const rowSuppressed = hiddenRows.has(row.code);
      return {
        optionCode: row.code,
        optionLabel: row.label,
        nonSubstantive: row.nonSubstantive,
        suppressed: rowSuppressed,
        answers: rowSuppressed ? null : rowTotal(row.code),
        cells: shares.map((cell) => {
          const suppressed =
            rowSuppressed || hiddenColumns.has(cell.optionCode) || hidden.has(key(row.code, cell.optionCode));
          return { ...cell, suppressed, count: suppressed ? null : cell.count, share: suppressed ? null : cell.share };
        }),
      };
    }),
    columns: columnQuestion.options.map((column) => ({
      optionCode: column.code,
      optionLabel: column.label,
      nonSubstantive: column.nonSubstantive,
      suppressed: hiddenColumns.has(column.code),
      answers: hiddenColumns.has(column.code) ? null : columnTotal(column.code),
    })),
  };
}
