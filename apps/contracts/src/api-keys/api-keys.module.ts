import { Module } from '@nestjs/common';
import { ApiKeyResolutionController } from './api-key-resolution.controller';
import { ApiKeysResolver } from './api-keys.resolver';
import { ApiKeysService } from './api-keys.service';

@Module({
  controllers: [ApiKeyResolutionController],
  providers: [ApiKeysService, ApiKeysResolver],
})
export class ApiKeysModule {}
