import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { canSeeRow, Identity, NO_ROWS, providerFilter } from '@kvalitetsnav/auth';
import { commonViolation } from '@kvalitetsnav/codes';
import { byIdLoader, LoaderContext } from '@kvalitetsnav/service-kit';
import { UnitEventV1 } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import { BoardsService } from '../boards/boards.service';
import { ServiceAreasService } from '../service-areas/service-areas.service';
import { ChangeLogService } from '../change-log/change-log.service';
import { Provider } from '../providers/provider.entity';
import { changesOf } from '../change-log/change-rules';
import { CreateUnitInput, UpdateUnitInput } from './units.inputs';
import { Unit } from './unit.entity';

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly changeLog: ChangeLogService,
    private readonly boards: BoardsService,
    private readonly serviceAreas: ServiceAreasService,
  ) {}

  list(identity: Identity, providerId?: string): Promise<Unit[]> {
    const filter = providerFilter(identity, providerId);
    if (filter === NO_ROWS) return Promise.resolve([]);
    return this.dataSource
      .getRepository(Unit)
      .find({ where: filter ? { providerId: filter } : {}, order: { name: 'ASC' } });
  }

  listByProvider(providerId: string): Promise<Unit[]> {
    return this.dataSource.getRepository(Unit).find({ where: { providerId }, order: { name: 'ASC' } });
  }

  /** The unit, or null as for an unknown id when the caller may not see it. */
  async findVisible(id: string, identity: Identity): Promise<Unit | null> {
    const unit = await this.dataSource.getRepository(Unit).findOneBy({ id });
    return unit && canSeeRow(identity, unit.providerId) ? unit : null;
  }

  /** By id, in one query with every other unit the same request asks for. */
  load(context: LoaderContext, id: string): Promise<Unit | null> {
    return byIdLoader(context, 'units', (ids) => this.dataSource.getRepository(Unit).findBy({ id: In(ids) })).load(id);
  }

  async create(input: CreateUnitInput, by: Identity): Promise<Unit> {
    return this.dataSource.transaction(async (manager) => {
      const provider = await manager.findOneBy(Provider, { id: input.providerId });
      if (!provider) throw commonViolation('UNKNOWN', 'providerId', { entity: 'PROVIDER', ids: [input.providerId] });
      await this.serviceAreas.knownServiceArea(manager, input.serviceArea);
      const placement = await this.boards.placement(manager, input.boardId ?? null, input.departmentId ?? null);
      const unit = manager.create(Unit, {
        ...placement,
        id: randomUUID(),
        providerId: provider.id,
        name: input.name.trim(),
        serviceArea: input.serviceArea,
        places: input.places ?? null,
        version: 1,
      });
      await manager.insert(Unit, unit);
      const { providerId, name, serviceArea, places, boardId, departmentId } = unit;
      await this.changeLog.record(manager, {
        entityType: 'UNIT',
        entityId: unit.id,
        action: 'CREATED',
        by,
        changes: { providerId, name, serviceArea, places, boardId, departmentId },
      });
      await this.publish(manager, unit, 'UnitCreated');
      return unit;
    });
  }

  async update(input: UpdateUnitInput, by: Identity): Promise<Unit> {
    return this.dataSource.transaction(async (manager) => {
      // Locked, so two edits at once cannot both number the same version.
      const unit = await manager.findOne(Unit, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!unit) throw commonViolation('UNKNOWN', 'id', { entity: 'UNIT', ids: [input.id] });
      if (input.serviceArea) await this.serviceAreas.knownServiceArea(manager, input.serviceArea);
      const moved = input.boardId !== undefined || input.departmentId !== undefined;
      const placement = moved ? await this.placementAfter(manager, unit, input) : {};
      const changes = changesOf(
        {
          name: unit.name,
          serviceArea: unit.serviceArea,
          places: unit.places,
          boardId: unit.boardId,
          departmentId: unit.departmentId,
        },
        { name: input.name?.trim(), serviceArea: input.serviceArea ?? undefined, places: input.places, ...placement },
      );
      if (!Object.keys(changes).length) return unit;
      Object.assign(unit, changes);
      unit.version += 1;
      await manager.update(Unit, { id: unit.id }, { ...changes, version: unit.version });
      await this.changeLog.record(manager, { entityType: 'UNIT', entityId: unit.id, action: 'UPDATED', by, changes });
      // The same full state as on creation, one version on: the other services' copies upsert by version.
      await this.publish(manager, unit, 'UnitUpdated');
      return unit;
    });
  }

  /** A new board drops the old board's department unless a department is named with it. */
  private placementAfter(manager: EntityManager, unit: Unit, input: UpdateUnitInput) {
    const boardId = input.boardId !== undefined ? input.boardId : unit.boardId;
    const departmentId =
      input.departmentId !== undefined ? input.departmentId : boardId === unit.boardId ? unit.departmentId : null;
    return this.boards.placement(manager, boardId, departmentId);
  }

  private async publish(manager: EntityManager, unit: Unit, type: string): Promise<void> {
    const payload: UnitEventV1 = {
      id: unit.id,
      providerId: unit.providerId,
      name: unit.name,
      serviceArea: unit.serviceArea,
      places: unit.places,
      boardId: unit.boardId,
      version: unit.version,
    };
    await this.outbox.enqueue(manager, { topic: 'contracts.unit.v1', key: unit.id, type, payload });
  }
}
