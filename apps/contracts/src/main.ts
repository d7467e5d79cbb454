import 'reflect-metadata';
import { runService } from '@kvalitetsnav/service-kit';
import { ContractsAppModule } from './app.module';
import { loadContractsConfig } from './config';

void runService(
  'contracts',
  () => loadContractsConfig(),
  (config) => ContractsAppModule.forRoot(config),
);
