import { Module } from '@nestjs/common';
import { UnitCatalogueModule } from '@kvalitetsnav/unit-catalogue';
import { AccessLogModule } from '../access-log/access-log.module';
import { DeviationsResolver } from './deviations.resolver';
import { DeviationsService } from './deviations.service';

/** Deviations, lex Sarah and lex Maria, complaints: reporting and the handling workflow. */
@Module({
  imports: [UnitCatalogueModule, AccessLogModule],
  providers: [DeviationsService, DeviationsResolver],
  exports: [DeviationsService],
})
export class DeviationsModule {}
