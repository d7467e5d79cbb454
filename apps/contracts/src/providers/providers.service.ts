import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Identity, ownProviderId } from '@kvalitetsnav/auth';
import { byIdLoader, LoaderContext } from '@kvalitetsnav/service-kit';
import { ProviderEventV1 } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import { ChangeLogService } from '../change-log/change-log.service';
import { ContractsError, ContractsErrorCode } from '../errors/contracts-error';
import { CreateProviderInput } from './create-provider.input';
import { parseOrganisationNumber } from '@kvalitetsnav/swedish-ids';
import { Provider } from './provider.entity';

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
    const where = own ? { id: own } : {};
    return this.dataSource.getRepository(Provider).find({ where, order: { name: 'ASC' } });
  }

  findById(id: string): Promise<Provider | null> {
    return this.dataSource.getRepository(Provider).findOneBy({ id });
  }

  /** By id, in one query with every other provider the same request asks for. */
  load(context: LoaderContext, id: string): Promise<Provider | null> {
    return byIdLoader(context, 'providers', (ids) =>
      this.dataSource.getRepository(Provider).findBy({ id: In(ids) }),
    ).load(id);
  }

  async create(input: CreateProviderInput, by: Identity): Promise<Provider> {
    const orgNumber = parseOrganisationNumber(input.organisationNumber);
    if (!orgNumber.ok) {
      throw new ContractsError(
        ContractsErrorCode.VALIDATION_FAILED,
        `organisationNumber ${orgNumber.reason}`,
        'organisationNumber',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(Provider, { organisationNumber: orgNumber.value });
      if (existing) {
        throw new ContractsError(
          ContractsErrorCode.CONFLICT,
          `organisationNumber ${orgNumber.value} is already registered for ${existing.name}`,
          'organisationNumber',
        );
      }
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
