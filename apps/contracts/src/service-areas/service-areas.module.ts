import { Module } from '@nestjs/common';
import { ChangeLogModule } from '../change-log/change-log.module';
import { SectorsResolver, ServiceAreasResolver } from './service-areas.resolver';
import { ServiceAreasService } from './service-areas.service';

@Module({
  imports: [ChangeLogModule],
  providers: [ServiceAreasService, ServiceAreasResolver, SectorsResolver],
  exports: [ServiceAreasService],
})
export class ServiceAreasModule {}
