import { Module } from '@nestjs/common';
import { ChangeLogModule } from '../change-log/change-log.module';
import { ProviderContactsResolver } from './provider-contacts.resolver';
import { ProviderContactsService } from './provider-contacts.service';

@Module({
  imports: [ChangeLogModule],
  providers: [ProviderContactsService, ProviderContactsResolver],
  exports: [ProviderContactsService],
})
export class ProviderContactsModule {}
