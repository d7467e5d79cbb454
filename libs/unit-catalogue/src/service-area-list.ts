import type { DataSource, EntityManager } from 'typeorm';
import { SEEDED_SECTORS, SEEDED_SERVICE_AREAS } from '@kvalitetsnav/events';
import { ServiceAreaRef } from './service-area-ref.entity';

/** One entry of the service-area list as every service keeps it. */
export interface AreaEntry {
  code: string;
  name: string;
  sectorCode: string;
  sectorName: string;
  position: number;
  sectorPosition: number;
}

/**
 * What a service needs to know of the list to group by it: which sector an area is reported
 * under, the areas of a sector, and the sectors in list order (those with at least one area).
 */
export class ServiceAreaList {
  private readonly byCode: Map<string, AreaEntry>;

  constructor(readonly areas: readonly AreaEntry[]) {
    this.byCode = new Map(areas.map((a) => [a.code, a]));
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  name(code: string): string | null {
    return this.byCode.get(code)?.name ?? null;
  }

  /** An area not (yet) on the list is under no sector, rather than under a wrong one. */
  sectorOf(code: string): string | null {
    return this.byCode.get(code)?.sectorCode ?? null;
  }

  areasOf(sectorCode: string): string[] {
    return this.areas.filter((a) => a.sectorCode === sectorCode).map((a) => a.code);
  }

  sectors(): { code: string; name: string }[] {
    const seen = new Map<string, { code: string; name: string; position: number }>();
    for (const a of this.areas)
      if (!seen.has(a.sectorCode))
        seen.set(a.sectorCode, { code: a.sectorCode, name: a.sectorName, position: a.sectorPosition });
    return [...seen.values()].sort((a, b) => a.position - b.position).map(({ code, name }) => ({ code, name }));
  }
}

/** The list as this service has it now, read in the caller's transaction when given one. */
export async function loadServiceAreaList(db: DataSource | EntityManager): Promise<ServiceAreaList> {
  const manager = 'manager' in db ? db.manager : db;
  return new ServiceAreaList(await manager.find(ServiceAreaRef, { order: { sectorPosition: 'ASC', position: 'ASC' } }));
}

/** The list every municipality starts with, as the catalogue's migration seeds it. */
export const SEEDED_AREA_ENTRIES: readonly AreaEntry[] = SEEDED_SERVICE_AREAS.map((a, position) => {
  const sectorPosition = SEEDED_SECTORS.findIndex((s) => s.code === a.sector);
  const sector = SEEDED_SECTORS[sectorPosition];
  return { code: a.code, name: a.name, sectorCode: sector.code, sectorName: sector.name, position, sectorPosition };
});
export const SEEDED_SERVICE_AREA_LIST = new ServiceAreaList(SEEDED_AREA_ENTRIES);
