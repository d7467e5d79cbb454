import { Module } from '@nestjs/common';
import { ChangeLogModule } from '../change-log/change-log.module';
import { BoardsResolver } from './boards.resolver';
import { BoardsService } from './boards.service';

@Module({
  imports: [ChangeLogModule],
  providers: [BoardsService, BoardsResolver],
  exports: [BoardsService],
})
export class BoardsModule {}
