import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { CONTRACT_FORMS, ContractForm } from '@kvalitetsnav/events';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { Provider } from '../providers/provider.entity';
import { Board } from '../boards/board.entity';
import { Unit } from '../units/unit.entity';
import { CONTRACT_STATUSES } from './contract-status-rules';

export const ContractFormEnum = registerStringEnum(
  CONTRACT_FORMS,
  'ContractForm',
  'Procurement under LOU, choice system under LOV, the municipal assignment, or an IOP.',
);
export const ContractStatusEnum = registerStringEnum(CONTRACT_STATUSES, 'ContractStatus');

/** An agreement (avtal) with a provider covering some of its units for a period. */
@ObjectType({ description: 'A contract (avtal) with a provider.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'contract' })
@Unique('contract_reference_key', ['reference'])
@Index('contract_provider_id_idx', ['providerId'])
export class Contract {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'contract_pkey' })
  id!: string;

  @Field({ description: "The municipality's contract number (diarienummer)." })
  @Column({ type: 'text' })
  reference!: string;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field(() => ContractFormEnum)
  @Column({ type: 'text' })
  form!: ContractForm;

  @Field(() => ID)
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'contract_provider_id_fkey' })
  provider?: Provider;

  @ManyToMany(() => Unit)
  @JoinTable({
    name: 'contract_unit',
    joinColumn: {
      name: 'contract_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'contract_unit_contract_id_fkey',
    },
    inverseJoinColumn: {
      name: 'unit_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'contract_unit_unit_id_fkey',
    },
  })
  units?: Unit[];

  @Field(() => ID, { nullable: true, description: 'The board (nämnd) the contract belongs to.' })
  @Column({ name: 'board_id', type: 'uuid', nullable: true })
  boardId!: string | null;

  @ManyToOne(() => Board, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'contract_board_id_fkey' })
  board?: Board | null;

  @Field({ description: 'First day, YYYY-MM-DD.' })
  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD; none for open-ended assignments.' })
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Terminated from this day, YYYY-MM-DD.' })
  @Column({ name: 'terminated_on', type: 'date', nullable: true })
  terminatedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'termination_reason', type: 'text', nullable: true })
  terminationReason!: string | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
