import { z } from 'zod';
import { loadConfig, serviceConfigSchema } from '@kvalitetsnav/service-kit';

/** Five cron fields (minute hour day month weekday), as pg-boss reads them. */
const cron = z
  .string()
  .trim()
  .regex(/^(\S+\s+){4}\S+$/, 'must be a cron expression of five fields, e.g. "30 2 * * *"');

/** A retention time in whole months: at least one, at most a hundred years. */
const months = z.coerce
  .number({ message: 'must be a whole number of months' })
  .int('must be a whole number of months')
  .min(1, 'must be at least 1 month')
  .max(1200, 'must be at most 1200 months');

export const deviationsConfigSchema = serviceConfigSchema('deviations', 4003)
  .safeExtend({
    /**
     * Months after a deviation is closed that the unredacted original of a lex Sarah / lex Maria
     * report (deviation_protected_text) is kept. It is the most sensitive copy, needed while the
     * case is investigated and IVO may ask for it; 24 months leaves room for IVO's review and an
     * appeal. Conservative: set it from the board's own gallringsbeslut.
     */
    RETENTION_PROTECTED_TEXT_MONTHS: months.default(24),
    /**
     * Months after closing that a deviation's free texts (description, actions, final assessment,
     * and the reasons given in the access log) are kept. Social services records under SoL are
     * culled five years after the last entry (SoL 12 kap.), so 60 months; LSS documentation may
     * have to be kept longer, and the board's dokumenthanteringsplan decides.
     */
    RETENTION_FREE_TEXT_MONTHS: months.default(60),
    /** When the retention run is scheduled, in Europe/Stockholm time; by default every night at 02:30. */
    RETENTION_CRON: cron.default('30 2 * * *'),
    /** Whether pg-boss schedules and runs retention; off by default in tests so none fires unasked. */
    RETENTION_SCHEDULE: z.enum(['on', 'off']).optional(),
  })
  .refine((c) => c.RETENTION_PROTECTED_TEXT_MONTHS <= c.RETENTION_FREE_TEXT_MONTHS, {
    path: ['RETENTION_PROTECTED_TEXT_MONTHS'],
    message: 'must not be longer than RETENTION_FREE_TEXT_MONTHS (the original goes no later than the free texts)',
  })
  .transform((c) => ({ ...c, RETENTION_SCHEDULE: c.RETENTION_SCHEDULE ?? (c.NODE_ENV === 'test' ? 'off' : 'on') }));
export type DeviationsConfig = ReturnType<typeof loadDeviationsConfig>;

export const loadDeviationsConfig = (env: Record<string, string | undefined> = process.env) =>
  loadConfig(deviationsConfigSchema, env);
