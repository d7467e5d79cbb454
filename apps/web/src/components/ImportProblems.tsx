import { useEffect, useRef } from 'react';
import { ScrollBox } from './ScrollBox';

export interface ImportProblem {
  /** The line in the file, the header being line 1; null for the file as a whole. */
  line: number | null;
  /** The column as the file names it, or null. */
  column: string | null;
  /** The problem in Swedish, from the catalogue. */
  message: string;
}

/**
 * Why a file was not imported: an announced sentence that takes focus, and a table of the
 * problems by line and column, scrolling in its own box on a phone.
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
