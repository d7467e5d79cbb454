import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Provider } from '../providers/provider.entity';
import { Unit } from '../units/unit.entity';
import {
  SupervisingAuthority,
  SupervisingAuthorityEnum,
  SupervisionDecision,
  SupervisionDecisionEnum,
} from './supervision.models';

/** A required response as kept in the case's row: its deadline and the day it went. */
export interface StoredResponse {
  id: string;
  required: string;
  dueOn: string;
  sentOn: string | null;
}

/**
 * A case at IVO or JO (tillsynsärende) about a provider, one of its units, or the administration
 * itself (no provider): what was examined, the decision, the responses required and their
 * deadlines, and the day it was closed.
 */
@ObjectType({ description: 'A supervision case (tillsynsärende) at IVO or JO.' })
@Entity({ name: 'supervision_case' })
@Unique('supervision_case_authority_case_number_key', ['authority', 'caseNumber'])
@Index('supervision_case_provider_id_idx', ['providerId'])
export class SupervisionCase {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'supervision_case_pkey' })
  id!: string;

  @Field(() => SupervisingAuthorityEnum)
  @Column({ type: 'text' })
  authority!: SupervisingAuthority;

  @Field({ description: "The authority's case number (diarienummer)." })
  @Column({ name: 'case_number', type: 'text' })
  caseNumber!: string;

  @Field(() => ID, { nullable: true, description: 'None when the case concerns the administration itself.' })
  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId!: string | null;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'supervision_case_provider_id_fkey' })
  provider?: Provider;

  @Field(() => ID, { nullable: true, description: 'The unit examined, when the case is about one.' })
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'supervision_case_unit_id_fkey' })
  unit?: Unit;

  @Field({ description: 'What the authority examines.' })
  @Column({ type: 'text' })
  examined!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @Field(() => SupervisionDecisionEnum, { nullable: true })
  @Column({ type: 'text', nullable: true })
  decision!: SupervisionDecision | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The decision in brief.' })
  @Column({ name: 'decision_text', type: 'text', nullable: true })
  decisionText!: string | null;

  @Column({ type: 'jsonb' })
  responses!: StoredResponse[];

  @Field(() => String, { nullable: true })
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
