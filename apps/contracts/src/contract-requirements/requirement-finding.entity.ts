import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { ContractRequirement } from './contract-requirement.entity';
import { RequirementComparison } from './requirement-rules';

/**
 * What a specific follow-up found for one requirement of its contract: the measured value, a note,
 * and the requirement as it was judged (label, comparison, target, unit, version), so that editing
 * the requirement later does not change what the follow-up's report says.
 */
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

  @Column({ name: 'judged_label', type: 'text' })
  judgedLabel!: string;

  @Column({ name: 'judged_comparison', type: 'text' })
  judgedComparison!: RequirementComparison;

  @Column({ name: 'judged_target', type: 'double precision' })
  judgedTarget!: number;

  @Column({ name: 'judged_measure_unit', type: 'text', nullable: true })
  judgedMeasureUnit!: string | null;

  @Column({ name: 'judged_version', type: 'int' })
  judgedVersion!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
