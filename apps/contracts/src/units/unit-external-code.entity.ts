import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { Unit } from './unit.entity';

/**
 * What another system calls the unit, e.g. its code in the case system (Treserva) or its cost
 * centre. A code names one unit in its system, and a unit has one code per system, so an
 * export's rows find their unit by it.
 */
@ObjectType({ description: "The unit's code in another system, e.g. the case system or the ledger." })
@Entity({ name: 'unit_external_code' })
@Unique('unit_external_code_unit_system_key', ['unitId', 'system'])
export class UnitExternalCode {
  @Field({ description: 'The system, as an UPPER_SNAKE code, e.g. TRESERVA or KOSTNADSSTALLE.' })
  @PrimaryColumn('text', { primaryKeyConstraintName: 'unit_external_code_pkey' })
  system!: string;

  @Field({ description: 'The code the system gives the unit.' })
  @PrimaryColumn('text', { primaryKeyConstraintName: 'unit_external_code_pkey' })
  code!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne('Unit', 'externalCodes', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'unit_external_code_unit_id_fkey' })
  unit?: Unit;
}
