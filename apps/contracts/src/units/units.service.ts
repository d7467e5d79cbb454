import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { canSeeRow, Identity, NO_ROWS, providerFilter } from '@kvalitetsnav/auth';
import { commonViolation } from '@kvalitetsnav/codes';
import { byIdLoader, LoaderContext, requestLoader } from '@kvalitetsnav/service-kit';
import { UnitEventV1 } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import { BoardsService } from '../boards/boards.service';
import { ServiceAreasService } from '../service-areas/service-areas.service';
import { ChangeLogService } from '../change-log/change-log.service';
import { Provider } from '../providers/provider.entity';
import { changesOf } from '../change-log/change-rules';
import { ExternalCode, externalCodesViolation, externalCodeText, normaliseExternalCodes } from './external-code-rules';
import { CreateUnitInput, ExternalCodeInput, UpdateUnitInput } from './units.inputs';
import { UnitExternalCode } from './unit-external-code.entity';
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
      const externalCodes = await this.checkedExternalCodes(manager, input.externalCodes ?? [], null);
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
      unit.externalCodes = await this.keepExternalCodes(manager, unit.id, externalCodes);
      const { providerId, name, serviceArea, places, boardId, departmentId } = unit;
      await this.changeLog.record(manager, {
        entityType: 'UNIT',
        entityId: unit.id,
        action: 'CREATED',
        by,
        changes: {
          providerId,
          name,
          serviceArea,
          places,
          boardId,
          departmentId,
          ...(externalCodes.length ? { externalCodes: externalCodes.map(externalCodeText) } : {}),
        },
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
      unit.externalCodes = await manager.findBy(UnitExternalCode, { unitId: unit.id });
      if (input.serviceArea) await this.serviceAreas.knownServiceArea(manager, input.serviceArea);
      const moved = input.boardId !== undefined || input.departmentId !== undefined;
      const placement = moved ? await this.placementAfter(manager, unit, input) : {};
      const codes = input.externalCodes ? await this.checkedExternalCodes(manager, input.externalCodes, unit.id) : null;
      const changes = changesOf(
        {
          name: unit.name,
          serviceArea: unit.serviceArea,
          places: unit.places,
          boardId: unit.boardId,
          departmentId: unit.departmentId,
          externalCodes: unit.externalCodes.map(externalCodeText),
        },
        {
          name: input.name?.trim(),
          serviceArea: input.serviceArea ?? undefined,
          places: input.places,
          ...placement,
          externalCodes: codes?.map(externalCodeText),
        },
      );
      if (!Object.keys(changes).length) return unit;
      const { externalCodes: codesChanged, ...columns } = changes;
      Object.assign(unit, columns);
      if (codesChanged && codes) unit.externalCodes = await this.keepExternalCodes(manager, unit.id, codes);
      unit.version += 1;
      await manager.update(Unit, { id: unit.id }, { ...columns, version: unit.version });
      await this.changeLog.record(manager, { entityType: 'UNIT', entityId: unit.id, action: 'UPDATED', by, changes });
      // The same full state as on creation, one version on: the other services' copies upsert by version.
      await this.publish(manager, unit, 'UnitUpdated');
      return unit;
    });
  }

  /** Each unit's codes in other systems, in one query for all units a request asks for. */
  loadExternalCodes(context: LoaderContext, unitId: string): Promise<UnitExternalCode[]> {
    return requestLoader(context, 'unitExternalCodes', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(UnitExternalCode)
        .find({ where: { unitId: In([...ids]) }, order: { system: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.unitId === id));
    }).load(unitId);
  }

  /** The codes as kept, refused when a system is named twice or a code is another unit's. */
  private async checkedExternalCodes(
    manager: EntityManager,
    given: readonly ExternalCodeInput[],
    unitId: string | null,
  ): Promise<ExternalCode[]> {
    const codes = normaliseExternalCodes(given);
    const twice = externalCodesViolation(codes);
    if (twice) throw twice;
    // Locked so two units cannot take the same code at once; the primary key backs it.
    await manager.query(`LOCK TABLE "unit_external_code" IN SHARE ROW EXCLUSIVE MODE`);
    for (const c of codes) {
      const held = await manager.findOneBy(UnitExternalCode, { system: c.system, code: c.code });
      if (held && held.unitId !== unitId)
        throw commonViolation('ALREADY_EXISTS', 'externalCodes', { entity: 'UNIT', value: externalCodeText(c) });
    }
    return codes;
  }

  private async keepExternalCodes(
    manager: EntityManager,
    unitId: string,
    codes: readonly ExternalCode[],
  ): Promise<UnitExternalCode[]> {
    await manager.delete(UnitExternalCode, { unitId });
    const rows = codes.map((c) => manager.create(UnitExternalCode, { ...c, unitId }));
    if (rows.length) await manager.insert(UnitExternalCode, rows);
    return rows;
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
      externalCodes: (unit.externalCodes ?? []).map(({ system, code }) => ({ system, code })),
      version: unit.version,
    };
    await this.outbox.enqueue(manager, { topic: 'contracts.unit.v1', key: unit.id, type, payload });
  }
}
