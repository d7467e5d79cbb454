import { ReactNode } from 'react';
import { formatNumber } from './form';
import { ScrollBox } from './ScrollBox';

export interface ServerColumn<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** Sortable columns are sorted by the server, which holds all the rows. */
  sortable?: boolean;
}

export interface ServerSort {
  by: string;
  descending: boolean;
}

/**
 * A table of one page of a list the server pages and sorts: a header button sorts by its column
 * (again: the other way), and the pager moves a page on or back. Scrolls in its own box on a phone.
 */
export function ServerTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  total,
  offset,
  limit,
  sort,
  onSort,
  onOffset,
}: {
  caption: string;
  columns: ServerColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  total: number;
  offset: number;
  limit: number;
  sort: ServerSort;
  onSort: (sort: ServerSort) => void;
  onOffset: (offset: number) => void;
}) {
  const last = Math.min(offset + rows.length, total);
  return (
    <div className="table-block">
      <ScrollBox label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const sorted = sort.by === column.id;
                return (
                  <th
                    key={column.id}
                    scope="col"
                    aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  >
                    {column.sortable ? (
                      <button
                        type="button"
                        className="sort"
                        onClick={() => onSort({ by: column.id, descending: sorted ? !sort.descending : false })}
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
                  <td key={column.id}>{column.cell(row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <nav className="row" aria-label={`Sidor i ${caption.toLowerCase()}`}>
        <button
          type="button"
          className="secondary"
          disabled={offset === 0}
          onClick={() => onOffset(Math.max(0, offset - limit))}
        >
          Föregående sida
        </button>
        <span role="status">
          {total === 0
            ? 'Inga rader'
            : `Rad ${formatNumber(offset + 1)}–${formatNumber(last)} av ${formatNumber(total)}`}
        </span>
        <button type="button" className="secondary" disabled={last >= total} onClick={() => onOffset(offset + limit)}>
          Nästa sida
        </button>
      </nav>
    </div>
  );
}
