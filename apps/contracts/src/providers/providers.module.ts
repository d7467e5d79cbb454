import { Module } from '@nestjs/common';
import { ChangeLogModule } from '../change-log/change-log.module';
import { ProvidersResolver } from './providers.resolver';
import { ProvidersService } from './providers.service';

@Module({
  imports: [ChangeLogModule],
  providers: [ProvidersService, ProvidersResolver],
  exports: [ProvidersService],
})
export class ProvidersModule {}
