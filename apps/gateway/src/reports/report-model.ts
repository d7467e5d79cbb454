/** A report as data: sections of text, tables and charts, rendered to HTML and PDF elsewhere. */

export interface ReportTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
  /** Says how the figures were counted: denominators, exclusions. */
  note?: string;
}

export interface ReportChart {
  id: string;
  title: string;
  type: 'bar' | 'line';
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
  /** Values are shares 0–1 shown as percent. */
  percent?: boolean;
}

export interface ReportSection {
  heading: string;
  paragraphs: string[];
  tables: ReportTable[];
  charts: ReportChart[];
}

export interface ReportDocument {
  title: string;
  subtitle: string;
  generatedAt: string;
  sections: ReportSection[];
}

export const percent = (share: number | null | undefined, decimals = 1) =>
  share === null || share === undefined ? '–' : `${(share * 100).toFixed(decimals).replace('.', ',')} %`;

export const number = (value: number | null | undefined, decimals = 0) =>
  value === null || value === undefined
    ? '–'
    : value.toLocaleString('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

export const section = (heading: string, parts: Partial<Omit<ReportSection, 'heading'>> = {}): ReportSection => ({
  heading,
  paragraphs: [],
  tables: [],
  charts: [],
  ...parts,
});
