import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Identity, ownProviderId } from '@kvalitetsnav/auth';
import { byIdLoader, LoaderContext } from '@kvalitetsnav/service-kit';
import { UnitEventV1 } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import { ChangeLogService } from '../change-log/change-log.service';
import { ContractsError, ContractsErrorCode } from '../errors/contracts-error';
import { Provider } from '../providers/provider.entity';
import { CreateUnitInput } from './create-unit.input';
import { Unit } from './unit.entity';

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly changeLog: ChangeLogService,
  ) {}

  list(identity: Identity, providerId?: string): Promise<Unit[]> {
    const own = ownProviderId(identity);
    if (own && providerId && providerId !== own) return Promise.resolve([]);
    const filter = own ?? providerId;
    return this.dataSource
      .getRepository(Unit)
      .find({ where: filter ? { providerId: filter } : {}, order: { name: 'ASC' } });
  }

  listByProvider(providerId: string): Promise<Unit[]> {
    return this.dataSource.getRepository(Unit).find({ where: { providerId }, order: { name: 'ASC' } });
  }

  findById(id: string): Promise<Unit | null> {
    return this.dataSource.getRepository(Unit).findOneBy({ id });
  }

  /** By id, in one query with every other unit the same request asks for. */
  load(context: LoaderContext, id: string): Promise<Unit | null> {
    return byIdLoader(context, 'units', (ids) => this.dataSource.getRepository(Unit).findBy({ id: In(ids) })).load(id);
  }

  async create(input: CreateUnitInput, by: Identity): Promise<Unit> {
    return this.dataSource.transaction(async (manager) => {
      const provider = await manager.findOneBy(Provider, { id: input.providerId });
      if (!provider) {
        throw new ContractsError(
          ContractsErrorCode.NOT_FOUND,
          `providerId ${input.providerId} is not a known provider`,
          'providerId',
        );
      }
      const unit = manager.create(Unit, {
        id: randomUUID(),
        providerId: provider.id,
        name: input.name.trim(),
        serviceArea: input.serviceArea,
        places: input.places ?? null,
        version: 1,
      });
      await manager.insert(Unit, unit);
      const { providerId, name, serviceArea, places } = unit;
      await this.changeLog.record(manager, {
        entityType: 'UNIT',
        entityId: unit.id,
        action: 'CREATED',
        by,
        changes: { providerId, name, serviceArea, places },
      });
      await this.publish(manager, unit, 'UnitCreated');
      return unit;
    });
  }

  private async publish(manager: EntityManager, unit: Unit, type: string): Promise<void> {
    const payload: UnitEventV1 = {
      id: unit.id,
      providerId: unit.providerId,
      name: unit.name,
      serviceArea: unit.serviceArea,
      places: unit.places,
      version: unit.version,
    };
    await this.outbox.enqueue(manager, { topic: 'contracts.unit.v1', key: unit.id, type, payload });
  }
}
