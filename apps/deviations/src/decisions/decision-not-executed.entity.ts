import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { ServiceArea } from '@kvalitetsnav/events';
import { ServiceAreaEnum } from '@kvalitetsnav/service-kit';

/** A decision on an intervention not yet carried out (ej verkställt beslut), reported quarterly to IVO. */
@ObjectType({ description: 'A decision not executed (ej verkställt beslut).' })
@Entity({ name: 'decision_not_executed' })
@Index('decision_not_executed_decided_idx', ['decidedOn'])
export class DecisionNotExecuted {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'decision_not_executed_pkey' })
  id!: string;

  @Field(() => ServiceAreaEnum, { description: 'The area of the intervention decided.' })
  @Column({ name: 'service_area', type: 'text' })
  serviceArea!: ServiceArea;

  @Field({ description: 'The intervention, e.g. "Bostad med särskild service enligt LSS 9 § 9".' })
  @Column({ type: 'text' })
  intervention!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @Column({ name: 'decided_on', type: 'date' })
  decidedOn!: string;

  @Field({ description: 'Why it has not been executed.' })
  @Column({ type: 'text' })
  reason!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'executed_on', type: 'date', nullable: true })
  executedOn!: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit meant to execute it, when one is known.' })
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @Column({ name: 'registered_by', type: 'text' })
  registeredBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
