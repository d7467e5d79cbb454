/**
 * A spreadsheet's first sheet as the CSV text the imports take, so the API reads one format
 * whichever file the user had: cells as the sheet holds them (read-excel-file's values), numbers
 * with a decimal point, dates as ISO dates (a `month` column's as YYYY-MM), empty cells empty.
 */
/** A cell as read-excel-file gives it: text, a number, a boolean, a Date, or null (its types say `typeof Date`). */
export type SheetCell = unknown;

const pad = (n: number) => String(n).padStart(2, '0');

/** A date from the sheet: read-excel-file gives the cell's calendar day at midnight UTC. */
function isoDate(date: Date, monthOnly: boolean): string {
  const month = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
  return monthOnly ? month : `${month}-${pad(date.getUTCDate())}`;
}

function cellText(cell: SheetCell, column: string): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDate(cell, column === 'month');
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(12)));
  return String(cell);
}

/** A cell in CSV: quoted when it holds a separator, a quote, a line break or edge spaces. */
export function csvCell(text: string): string {
  return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV; wholly empty rows (a sheet's formatted but unused lines) are left out. */
export function sheetToCsv(rows: readonly (readonly SheetCell[])[]): string {
  const [header = [], ...rest] = rows;
  const columns = header.map((h) => cellText(h, '').trim().toLowerCase());
  return [header, ...rest]
    .map((row) => row.map((cell, i) => cellText(cell, columns[i] ?? '')))
    .filter((cells) => cells.some((c) => c.trim() !== ''))
    .map((cells) => cells.map(csvCell).join(','))
    .join('\n');
}

/** Whether a chosen file is a spreadsheet (by name or type) rather than CSV text. */
export const isXlsx = (file: { name: string; type: string }) =>
  /\.xlsx$/i.test(file.name) || file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
