import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A specific follow-up started from an overarching or thematic one. */
@Entity({ name: 'follow_up_link' })
@Index('follow_up_link_parent_idx', ['parentId'])
export class FollowUpLink {
  @PrimaryColumn('uuid', { name: 'child_id', primaryKeyConstraintName: 'follow_up_link_pkey' })
  childId!: string;

  @Column({ name: 'parent_id', type: 'uuid' })
  parentId!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;
}
