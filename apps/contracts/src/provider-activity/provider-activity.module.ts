import { Module } from '@nestjs/common';
import { ProviderActivityResolver } from './provider-activity.resolver';
import { ProviderActivityService } from './provider-activity.service';

@Module({ providers: [ProviderActivityService, ProviderActivityResolver] })
export class ProviderActivityModule {}
