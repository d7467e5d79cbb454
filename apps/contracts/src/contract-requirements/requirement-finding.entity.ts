import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { ContractRequirement } from './contract-requirement.entity';

/** What a specific follow-up found for one requirement of its contract: the measured value and a note. */
@Entity({ name: 'requirement_finding' })
@Index('requirement_finding_requirement_id_idx', ['requirementId'])
export class RequirementFinding {
  @PrimaryColumn('uuid', { name: 'follow_up_id', primaryKeyConstraintName: 'requirement_finding_pkey' })
  followUpId!: string;

  @PrimaryColumn('uuid', { name: 'requirement_id', primaryKeyConstraintName: 'requirement_finding_pkey' })
  requirementId!: string;

  @ManyToOne(() => FollowUp, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'follow_up_id', foreignKeyConstraintName: 'requirement_finding_follow_up_id_fkey' })
  followUp?: FollowUp;

  @ManyToOne(() => ContractRequirement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requirement_id', foreignKeyConstraintName: 'requirement_finding_requirement_id_fkey' })
  requirement?: ContractRequirement;

  @Column({ type: 'double precision', nullable: true })
  measured!: number | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
