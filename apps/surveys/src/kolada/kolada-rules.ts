import { z } from 'zod';

/** The shape of Kolada's API answer (`/v2/data/kpi/...`): values per KPI, municipality and period, split by gender. */
const KoladaFileSchema = z.object({
  values: z.array(
    z.object({
      kpi: z.string().regex(/^[A-Z]\d{5}$/, 'must look like U28532'),
      municipality: z.string().regex(/^\d{4}$/, 'must be a four-digit municipality code (0000 is the whole country)'),
      period: z.union([z.number().int(), z.string().regex(/^\d{4}$/)]).transform(String),
      values: z.array(
        z.object({
          gender: z.enum(['T', 'K', 'M'], { message: 'must be T, K or M' }),
          value: z.number().nullable(),
          count: z.number().optional(),
          status: z.string().optional().nullable(),
        }),
      ),
    }),
  ),
});

export interface KoladaRow {
  kpi: string;
  municipality: string;
  period: string;
  gender: 'T' | 'K' | 'M';
  value: number;
}

/** Flattens a Kolada file; values Kolada leaves empty (null) are skipped. Errors name the path. */
export function parseKoladaFile(json: string): { rows: KoladaRow[]; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { rows: [], errors: ['the file is not JSON'] };
  }
  const parsed = KoladaFileSchema.safeParse(data);
  if (!parsed.success) return { rows: [], errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const rows = parsed.data.values.flatMap((v) =>
    v.values
      .filter((g) => g.value !== null)
      .map((g) => ({
        kpi: v.kpi,
        municipality: v.municipality,
        period: v.period,
        gender: g.gender,
        value: g.value as number,
      })),
  );
  return { rows, errors: [] };
}

/** Our gender split to Kolada's: T total, K kvinnor, M män. */
export function koladaGender(key: string): 'T' | 'K' | 'M' | null {
  return key === 'WOMAN' ? 'K' : key === 'MAN' ? 'M' : key === 'NOT_STATED' ? null : 'T';
}
