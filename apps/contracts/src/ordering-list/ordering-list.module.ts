import { Module } from '@nestjs/common';
import { OrderingListResolver } from './ordering-list.resolver';
import { OrderingListService } from './ordering-list.service';

@Module({
  providers: [OrderingListService, OrderingListResolver],
  exports: [OrderingListService],
})
export class OrderingListModule {}
