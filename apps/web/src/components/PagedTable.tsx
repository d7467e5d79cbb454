import { ReactNode } from 'react';
import { formatNumber } from './form';
import { ScrollBox } from './ScrollBox';

export interface PagedColumn<T, S extends string> {
  header: string;
  /** The API's sort field for this column; a column without one is not sortable. */
  sortBy?: S;
  cell: (row: T) => ReactNode;
}

export interface PageWindow {
  offset: number;
  limit: number;
  total: number;
}

/**
 * A table whose rows, order and page come from the API: a sortable header is a real button
 * (aria-sort says the order), and the pager moves a page at a time. The table scrolls in its own box.
 */
export function PagedTable<T, S extends string>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  page,
  onPage,
}: {
  caption: string;
  columns: PagedColumn<T, S>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  sort: { by: S; descending: boolean };
  onSort: (sort: { by: S; descending: boolean }) => void;
  page: PageWindow;
  onPage: (offset: number) => void;
}) {
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = Math.min(page.offset + page.limit, page.total);
  return (
    <div className="table-block">
      <ScrollBox label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const { sortBy } = column;
                const sorted = sortBy !== undefined && sortBy === sort.by;
                return (
                  <th
                    key={column.header}
                    scope="col"
                    aria-sort={
                      sorted ? (sort.descending ? 'descending' : 'ascending') : column.sortBy ? 'none' : undefined
                    }
                  >
                    {sortBy ? (
                      <button
                        type="button"
                        className="sort"
                        onClick={() => onSort({ by: sortBy, descending: sorted ? !sort.descending : false })}
                      >
                        {column.header}
                        <span aria-hidden="true">{sorted ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length}>Inga rader</td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => (
                  <td key={column.header}>{column.cell(row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <nav className="buttons" aria-label={`Sidor i ${caption.toLowerCase()}`}>
        <p aria-live="polite">
          {page.total === 0
            ? 'Inga rader'
            : `Visar ${formatNumber(first)}–${formatNumber(last)} av ${formatNumber(page.total)}`}
        </p>
        <button
          type="button"
          className="secondary"
          disabled={page.offset === 0}
          onClick={() => onPage(Math.max(0, page.offset - page.limit))}
        >
          Föregående sida
        </button>
        <button
          type="button"
          className="secondary"
          disabled={last >= page.total}
          onClick={() => onPage(page.offset + page.limit)}
        >
          Nästa sida
        </button>
      </nav>
    </div>
  );
}
