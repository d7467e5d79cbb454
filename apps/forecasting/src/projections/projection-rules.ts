import { forecastingViolation, RuleViolation } from '@kvalitetsnav/codes';
import type { PopulationRow } from './population-rules';

const AGE_BAND = /^\d{1,3}(-\d{1,3}|\+)$/;

/** A service area's usage rates name each age band once, written as 80-84 or 90+. */
export function usageRateViolations(rates: readonly { ageBand: string }[]): RuleViolation[] {
  const seen = new Set<string>();
  return rates.flatMap(({ ageBand }, i) => {
    const field = `rates.${i}.ageBand`;
    const found: RuleViolation[] = [];
    if (!AGE_BAND.test(ageBand)) found.push(forecastingViolation('NOT_AN_AGE_BAND', field, { value: ageBand }));
    if (seen.has(ageBand)) found.push(forecastingViolation('LISTED_TWICE', field, { value: ageBand }));
    seen.add(ageBand);
    return found;
  });
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
  population: readonly PopulationRow[],
  rates: Record<string, number>,
  capacity: number,
  years: readonly number[],
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
