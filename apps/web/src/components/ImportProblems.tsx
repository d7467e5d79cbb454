import { useEffect, useRef } from 'react';
import { RULE_MESSAGES, swedishRefusal } from '@kvalitetsnav/swedish';
import { ScrollBox } from './ScrollBox';

export interface ImportProblem {
  /** The line in the file, the header being line 1; null for the file as a whole or a place without lines. */
  line: number | null;
  /** Where in the line: the column as the file names it (or another place, e.g. "Post 2: Nyckeltal"), or null. */
  column: string | null;
  /** The problem in Swedish, from the catalogue. */
  message: string;
}

/** A file error as the imports answer it: a rule with its params at a line and column. */
export interface FileError {
  line: number;
  column: string;
  rule: string;
  params: unknown;
}

type Message = (params: unknown, field: string) => string;

/**
 * A file's errors in Swedish from the catalogue, each rule's sentence naming its column by
 * `columnName` (e.g. "Månad (month)"); a column of `(file)` or `(header)` is the file as a whole.
 */
export function fileProblems(errors: readonly FileError[], columnName: (column: string) => string): ImportProblem[] {
  return errors.map((error) => {
    const whole = error.column === '(file)' || error.column === '(header)';
    const name = whole ? 'Filen' : columnName(error.column);
    const rule = (RULE_MESSAGES as unknown as Record<string, Message | undefined>)[error.rule];
    return {
      line: error.line,
      column: whole ? null : error.column,
      message: rule
        ? rule(error.params ?? {}, name)
        : swedishRefusal({ code: 'VALIDATION_FAILED', rule: error.rule, params: error.params }),
    };
  });
}

/**
 * Why a file was not imported: an announced sentence that takes focus, and a table of the
 * problems by line and column, scrolling in its own box on a phone. Every import of the web
 * shows its refused file with this one.
 */
export function ImportProblems({ caption, problems }: { caption: string; problems: readonly ImportProblem[] }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (problems.length) ref.current?.focus();
  }, [problems]);
  if (!problems.length) return null;
  return (
    <>
      <p ref={ref} role="alert" className="error" tabIndex={-1}>
        Filen importerades inte och ingenting sparades. Rätta {problems.length === 1 ? 'felet' : 'felen'} nedan och
        försök igen.
      </p>
      <ScrollBox label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                Rad
              </th>
              <th scope="col">Kolumn</th>
              <th scope="col">Fel</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i}>
                <td className="num">{p.line ?? '–'}</td>
                <td>{p.column ?? 'Hela filen'}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
