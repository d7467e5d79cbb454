import { Field, Int, ObjectType } from '@nestjs/graphql';
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
import { Sector } from './sector.entity';

/** A service area (verksamhetsområde) of the municipality's managed list, e.g. Korttidsvistelse. */
@ObjectType({ description: 'A service area (verksamhetsområde) of the municipality’s list; units belong to one.' })
@Entity({ name: 'service_area' })
@Unique('service_area_name_key', ['name'])
export class ServiceArea {
  @Field({ description: 'Stable code, e.g. HOME_CARE; units, events and figures carry it.' })
  @PrimaryColumn('text', { primaryKeyConstraintName: 'service_area_pkey' })
  code!: string;

  @Field({ description: 'Unique, e.g. Hemtjänst.' })
  @Column({ type: 'text' })
  name!: string;

  @Field()
  @Column({ name: 'sector_code', type: 'text' })
  sectorCode!: string;

  @ManyToOne(() => Sector, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_code', foreignKeyConstraintName: 'service_area_sector_code_fkey' })
  sector?: Sector;

  @Field(() => Int, { description: 'Where the area comes in lists.' })
  @Column({ type: 'int' })
  position!: number;

  /** Raised on every change, so the other services' copies keep the newest. */
  @Column({ type: 'int' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
