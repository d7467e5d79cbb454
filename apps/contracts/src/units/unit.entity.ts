import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ServiceArea } from '../service-areas/service-area.entity';
import { Board } from '../boards/board.entity';
import { Department } from '../boards/department.entity';
import { Provider } from '../providers/provider.entity';
import { UnitExternalCode } from './unit-external-code.entity';

/** A unit (enhet) a provider runs in one service area, e.g. a group home with six places. */
@ObjectType({ description: 'A unit (enhet) run by a provider.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'unit' })
@Index('unit_provider_id_idx', ['providerId'])
@Index('unit_board_id_idx', ['boardId'])
export class Unit {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'unit_pkey' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'unit_provider_id_fkey' })
  provider?: Provider;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'The code of its service area (serviceAreas).' })
  @Column({ name: 'service_area', type: 'text' })
  serviceArea!: string;

  @ManyToOne(() => ServiceArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_area', foreignKeyConstraintName: 'unit_service_area_fkey' })
  serviceAreaEntry?: ServiceArea;

  @Field(() => Int, { nullable: true, description: 'Number of places, where the unit has places.' })
  @Column({ type: 'int', nullable: true })
  places!: number | null;

  @Field(() => ID, { nullable: true, description: 'The board (nämnd) the unit belongs to.' })
  @Column({ name: 'board_id', type: 'uuid', nullable: true })
  boardId!: string | null;

  @ManyToOne(() => Board, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'unit_board_id_fkey' })
  board?: Board | null;

  @Field(() => ID, { nullable: true, description: "A department (avdelning) of the unit's board." })
  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'unit_department_id_fkey' })
  department?: Department | null;

  /** Loaded when asked for (units.service); not eager, as row locks cannot take an outer join. */
  @OneToMany(() => UnitExternalCode, (c) => c.unit)
  externalCodes?: UnitExternalCode[];

  @Column({ type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
