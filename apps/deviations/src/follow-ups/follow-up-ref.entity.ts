import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Deviations' copy of contracts' follow-ups, so actions on deviations can name the follow-up that asked for them. */
@Entity({ name: 'follow_up_ref' })
export class FollowUpRef {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'follow_up_ref_pkey' })
  id!: string;

  @Column({ name: 'contract_id', type: 'uuid', nullable: true })
  contractId!: string | null;

  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId!: string | null;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'int' })
  version!: number;
}
