import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ServiceArea } from '../service-areas/service-area.entity';
import type { ScopeKind } from './thematic-rules';

/** Which units an overarching or thematic follow-up covers, and the guide version it asks. */
@Entity({ name: 'thematic_scope' })
export class ThematicScope {
  @PrimaryColumn('uuid', { name: 'follow_up_id', primaryKeyConstraintName: 'thematic_scope_pkey' })
  followUpId!: string;

  @Column({ name: 'guide_id', type: 'uuid' })
  guideId!: string;

  @Column({ name: 'scope_kind', type: 'text' })
  scopeKind!: ScopeKind;

  @Column({ name: 'service_area', type: 'text', nullable: true })
  serviceArea!: string | null;

  @ManyToOne(() => ServiceArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_area', foreignKeyConstraintName: 'thematic_scope_service_area_fkey' })
  serviceAreaEntry?: ServiceArea | null;

  /** Fixed when the follow-up is created, so a unit added later does not change the round. */
  @Column({ name: 'unit_ids', type: 'jsonb' })
  unitIds!: string[];
}
