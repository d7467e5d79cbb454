import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A service's local copy of a unit owned by contracts, kept from `contracts.unit.v1`. */
@Entity({ name: 'unit_ref' })
@Index('unit_ref_provider_id_idx', ['providerId'])
@Index('unit_ref_board_id_idx', ['boardId'])
export class UnitRef {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'unit_ref_pkey' })
  id!: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'service_area', type: 'text' })
  serviceArea!: string;

  @Column({ type: 'int', nullable: true })
  places!: number | null;

  /** The board (nämnd) of the unit, for statistics per board. */
  @Column({ name: 'board_id', type: 'uuid', nullable: true })
  boardId!: string | null;

  /** Its codes in other systems, e.g. `{ system: 'TRESERVA', code: '4711' }`. */
  @Column({ name: 'external_codes', type: 'jsonb', default: () => "'[]'" })
  externalCodes!: { system: string; code: string }[];

  @Column({ type: 'int' })
  version!: number;
}
