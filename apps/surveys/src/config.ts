import { loadConfig, serviceConfigSchema } from '@kvalitetsnav/service-kit';

export const surveysConfigSchema = serviceConfigSchema('surveys', 4002);
export type SurveysConfig = ReturnType<typeof loadSurveysConfig>;

export const loadSurveysConfig = (env: Record<string, string | undefined> = process.env) => loadConfig(surveysConfigSchema, env);
