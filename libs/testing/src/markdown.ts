/**
 * A markdown text as lines of trimmed table cells: Prettier pads a README's tables and their
 * separator rows, so a generated table is compared with the committed one cell by cell.
 */
export function markdownCells(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) =>
      line.trim().startsWith('|')
        ? line
            .split(/(?<!\\)\|/)
            .map((cell) => cell.trim().replace(/^:?-+:?$/, '-'))
            .join('|')
        : line.trim(),
    )
    .filter(Boolean);
}

/** The part of a text from `start` to the end of `end`, markers included ('' when absent). */
export function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  return from < 0 || to < 0 ? '' : text.slice(from, to + end.length);
}
