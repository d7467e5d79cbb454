import { z } from 'zod';
import { loadConfig, serviceConfigSchema } from '@kvalitetsnav/service-kit';

export const surveysConfigSchema = serviceConfigSchema('surveys', 4002).and(
  z.object({
    /** Whose figures in Kolada files are "ours" (0580 is Linköping, seed 001's municipality). */
    KOLADA_MUNICIPALITY: z
      .string()
      .regex(/^\d{4}$/, 'must be a four-digit municipality code')
      .default('0580'),
    /** A pulse score at or above this (1–5) is a signal. */
    PULSE_SIGNAL_THRESHOLD: z.coerce.number().int().min(1).max(5).default(4),
  }),
);
export type SurveysConfig = z.infer<typeof surveysConfigSchema>;

export const loadSurveysConfig = (env: Record<string, string | undefined> = process.env) =>
  loadConfig(surveysConfigSchema, env);
