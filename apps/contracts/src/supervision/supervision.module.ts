import { Module } from '@nestjs/common';
import { ChangeLogModule } from '../change-log/change-log.module';
import { SupervisionResolver } from './supervision.resolver';
import { SupervisionService } from './supervision.service';

@Module({
  imports: [ChangeLogModule],
  providers: [SupervisionService, SupervisionResolver],
  exports: [SupervisionService],
})
export class SupervisionModule {}
