import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Contract } from '../contracts/contract.entity';

/** A contract the ordering function wants followed up, at its place on the list (1 = most wanted). */
@ObjectType({ description: "A contract on the ordering function's list (beställarfunktionens lista)." })
@Entity({ name: 'ordering_list_entry' })
export class OrderingListEntry {
  @Field(() => ID)
  @PrimaryColumn('uuid', { name: 'contract_id', primaryKeyConstraintName: 'ordering_list_entry_pkey' })
  contractId!: string;

  @Field(() => Contract)
  @OneToOne(() => Contract, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'ordering_list_entry_contract_id_fkey' })
  contract!: Contract;

  @Field(() => Int, { description: '1 is the most wanted.' })
  @Column({ type: 'int' })
  position!: number;

  @Field({ description: 'Why the ordering function wants it followed up.' })
  @Column({ type: 'text' })
  reason!: string;

  @Field({ description: 'Who put it on the list.' })
  @Column({ name: 'added_by', type: 'text' })
  addedBy!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}
