import { loadConfig, serviceConfigSchema } from '@kvalitetsnav/service-kit';

export const deviationsConfigSchema = serviceConfigSchema('deviations', 4003);
export type DeviationsConfig = ReturnType<typeof loadDeviationsConfig>;

export const loadDeviationsConfig = (env: Record<string, string | undefined> = process.env) =>
  loadConfig(deviationsConfigSchema, env);
