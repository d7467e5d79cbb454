import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A service's copy of one entry of the municipality's service-area list, with its sector, kept
 * from `contracts.service-area.v1`: figures are grouped by sector from it.
 */
@Entity({ name: 'service_area_ref' })
export class ServiceAreaRef {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'service_area_ref_pkey' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'sector_code', type: 'text' })
  sectorCode!: string;

  @Column({ name: 'sector_name', type: 'text' })
  sectorName!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ name: 'sector_position', type: 'int' })
  sectorPosition!: number;

  @Column({ type: 'int' })
  version!: number;
}
