import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, LessThan, Or } from 'typeorm';
import { canSeeProvider, Identity } from '@kvalitetsnav/auth';
import { commonViolation } from '@kvalitetsnav/codes';
import { Provider } from '../providers/provider.entity';
import { apiKeyMatches, apiKeyPrefix, generateApiKey, LAST_USED_RESOLUTION_MS, lastUseToRecord } from './api-key-rules';
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
      lastUsedAt: null,
    });
    await repo.insert(apiKey);
    return { apiKey, key };
  }

  /** A provider's keys; another provider's are as absent as a provider that does not exist. */
  list(providerId: string, identity: Identity): Promise<ProviderApiKey[]> {
    if (!canSeeProvider(identity, providerId)) return Promise.resolve([]);
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
    await this.recordUse(apiKey, new Date());
    return {
      keyId: apiKey.id,
      keyName: apiKey.name,
      providerId: apiKey.providerId,
      providerName: apiKey.provider!.name,
    };
  }

  /**
   * Writes down that the key was used, when the last record is a minute old: the gateway asks at
   * most every 30 s per key (its cache), and most of those asks write nothing. The condition is
   * repeated in the update so two gateways asking at once write once.
   */
  private async recordUse(apiKey: ProviderApiKey, now: Date): Promise<void> {
    if (!lastUseToRecord(apiKey.lastUsedAt, now)) return;
    await this.dataSource
      .getRepository(ProviderApiKey)
      .update(
        { id: apiKey.id, lastUsedAt: Or(IsNull(), LessThan(new Date(now.getTime() - LAST_USED_RESOLUTION_MS + 1))) },
        { lastUsedAt: now },
      );
  }
}
