import { loadConfig, serviceConfigSchema } from '@kvalitetsnav/service-kit';

export const contractsConfigSchema = serviceConfigSchema('contracts', 4001);
export type ContractsConfig = ReturnType<typeof loadContractsConfig>;

export const loadContractsConfig = (env: Record<string, string | undefined> = process.env) =>
  loadConfig(contractsConfigSchema, env);
