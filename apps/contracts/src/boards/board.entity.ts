import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A committee of the municipality (nämnd) that units, contracts and follow-up plans belong to. */
@ObjectType({ description: 'A board (nämnd): units, contracts and follow-up plans belong to one.' })
@Entity({ name: 'board' })
@Unique('board_name_key', ['name'])
export class Board {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'board_pkey' })
  id!: string;

  @Field({ description: 'Unique, e.g. Äldrenämnden.' })
  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
