import 'reflect-metadata';
import { runService } from '@kvalitetsnav/service-kit';
import { DeviationsAppModule } from './app.module';
import { loadDeviationsConfig } from './config';

void runService(
  'deviations',
  () => loadDeviationsConfig(),
  (config) => DeviationsAppModule.forRoot(config),
);
