import { parse } from 'csv-parse/sync';

export interface PopulationRow {
  region: string;
  ageBand: string;
  year: number;
  count: number;
}

/**
 * A population table as Statistics Sweden's statistical database exports it to CSV ("tabell
 * med år som kolumner"): columns region, age (ålder), then one per year; values may carry
 * spaces as thousands separators. Example header: "region","ålder","2023","2024".
 */
export function parseScbPopulation(csv: string): { rows: PopulationRow[]; errors: string[] } {
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
    return { rows: [], errors: [`the file is not valid CSV: ${(error as Error).message}`] };
  }
  const [header, ...data] = records;
  if (!header || header.length < 3)
    return { rows: [], errors: ['the header must be region, ålder, then one column per year'] };
  const years = header.slice(2).map((h) => Number(h.replace(/\D/g, '').slice(0, 4)));
  const badYear = years.findIndex((y) => !(y >= 1900 && y <= 2200));
  if (badYear >= 0) return { rows: [], errors: [`column ${badYear + 3} ("${header[badYear + 2]}") is not a year`] };
  const rows: PopulationRow[] = [];
  const errors: string[] = [];
  data.forEach((values, i) => {
    const [region, age, ...counts] = values;
    const ageBand = normaliseAgeBand(age ?? '');
    if (!ageBand) errors.push(`line ${i + 2}: ålder "${age}" is not an age band like "80-84 år" or "90+ år"`);
    counts.forEach((raw, j) => {
      const count = Number(raw.replace(/[\s\u00a0]/g, '').replace(',', '.'));
      if (!Number.isInteger(count) || count < 0)
        errors.push(`line ${i + 2}: ${header[j + 2]} "${raw}" is not a whole number 0 or more`);
      else if (ageBand) rows.push({ region: region.split(' ')[0], ageBand, year: years[j], count });
    });
  });
  return errors.length ? { rows: [], errors } : { rows, errors };
}

/** "80-84 år" → "80-84", "90+ år" / "90 år eller äldre" → "90+". */
export function normaliseAgeBand(label: string): string | null {
  const range = /^(\d{1,3})\s*[-–]\s*(\d{1,3})/.exec(label);
  if (range && Number(range[1]) <= Number(range[2])) return `${Number(range[1])}-${Number(range[2])}`;
  const open = /^(\d{1,3})\s*(\+|år eller äldre|-)\s*/.exec(label);
  if (open) return `${Number(open[1])}+`;
  return null;
}

export interface ProjectionYear {
  year: number;
  population: number;
  demand: number;
  capacity: number;
  /** Places short (demand above capacity), 0 when there are enough. */
  shortfall: number;
}

/**
 * Demand for places per year: population per age band times the share of that band using the
 * service. The first year demand exceeds capacity is the year places run out.
 */
export function projectDemand(
  population: PopulationRow[],
  rates: Record<string, number>,
  capacity: number,
  years: number[],
): { years: ProjectionYear[]; runsOutIn: number | null; missingBands: string[] } {
  const bands = Object.keys(rates);
  const missingBands = bands.filter((b) => !population.some((p) => p.ageBand === b));
  const out = years.map((year) => {
    const rows = population.filter((p) => p.year === year && bands.includes(p.ageBand));
    const demand = rows.reduce((s, r) => s + r.count * rates[r.ageBand], 0);
    return {
      year,
      population: rows.reduce((s, r) => s + r.count, 0),
      demand,
      capacity,
      shortfall: Math.max(0, demand - capacity),
    };
  });
  return { years: out, runsOutIn: out.find((y) => y.demand > capacity)?.year ?? null, missingBands };
}
