import { parse } from 'csv-parse/sync';
import { forecastingViolation, type ForecastingRule, RuleViolation } from '@kvalitetsnav/codes';

export interface PopulationRow {
  region: string;
  ageBand: string;
  year: number;
  count: number;
}

const FIELD = 'csv';

/** The rules a population table can break. */
export const POPULATION_PROBLEMS = [
  'POPULATION_CSV_UNREADABLE',
  'POPULATION_CSV_HEADER',
  'POPULATION_YEAR_COLUMN',
  'POPULATION_AGE_BAND',
  'POPULATION_COUNT',
] as const satisfies readonly ForecastingRule[];
export type PopulationProblem = (typeof POPULATION_PROBLEMS)[number];

/**
 * A population table as Statistics Sweden's statistical database exports it to CSV ("tabell
 * med år som kolumner"): columns region, age (ålder), then one per year; values may carry
 * spaces as thousands separators. Example header: "region","ålder","2023","2024". A table with
 * any problem yields no rows, so an import is all or nothing.
 */
export function parseScbPopulation(csv: string): {
  rows: PopulationRow[];
  problems: RuleViolation<PopulationProblem>[];
} {
  let records: string[][];
  try {
    records = parse(csv, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_quotes: true,
      delimiter: [',', ';', '\t'],
    });
  } catch (error) {
    return {
      rows: [],
      problems: [forecastingViolation('POPULATION_CSV_UNREADABLE', FIELD, { reason: (error as Error).message })],
    };
  }
  const [header, ...data] = records;
  if (!header || header.length < 3)
    return { rows: [], problems: [forecastingViolation('POPULATION_CSV_HEADER', FIELD)] };
  const years = header.slice(2).map((h) => Number(h.replace(/\D/g, '').slice(0, 4)));
  const badYear = years.findIndex((y) => !(y >= 1900 && y <= 2200));
  if (badYear >= 0)
    return {
      rows: [],
      problems: [
        forecastingViolation('POPULATION_YEAR_COLUMN', FIELD, { column: badYear + 3, header: header[badYear + 2] }),
      ],
    };
  const rows: PopulationRow[] = [];
  const problems: RuleViolation<PopulationProblem>[] = [];
  data.forEach((values, i) => {
    const line = i + 2;
    const [region, age, ...counts] = values;
    const ageBand = normaliseAgeBand(age ?? '');
    if (!ageBand) problems.push(forecastingViolation('POPULATION_AGE_BAND', FIELD, { line, value: age ?? '' }));
    counts.forEach((raw, j) => {
      const count = Number(raw.replace(/[\s\u00a0]/g, '').replace(',', '.'));
      if (!Number.isInteger(count) || count < 0)
        problems.push(
          forecastingViolation('POPULATION_COUNT', FIELD, { line, column: j + 3, header: header[j + 2], value: raw }),
        );
      else if (ageBand) rows.push({ region: region.split(' ')[0], ageBand, year: years[j], count });
    });
  });
  return problems.length ? { rows: [], problems } : { rows, problems };
}

/** "80-84 år" → "80-84", "90+ år" / "90 år eller äldre" → "90+". */
export function normaliseAgeBand(label: string): string | null {
  const range = /^(\d{1,3})\s*[-–]\s*(\d{1,3})/.exec(label);
  if (range && Number(range[1]) <= Number(range[2])) return `${Number(range[1])}-${Number(range[2])}`;
  const open = /^(\d{1,3})\s*(\+|år eller äldre|-)\s*/.exec(label);
  if (open) return `${Number(open[1])}+`;
  return null;
}

/** A problem as the API returns it: its rule as the code, and where in the file it is. */
export function problemAt(violation: RuleViolation<PopulationProblem>) {
  const at = violation.params as Partial<Record<'line' | 'column', number> & Record<'header' | 'value', string>>;
  return {
    code: violation.rule,
    line: at.line ?? null,
    column: at.column ?? null,
    header: at.header ?? null,
    value: at.value ?? null,
  };
}
