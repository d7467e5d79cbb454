import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { commonViolation } from '@kvalitetsnav/codes';
import { Provider } from '../providers/provider.entity';
import { apiKeyMatches, apiKeyPrefix, generateApiKey } from './api-key-rules';
import { CreatedProviderApiKey } from './api-keys.models';
import { CreateProviderApiKeyInput } from './api-keys.inputs';
import { ProviderApiKey } from './provider-api-key.entity';

export interface ResolvedApiKey {
  keyId: string;
  keyName: string;
  providerId: string;
  providerName: string;
}

@Injectable()
export class ApiKeysService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(input: CreateProviderApiKeyInput, admin: Identity): Promise<CreatedProviderApiKey> {
    const repo = this.dataSource.getRepository(ProviderApiKey);
    const provider = await this.dataSource.getRepository(Provider).findOneBy({ id: input.providerId });
    if (!provider) throw commonViolation('UNKNOWN', 'providerId', { entity: 'PROVIDER', ids: [input.providerId] });
    const { key, prefix, hash } = generateApiKey();
    const apiKey = repo.create({
      id: randomUUID(),
      providerId: provider.id,
      name: input.name.trim(),
      prefix,
      keyHash: hash,
      createdAt: new Date(),
      createdBy: admin.sub,
      revokedAt: null,
      revokedBy: null,
    });
    await repo.insert(apiKey);
    return { apiKey, key };
  }

  list(providerId: string): Promise<ProviderApiKey[]> {
    return this.dataSource.getRepository(ProviderApiKey).find({ where: { providerId }, order: { createdAt: 'DESC' } });
  }

  async revoke(id: string, admin: Identity): Promise<ProviderApiKey> {
    const repo = this.dataSource.getRepository(ProviderApiKey);
    const apiKey = await repo.findOneBy({ id });
    if (!apiKey) throw commonViolation('UNKNOWN', 'id', { entity: 'API_KEY', ids: [id] });
    if (apiKey.revokedAt) return apiKey; // revoking twice changes nothing
    await repo.update({ id, revokedAt: IsNull() }, { revokedAt: new Date(), revokedBy: admin.sub });
    return (await repo.findOneBy({ id }))!;
  }

  /** The provider behind a key, if the key is well-formed, known and not revoked. */
  async resolve(key: string): Promise<ResolvedApiKey | undefined> {
    const prefix = apiKeyPrefix(key);
    if (!prefix) return undefined;
    const apiKey = await this.dataSource
      .getRepository(ProviderApiKey)
      .findOne({ where: { prefix, revokedAt: IsNull() }, relations: { provider: true } });
    if (!apiKey || !apiKeyMatches(key, apiKey.keyHash)) return undefined;
    return {
      keyId: apiKey.id,
      keyName: apiKey.name,
      providerId: apiKey.providerId,
      providerName: apiKey.provider!.name,
    };
  }
}
