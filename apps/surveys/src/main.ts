import 'reflect-metadata';
import { runService } from '@kvalitetsnav/service-kit';
import { SurveysAppModule } from './app.module';
import { loadSurveysConfig } from './config';

void runService(
  'surveys',
  () => loadSurveysConfig(),
  (config) => SurveysAppModule.forRoot(config),
);
