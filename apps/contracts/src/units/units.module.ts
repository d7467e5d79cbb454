import { Module } from '@nestjs/common';
import { ChangeLogModule } from '../change-log/change-log.module';
import { BoardsModule } from '../boards/boards.module';
import { ServiceAreasModule } from '../service-areas/service-areas.module';
import { ProvidersModule } from '../providers/providers.module';
import { ProviderUnitsResolver, UnitsResolver } from './units.resolver';
import { UnitsService } from './units.service';

@Module({
  imports: [ChangeLogModule, ProvidersModule, BoardsModule, ServiceAreasModule],
  providers: [UnitsService, UnitsResolver, ProviderUnitsResolver],
  exports: [UnitsService],
})
export class UnitsModule {}
