import { loadConfig, serviceConfigSchema } from '@kvalitetsnav/service-kit';

export const forecastingConfigSchema = serviceConfigSchema('forecasting', 4004);
export type ForecastingConfig = ReturnType<typeof loadForecastingConfig>;

export const loadForecastingConfig = (env: Record<string, string | undefined> = process.env) =>
  loadConfig(forecastingConfigSchema, env);
