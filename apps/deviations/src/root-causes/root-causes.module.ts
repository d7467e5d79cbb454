import { Module } from '@nestjs/common';
import { DeviationsModule } from '../deviations/deviations.module';
import { DeviationRootCausesResolver } from './deviation-root-causes.resolver';
import { RootCausesResolver } from './root-causes.resolver';
import { RootCausesService } from './root-causes.service';

/** The managed list of root causes, and which apply to a deviation. */
@Module({
  imports: [DeviationsModule],
  providers: [RootCausesService, RootCausesResolver, DeviationRootCausesResolver],
})
export class RootCausesModule {}
