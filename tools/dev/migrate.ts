// npm run migrate -- <contracts|surveys|deviations|forecasting|all>
// Runs a service's migrations against its database (as the service itself does at start),
// using the same environment variables as the service.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ensureDatabase } from '@kvalitetsnav/persistence';
import { loadConfig, serviceConfigSchema, serviceTypeOrmOptions } from '@kvalitetsnav/service-kit';
import { CONTRACTS_ENTITIES, CONTRACTS_MIGRATIONS } from '../../apps/contracts/src/database';
import { DEVIATIONS_ENTITIES, DEVIATIONS_MIGRATIONS } from '../../apps/deviations/src/database';
import { FORECASTING_ENTITIES, FORECASTING_MIGRATIONS } from '../../apps/forecasting/src/database';
import { SURVEYS_ENTITIES, SURVEYS_MIGRATIONS } from '../../apps/surveys/src/database';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const SERVICES: Record<string, { port: number; entities: Function[]; migrations: Function[] }> = {
  contracts: { port: 4001, entities: CONTRACTS_ENTITIES, migrations: CONTRACTS_MIGRATIONS },
  surveys: { port: 4002, entities: SURVEYS_ENTITIES, migrations: SURVEYS_MIGRATIONS },
  deviations: { port: 4003, entities: DEVIATIONS_ENTITIES, migrations: DEVIATIONS_MIGRATIONS },
  forecasting: { port: 4004, entities: FORECASTING_ENTITIES, migrations: FORECASTING_MIGRATIONS },
};

async function migrate(service: string): Promise<void> {
  const { port, entities, migrations } = SERVICES[service]!;
  const config = loadConfig(serviceConfigSchema(service, port), process.env);
  await ensureDatabase(config.DATABASE_URL, config.DB_NAME);
  const dataSource = await new DataSource(serviceTypeOrmOptions({ config, entities, migrations })).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(
      `${service} (${config.DB_NAME}): ${applied.length ? applied.map((m) => m.name).join(', ') : 'up to date'}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

async function main() {
  const target = process.argv[2] ?? 'all';
  const services = target === 'all' ? Object.keys(SERVICES) : [target];
  for (const s of services) {
    if (!SERVICES[s]) throw new Error(`unknown service "${s}"; use one of ${Object.keys(SERVICES).join(', ')} or all`);
    await migrate(s);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
