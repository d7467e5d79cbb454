import { RuleViolation, surveysViolation } from '@kvalitetsnav/codes';
import { besideItsField } from '../responses/response-csv-rules';

export interface KoladaRow {
  kpi: string;
  municipality: string;
  period: string;
  gender: 'T' | 'K' | 'M';
  value: number;
}

const KPI = /^[A-Z]\d{5}$/;
const MUNICIPALITY = /^\d{4}$/;
const YEAR = /^\d{4}$/;
const GENDERS = ['T', 'K', 'M'] as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The shape of Kolada's API answer (`/v2/data/kpi/...`): values per KPI, municipality and
 * period, split by gender. Flattened to one row per gender; values Kolada leaves empty (null)
 * are skipped. Every problem is a violation naming its path; `errors` says the same in the
 * older "path: problem" form.
 */
export function parseKoladaFile(json: string): { rows: KoladaRow[]; errors: string[]; violations: RuleViolation[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return refused([surveysViolation('NOT_JSON', undefined)]);
  }
  const values = isObject(data) ? data['values'] : undefined;
  if (!Array.isArray(values)) return refused([surveysViolation('NOT_A_LIST', 'values')]);
  const violations: RuleViolation[] = [];
  const rows: KoladaRow[] = [];
  values.forEach((entry: unknown, i) => {
    const at = `values.${i}`;
    if (!isObject(entry)) return violations.push(surveysViolation('NOT_AN_OBJECT', at));
    const { kpi, municipality, period, values: genders } = entry;
    const before = violations.length;
    if (typeof kpi !== 'string' || !KPI.test(kpi)) violations.push(surveysViolation('NOT_A_KOLADA_KPI', `${at}.kpi`));
    if (typeof municipality !== 'string' || !MUNICIPALITY.test(municipality))
      violations.push(surveysViolation('NOT_A_MUNICIPALITY_CODE', `${at}.municipality`));
    const year = typeof period === 'number' && Number.isInteger(period) ? String(period) : period;
    if (typeof year !== 'string' || !YEAR.test(year)) violations.push(surveysViolation('NOT_A_YEAR', `${at}.period`));
    if (!Array.isArray(genders)) violations.push(surveysViolation('NOT_A_LIST', `${at}.values`));
    const parsed = Array.isArray(genders) ? genders.map((g: unknown, j) => genderValue(g, `${at}.values.${j}`)) : [];
    for (const p of parsed) if ('violations' in p) violations.push(...p.violations);
    if (violations.length > before) return;
    for (const p of parsed)
      if ('value' in p && p.value !== null)
        rows.push({
          kpi: kpi as string,
          municipality: municipality as string,
          period: year as string,
          gender: p.gender,
          value: p.value,
        });
  });
  return violations.length ? refused(violations) : { rows, errors: [], violations: [] };
}

function genderValue(
  entry: unknown,
  at: string,
): { gender: KoladaRow['gender']; value: number | null } | { violations: RuleViolation[] } {
  if (!isObject(entry)) return { violations: [surveysViolation('NOT_AN_OBJECT', at)] };
  const { gender, value, count, status } = entry;
  const violations: RuleViolation[] = [];
  if (!(GENDERS as readonly unknown[]).includes(gender))
    violations.push(surveysViolation('NOT_A_KOLADA_GENDER', `${at}.gender`));
  if (value === undefined) violations.push(surveysViolation('REQUIRED', `${at}.value`));
  else if (value !== null && (typeof value !== 'number' || !Number.isFinite(value)))
    violations.push(surveysViolation('NOT_A_NUMBER', `${at}.value`));
  if (count !== undefined && typeof count !== 'number')
    violations.push(surveysViolation('NOT_A_NUMBER', `${at}.count`));
  if (status !== undefined && status !== null && typeof status !== 'string')
    violations.push(surveysViolation('NOT_TEXT', `${at}.status`));
  return violations.length ? { violations } : { gender: gender as KoladaRow['gender'], value: value as number | null };
}

const refused = (violations: RuleViolation[]) => ({
  rows: [],
  errors: violations.map((v) => (v.field ? `${v.field}: ${besideItsField(v)}` : v.message)),
  violations,
});

/**
 * Which Kolada KPI holds the national figure for a question in a group: the question's own for
 * the total and the genders, the service area's own for a service area (group homes and service
 * homes have different KPIs in one survey), none for a unit or provider (Kolada has no such figure).
 */
export function koladaKpiFor(
  question: { koladaKpi?: string | null; koladaKpiByServiceArea?: { serviceArea: string; kpi: string }[] },
  groupBy: 'TOTAL' | 'UNIT' | 'PROVIDER' | 'SERVICE_AREA' | 'GENDER',
  key: string,
): string | null {
  if (groupBy === 'TOTAL' || groupBy === 'GENDER') return question.koladaKpi ?? null;
  if (groupBy === 'SERVICE_AREA')
    return question.koladaKpiByServiceArea?.find((k) => k.serviceArea === key)?.kpi ?? null;
  return null;
}

/** Our gender split to Kolada's: T total, K kvinnor, M män. */
export function koladaGender(key: string): 'T' | 'K' | 'M' | null {
  return key === 'WOMAN' ? 'K' : key === 'MAN' ? 'M' : key === 'NOT_STATED' ? null : 'T';
}
