import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, FindOptionsWhere, ILike, In } from 'typeorm';
import { canSeeRow, Identity, ownProviderId } from '@kvalitetsnav/auth';
import { commonViolation } from '@kvalitetsnav/codes';
import { byIdLoader, LoaderContext } from '@kvalitetsnav/service-kit';
import { ProviderEventV1 } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import { ChangeLogService } from '../change-log/change-log.service';
import { changesOf } from '../change-log/change-rules';
import { CreateProviderInput, UpdateProviderInput } from './providers.inputs';
import { Provider } from './provider.entity';
import { likePattern, organisationNumberOf } from './provider-rules';
import { ProvidersPageInput } from './providers.inputs';
import { ProvidersPage, ProviderSortField } from './providers.models';

const SORT_COLUMNS: Record<ProviderSortField, 'name' | 'organisationNumber' | 'ownership' | 'createdAt'> = {
  NAME: 'name',
  ORGANISATION_NUMBER: 'organisationNumber',
  OWNERSHIP: 'ownership',
  CREATED_AT: 'createdAt',
};

@Injectable()
export class ProvidersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly changeLog: ChangeLogService,
  ) {}

  /** A provider's system sees only itself; officials see every provider. */
  list(identity: Identity): Promise<Provider[]> {
    const own = ownProviderId(identity);
    return this.dataSource.getRepository(Provider).find({ where: own ? { id: own } : {}, order: { name: 'ASC' } });
  }

  /** One part of the providers the caller may see, filtered and sorted; the name breaks ties so parts never overlap. */
  async page(identity: Identity, input: ProvidersPageInput): Promise<ProvidersPage> {
    const own = ownProviderId(identity);
    const where: FindOptionsWhere<Provider> = {
      ...(own ? { id: own } : {}),
      ...(input.nameContains?.trim() ? { name: ILike(likePattern(input.nameContains.trim())) } : {}),
      ...(input.ownership ? { ownership: input.ownership } : {}),
    };
    const direction = input.descending ? 'DESC' : 'ASC';
    const column = SORT_COLUMNS[input.sortBy ?? 'NAME'];
    const [items, total] = await this.dataSource.getRepository(Provider).findAndCount({
      where,
      order: { [column]: direction, ...(column === 'name' ? {} : { name: 'ASC' }), id: 'ASC' },
      skip: input.offset ?? 0,
      take: input.limit ?? 25,
    });
    return { items, total };
  }

  /** The provider, or null as for an unknown id when the caller may not see it. */
  async findVisible(id: string, identity: Identity): Promise<Provider | null> {
    const provider = await this.dataSource.getRepository(Provider).findOneBy({ id });
    return provider && canSeeRow(identity, provider.id) ? provider : null;
  }

  /** By id, in one query with every other provider the same request asks for. */
  load(context: LoaderContext, id: string): Promise<Provider | null> {
    return byIdLoader(context, 'providers', (ids) =>
      this.dataSource.getRepository(Provider).findBy({ id: In(ids) }),
    ).load(id);
  }

  async create(input: CreateProviderInput, by: Identity): Promise<Provider> {
    const orgNumber = organisationNumberOf(input.organisationNumber);
    if ('violation' in orgNumber) throw orgNumber.violation;
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Provider, { organisationNumber: orgNumber.value }))
        throw commonViolation('ALREADY_EXISTS', 'organisationNumber', { entity: 'PROVIDER', value: orgNumber.value });
      const provider = manager.create(Provider, {
        id: randomUUID(),
        name: input.name.trim(),
        organisationNumber: orgNumber.value,
        ownership: input.ownership,
        version: 1,
      });
      await manager.insert(Provider, provider);
      const { name, organisationNumber, ownership } = provider;
      await this.changeLog.record(manager, {
        entityType: 'PROVIDER',
        entityId: provider.id,
        action: 'CREATED',
        by,
        changes: { name, organisationNumber, ownership },
      });
      await this.publish(manager, provider, 'ProviderCreated');
      return provider;
    });
  }

  async update(input: UpdateProviderInput, by: Identity): Promise<Provider> {
    const orgNumber = input.organisationNumber == null ? undefined : organisationNumberOf(input.organisationNumber);
    if (orgNumber && 'violation' in orgNumber) throw orgNumber.violation;
    return this.dataSource.transaction(async (manager) => {
      // Locked, so two edits at once cannot both number the same version.
      const provider = await manager.findOne(Provider, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!provider) throw commonViolation('UNKNOWN', 'id', { entity: 'PROVIDER', ids: [input.id] });
      const changes = changesOf(
        { name: provider.name, organisationNumber: provider.organisationNumber, ownership: provider.ownership },
        { name: input.name?.trim(), organisationNumber: orgNumber?.value, ownership: input.ownership ?? undefined },
      );
      if (!Object.keys(changes).length) return provider;
      if (
        changes.organisationNumber &&
        (await manager.existsBy(Provider, { organisationNumber: changes.organisationNumber }))
      )
        throw commonViolation('ALREADY_EXISTS', 'organisationNumber', {
          entity: 'PROVIDER',
          value: changes.organisationNumber,
        });
      Object.assign(provider, changes);
      provider.version += 1;
      await manager.update(Provider, { id: provider.id }, { ...changes, version: provider.version });
      await this.changeLog.record(manager, {
        entityType: 'PROVIDER',
        entityId: provider.id,
        action: 'UPDATED',
        by,
        changes,
      });
      await this.publish(manager, provider, 'ProviderUpdated');
      return provider;
    });
  }

  private async publish(manager: EntityManager, provider: Provider, type: string): Promise<void> {
    const payload: ProviderEventV1 = {
      id: provider.id,
      name: provider.name,
      organisationNumber: provider.organisationNumber,
      ownership: provider.ownership,
      version: provider.version,
    };
    await this.outbox.enqueue(manager, { topic: 'contracts.provider.v1', key: provider.id, type, payload });
  }
}
