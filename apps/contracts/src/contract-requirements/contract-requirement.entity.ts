import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { Contract } from '../contracts/contract.entity';
import {
  REQUIREMENT_COMPARISONS,
  REQUIREMENT_KINDS,
  RequirementComparison,
  RequirementKind,
} from './requirement-rules';

export const RequirementKindEnum = registerStringEnum(
  REQUIREMENT_KINDS,
  'RequirementKind',
  'Staffing level, qualified share of staff (percent), hours, or another measurable requirement.',
);
export const RequirementComparisonEnum = registerStringEnum(
  REQUIREMENT_COMPARISONS,
  'RequirementComparison',
  'How a finding is compared with the target: at least, at most, exactly.',
);

/** A measurable requirement of a contract (avtalskrav), e.g. "at least 80 % qualified staff". */
@ObjectType({ description: 'A requirement of a contract (avtalskrav) with its target value.' })
@Entity({ name: 'contract_requirement' })
@Unique('contract_requirement_contract_id_key_key', ['contractId', 'key'])
export class ContractRequirement {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'contract_requirement_pkey' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'contract_id', type: 'uuid' })
  contractId!: string;

  @ManyToOne(() => Contract, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'contract_requirement_contract_id_fkey' })
  contract?: Contract;

  @Field({ description: 'Names the requirement on its contract, UPPER_SNAKE; a guide question may name it.' })
  @Column({ type: 'text' })
  key!: string;

  @Field({ description: 'What is required, in Swedish.' })
  @Column({ type: 'text' })
  label!: string;

  @Field(() => RequirementKindEnum)
  @Column({ type: 'text' })
  kind!: RequirementKind;

  @Field(() => RequirementComparisonEnum)
  @Column({ type: 'text' })
  comparison!: RequirementComparison;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  target!: number;

  @Field(() => String, { nullable: true, description: 'The unit of measure: % for a qualified share.' })
  @Column({ name: 'measure_unit', type: 'text', nullable: true })
  measureUnit!: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
