import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { Board } from './board.entity';

/** A department (avdelning) of the administration under one board. */
@ObjectType({ description: 'A department (avdelning) under a board.' })
@Entity({ name: 'department' })
@Unique('department_board_id_name_key', ['boardId', 'name'])
export class Department {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'department_pkey' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @ManyToOne(() => Board, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'department_board_id_fkey' })
  board?: Board;

  @Field({ description: 'Unique within its board.' })
  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
