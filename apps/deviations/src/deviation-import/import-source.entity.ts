import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ImportColumn, ImportValue } from './deviation-import.models';

/**
 * A system deviations are exported from (the case system, a provider's own system) with the
 * mapping that reads its export as it comes: which header holds each field, what its values
 * mean, and in which system its unit codes are.
 */
@ObjectType({ description: "A source of deviation exports and the saved mapping of its export's columns." })
@Entity({ name: 'deviation_import_source' })
export class DeviationImportSource {
  @Field({ description: 'UPPER_SNAKE, e.g. TRESERVA. Rows keep it with their external id.' })
  @PrimaryColumn('text', { primaryKeyConstraintName: 'deviation_import_source_pkey' })
  code!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: "The system whose unit codes the export's unit column holds (units' externalCodes)." })
  @Column({ name: 'unit_code_system', type: 'text' })
  unitCodeSystem!: string;

  @Field(() => [ImportColumn])
  @Column({ type: 'jsonb' })
  columns!: ImportColumn[];

  @Field(() => [ImportValue])
  @Column({ type: 'jsonb' })
  values!: ImportValue[];

  @Field(() => Int)
  @Column({ type: 'int' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;
}
