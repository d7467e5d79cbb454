import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { commonViolation, RuleViolation } from '@kvalitetsnav/codes';
import { ServiceAreaEventV1 } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import { CombinedViolation, LoaderContext, refuseAll, requestLoader } from '@kvalitetsnav/service-kit';
import { ChangeLogService } from '../change-log/change-log.service';
import { cleanName } from '../boards/board-rules';
import { changesOf } from '../change-log/change-rules';
import { nameViolation, newEntry, nextPosition } from './list-rules';
import { ServiceArea } from './service-area.entity';
import {
  RegisterSectorInput,
  RegisterServiceAreaInput,
  RenameSectorInput,
  UpdateServiceAreaInput,
} from './service-areas.inputs';
import { Sector } from './sector.entity';

const refusal = (violations: RuleViolation[]) =>
  violations.length === 1 ? violations[0] : new CombinedViolation(violations);

// One lock for both lists: an area names its sector, and a sector's rename reaches its areas.
const LOCK = 'LOCK TABLE sector, service_area IN SHARE ROW EXCLUSIVE MODE';

/**
 * The municipality's own lists of sectors and service areas. Every change is logged and sent
 * as `contracts.service-area.v1`, so the other services group their figures by the same list.
 */
@Injectable()
export class ServiceAreasService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly changeLog: ChangeLogService,
  ) {}

  serviceAreas(sectorCode?: string | null): Promise<ServiceArea[]> {
    return this.dataSource
      .getRepository(ServiceArea)
      .find({ where: sectorCode ? { sectorCode } : {}, order: { position: 'ASC', name: 'ASC' } });
  }

  sectors(): Promise<Sector[]> {
    return this.dataSource.getRepository(Sector).find({ order: { position: 'ASC', name: 'ASC' } });
  }

  /** An area's name, in one query with every other the same request asks for. */
  loadName(context: LoaderContext, code: string): Promise<string> {
    return requestLoader(context, 'serviceAreaNames', async (codes: readonly string[]) => {
      const found = await this.dataSource.getRepository(ServiceArea).findBy({ code: In([...codes]) });
      return codes.map((c) => found.find((a) => a.code === c)?.name ?? c);
    }).load(code);
  }

  sector(code: string): Promise<Sector | null> {
    return this.dataSource.getRepository(Sector).findOneBy({ code });
  }

  async registerSector(input: RegisterSectorInput, by: Identity): Promise<Sector> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(LOCK);
      const sectors = await manager.find(Sector);
      const entry = newEntry('SECTOR', input, sectors);
      if ('violations' in entry) throw refusal(entry.violations);
      const sector = manager.create(Sector, { ...entry, position: nextPosition(sectors) });
      await manager.insert(Sector, sector);
      await this.log(manager, 'SECTOR', sector.code, 'CREATED', by, { name: sector.name });
      return sector;
    });
  }

  async renameSector(input: RenameSectorInput, by: Identity): Promise<Sector> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(LOCK);
      const sectors = await manager.find(Sector);
      const sector = sectors.find((s) => s.code === input.code);
      if (!sector) throw commonViolation('UNKNOWN', 'code', { entity: 'SECTOR', ids: [input.code] });
      refuseAll([nameViolation('SECTOR', input.name, sectors, sector.code)]);
      const changes = changesOf({ name: sector.name }, { name: cleanName(input.name) });
      if (!Object.keys(changes).length) return sector;
      await manager.update(Sector, { code: sector.code }, changes);
      await this.log(manager, 'SECTOR', sector.code, 'UPDATED', by, changes);
      Object.assign(sector, changes);
      // Every area carries its sector's name to the other services: each is sent again, one version on.
      for (const area of await manager.findBy(ServiceArea, { sectorCode: sector.code })) {
        area.version += 1;
        await manager.update(ServiceArea, { code: area.code }, { version: area.version });
        await this.publish(manager, area, sector, 'SectorRenamed');
      }
      return sector;
    });
  }

  async registerServiceArea(input: RegisterServiceAreaInput, by: Identity): Promise<ServiceArea> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(LOCK);
      const sector = await this.knownSector(manager, input.sectorCode);
      const areas = await manager.find(ServiceArea);
      const entry = newEntry('SERVICE_AREA', input, areas);
      if ('violations' in entry) throw refusal(entry.violations);
      const area = manager.create(ServiceArea, {
        ...entry,
        sectorCode: sector.code,
        position: nextPosition(areas),
        version: 1,
      });
      await manager.insert(ServiceArea, area);
      await this.log(manager, 'SERVICE_AREA', area.code, 'CREATED', by, {
        name: area.name,
        sectorCode: area.sectorCode,
      });
      await this.publish(manager, area, sector, 'ServiceAreaRegistered');
      return area;
    });
  }

  async updateServiceArea(input: UpdateServiceAreaInput, by: Identity): Promise<ServiceArea> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(LOCK);
      const areas = await manager.find(ServiceArea);
      const area = areas.find((a) => a.code === input.code);
      if (!area) throw commonViolation('UNKNOWN', 'code', { entity: 'SERVICE_AREA', ids: [input.code] });
      const sector = await this.knownSector(manager, input.sectorCode ?? area.sectorCode);
      refuseAll([input.name === undefined ? null : nameViolation('SERVICE_AREA', input.name, areas, area.code)]);
      const changes = changesOf(
        { name: area.name, sectorCode: area.sectorCode },
        {
          name: input.name === undefined ? undefined : cleanName(input.name),
          sectorCode: input.sectorCode ?? undefined,
        },
      );
      if (!Object.keys(changes).length) return area;
      Object.assign(area, changes);
      area.version += 1;
      await manager.update(ServiceArea, { code: area.code }, { ...changes, version: area.version });
      await this.log(manager, 'SERVICE_AREA', area.code, 'UPDATED', by, changes);
      await this.publish(manager, area, sector, 'ServiceAreaUpdated');
      return area;
    });
  }

  /** Checks, inside the caller's transaction, that a service area is on the list. */
  async knownServiceArea(manager: EntityManager, code: string, field = 'serviceArea'): Promise<void> {
    if (!(await manager.existsBy(ServiceArea, { code })))
      throw commonViolation('UNKNOWN', field, { entity: 'SERVICE_AREA', ids: [code] });
  }

  private async knownSector(manager: EntityManager, code: string): Promise<Sector> {
    const sector = await manager.findOneBy(Sector, { code });
    if (!sector) throw commonViolation('UNKNOWN', 'sectorCode', { entity: 'SECTOR', ids: [code] });
    return sector;
  }

  private log(
    manager: EntityManager,
    entityType: 'SECTOR' | 'SERVICE_AREA',
    entityId: string,
    action: string,
    by: Identity,
    changes: Record<string, unknown>,
  ): Promise<void> {
    return this.changeLog.record(manager, { entityType, entityId, action, by, changes });
  }

  private async publish(manager: EntityManager, area: ServiceArea, sector: Sector, type: string): Promise<void> {
    const payload: ServiceAreaEventV1 = {
      code: area.code,
      name: area.name,
      sectorCode: sector.code,
      sectorName: sector.name,
      position: area.position,
      sectorPosition: sector.position,
      version: area.version,
    };
    await this.outbox.enqueue(manager, { topic: 'contracts.service-area.v1', key: area.code, type, payload });
  }
}
