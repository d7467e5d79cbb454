import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ActDecision, ImprovementPhase, StudyResult } from './improvement-cycle-rules';
import { ActDecisionEnum, ImprovementPhaseEnum, StudyResultEnum } from './improvements.models';

/** An improvement (förbättring) learned from deviations, followed through plan–do–study–act. */
@ObjectType({ description: 'An improvement followed through plan, do, study, act.' })
@Entity({ name: 'improvement' })
export class Improvement {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'improvement_pkey' })
  id!: string;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId!: string | null;

  @Field(() => ImprovementPhaseEnum)
  @Column({ type: 'text' })
  phase!: ImprovementPhase;

  @Field({ description: 'What will change, and how it will be measured.' })
  @Column({ type: 'text' })
  plan!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'do_notes', type: 'text', nullable: true })
  doNotes!: string | null;

  @Field(() => StudyResultEnum, { nullable: true })
  @Column({ name: 'study_result', type: 'text', nullable: true })
  studyResult!: StudyResult | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'study_notes', type: 'text', nullable: true })
  studyNotes!: string | null;

  @Field(() => ActDecisionEnum, { nullable: true })
  @Column({ name: 'act_decision', type: 'text', nullable: true })
  actDecision!: ActDecision | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'act_notes', type: 'text', nullable: true })
  actNotes!: string | null;

  @Field(() => String, { nullable: true, description: 'When to study whether it worked, YYYY-MM-DD.' })
  @Column({ name: 'study_due_on', type: 'date', nullable: true })
  studyDueOn!: string | null;

  @Field(() => ID, { nullable: true, description: 'The contracts follow-up it came from.' })
  @Column({ name: 'follow_up_id', type: 'uuid', nullable: true })
  followUpId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The day its ACT phase last completed (adopt, adapt or abandon), YYYY-MM-DD.',
  })
  @Column({ name: 'act_completed_on', type: 'date', nullable: true })
  actCompletedOn!: string | null;

  /** From improvement_deviation; the service fills it in. */
  @Field(() => [ID], { description: 'The ids of the deviations it learns from.' })
  deviationIds!: string[];

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
