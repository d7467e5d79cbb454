import { useState } from 'react';
import { ErrorMessage, Loading, Ratio } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { ScrollBox } from '../components/ScrollBox';
import { CROSS_TAB } from './SurveyCrossTab.operations';

const HIDDEN = 'För få svar – redovisas inte';

/** A total, or the page's mark for a suppressed figure. */
const total = (n: number | null | undefined) => (n == null ? <span className="suppressed">{HIDDEN}</span> : n);

/**
 * Two questions of a round against each other: per pair of options the share of the row, among
 * those who answered both. Small cells, and those that would give them away, are marked as the
 * rest of the page marks suppression.
 */
export function SurveyCrossTab({
  roundId,
  questions,
}: {
  roundId: string;
  questions: readonly { questionId: string; text: string }[];
}) {
  const [row, setRow] = useState('');
  const [column, setColumn] = useState('');
  const rowId = row || questions[0]?.questionId || '';
  const columnId = column || questions[1]?.questionId || questions[0]?.questionId || '';
  const table = useGatewayQuery(
    CROSS_TAB,
    rowId && columnId ? { roundId, rowQuestionId: rowId, columnQuestionId: columnId } : null,
  );
  const tab = table.data?.surveyCrossTab;

  return (
    <section className="card block" aria-label="Korstabell">
      <h2>Korstabell</h2>
      <p className="muted">
        Svaren på en fråga mot svaren på en annan, bland dem som svarat på båda. Andelen räknas inom raden, utan
        &quot;vet inte&quot; och liknande svar.
      </p>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Välj frågor till korstabellen">
        <label htmlFor="crossTabRow">Fråga i raderna</label>
        <select id="crossTabRow" value={rowId} onChange={(e) => setRow(e.target.value)}>
          {questions.map((q) => (
            <option key={q.questionId} value={q.questionId}>
              {q.text}
            </option>
          ))}
        </select>
        <label htmlFor="crossTabColumn">Fråga i kolumnerna</label>
        <select id="crossTabColumn" value={columnId} onChange={(e) => setColumn(e.target.value)}>
          {questions.map((q) => (
            <option key={q.questionId} value={q.questionId}>
              {q.text}
            </option>
          ))}
        </select>
      </form>
      <ErrorMessage error={table.error} />
      {table.isLoading && <Loading what="korstabellen" />}
      {tab && (
        <>
          <ScrollBox label="Korstabell">
            <table>
              <caption>
                {tab.rowQuestionText} mot {tab.columnQuestionText}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{tab.rowQuestionText}</th>
                  {tab.columns.map((c) => (
                    <th key={c.optionCode} scope="col">
                      {c.optionLabel}
                    </th>
                  ))}
                  <th scope="col">Antal svar</th>
                </tr>
              </thead>
              <tbody>
                {tab.rows.map((r) => (
                  <tr key={r.optionCode}>
                    <th scope="row">{r.optionLabel}</th>
                    {r.cells.map((cell) => (
                      <td key={cell.optionCode}>
                        {cell.suppressed ? (
                          <span className="suppressed">{HIDDEN}</span>
                        ) : cell.nonSubstantive ? (
                          `${cell.count} (utanför underlaget)`
                        ) : (
                          <Ratio value={cell.share} />
                        )}
                      </td>
                    ))}
                    <td>{total(r.answers)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Antal svar</th>
                  {tab.columns.map((c) => (
                    <td key={c.optionCode}>{total(c.answers)}</td>
                  ))}
                  <td>{total(tab.answers)}</td>
                </tr>
              </tfoot>
            </table>
          </ScrollBox>
          <p className="muted">
            Celler med färre än {tab.minCell} svar redovisas inte, och inte heller celler som annars skulle kunna räknas
            fram ur summorna.
          </p>
        </>
      )}
    </section>
  );
}
