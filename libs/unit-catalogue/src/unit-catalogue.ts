import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventConsumer } from '@kvalitetsnav/messaging';
import { ProviderRef } from './provider-ref.entity';
import { ServiceAreaRef } from './service-area-ref.entity';
import { UnitRef } from './unit-ref.entity';
import { upsertNewerSql } from './upsert-newer';

const UPSERT_UNIT = upsertNewerSql('unit_ref', [
  'id',
  'provider_id',
  'name',
  'service_area',
  'places',
  'board_id',
  'external_codes',
  'version',
]);
const UPSERT_SERVICE_AREA = upsertNewerSql(
  'service_area_ref',
  ['code', 'name', 'sector_code', 'sector_name', 'position', 'sector_position', 'version'],
  'code',
);
const UPSERT_PROVIDER = upsertNewerSql('provider_ref', ['id', 'name', 'ownership', 'version']);

/** Keeps this service's copy of contracts' providers and units up to date from Kafka. */
@Injectable()
export class UnitCatalogue implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.consumer.on('contracts.unit.v1', async ({ payload: u }, manager) => {
      await manager.query(UPSERT_UNIT, [
        u.id,
        u.providerId,
        u.name,
        u.serviceArea,
        u.places,
        u.boardId ?? null,
        JSON.stringify(u.externalCodes ?? []),
        u.version,
      ]);
    });
    this.consumer.on('contracts.service-area.v1', async ({ payload: a }, manager) => {
      await manager.query(UPSERT_SERVICE_AREA, [
        a.code,
        a.name,
        a.sectorCode,
        a.sectorName,
        a.position,
        a.sectorPosition,
        a.version,
      ]);
    });
    this.consumer.on('contracts.provider.v1', async ({ payload: p }, manager) => {
      await manager.query(UPSERT_PROVIDER, [p.id, p.name, p.ownership, p.version]);
    });
  }

  findUnit(id: string): Promise<UnitRef | null> {
    return this.dataSource.getRepository(UnitRef).findOneBy({ id });
  }

  listUnits(serviceArea?: string): Promise<UnitRef[]> {
    return this.dataSource
      .getRepository(UnitRef)
      .find({ where: serviceArea ? { serviceArea } : {}, order: { name: 'ASC' } });
  }

  /** The municipality's service areas with their sectors, in list order. */
  serviceAreas(): Promise<ServiceAreaRef[]> {
    return this.dataSource.getRepository(ServiceAreaRef).find({ order: { sectorPosition: 'ASC', position: 'ASC' } });
  }

  findProvider(id: string): Promise<ProviderRef | null> {
    return this.dataSource.getRepository(ProviderRef).findOneBy({ id });
  }
}

@Module({ providers: [UnitCatalogue], exports: [UnitCatalogue] })
export class UnitCatalogueModule {}

export const UNIT_CATALOGUE_ENTITIES = [UnitRef, ProviderRef, ServiceAreaRef];
