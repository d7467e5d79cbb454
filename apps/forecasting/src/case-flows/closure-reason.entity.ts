import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The managed list of underlying reasons a case was closed. */
@ObjectType()
@Entity({ name: 'closure_reason' })
export class ClosureReason {
  @Field() @PrimaryColumn('text', { primaryKeyConstraintName: 'closure_reason_pkey' }) code!: string;
  @Field() @Column({ type: 'text' }) label!: string;
  @Field() @Column({ type: 'boolean', default: true }) active!: boolean;
}
