import 'reflect-metadata';
import { runService } from '@kvalitetsnav/service-kit';
import { ForecastingAppModule } from './app.module';
import { loadForecastingConfig } from './config';

void runService(
  'forecasting',
  () => loadForecastingConfig(),
  (config) => ForecastingAppModule.forRoot(config),
);
