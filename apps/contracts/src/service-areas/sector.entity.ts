import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A sector (sektor) of the municipality's managed list: the level quality figures are reported by. */
@ObjectType({ description: 'A sector (sektor): service areas belong to one; figures are reported per sector.' })
@Entity({ name: 'sector' })
@Unique('sector_name_key', ['name'])
export class Sector {
  @Field({ description: 'Stable code, e.g. DISABILITY; events and figures carry it.' })
  @PrimaryColumn('text', { primaryKeyConstraintName: 'sector_pkey' })
  code!: string;

  @Field({ description: 'Unique, e.g. Funktionshinderomsorg.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: 'Where the sector comes in lists and reports.' })
  @Column({ type: 'int' })
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
