import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what in the register, and when; written in the same transaction as the change. */
@ObjectType({ description: 'One change to a provider, unit or contract.' })
@Entity({ name: 'change_log' })
@Index('change_log_entity_idx', ['entityType', 'entityId'])
export class ChangeLogEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'change_log_pkey' })
  id!: string;

  @Field({ description: 'PROVIDER, UNIT or CONTRACT.' })
  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Field(() => ID)
  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Field({ description: 'e.g. CREATED, TERMINATED.' })
  @Column({ type: 'text' })
  action!: string;

  @Field({ description: 'The user or API key that made the change.' })
  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;

  @Column({ type: 'jsonb' })
  changes!: Record<string, unknown>;

  @Field(() => String, { name: 'changes', description: 'The values the change set, as a JSON object.' })
  get changesJson(): string {
    return JSON.stringify(this.changes);
  }
}
