import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A service's local copy of a provider owned by contracts, kept from `contracts.provider.v1`. */
@Entity({ name: 'provider_ref' })
export class ProviderRef {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'provider_ref_pkey' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  ownership!: string;

  @Column({ type: 'int' })
  version!: number;
}
