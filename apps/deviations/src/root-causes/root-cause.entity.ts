import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** A root cause (bakomliggande orsak) from the managed list; several may apply to one deviation. */
@ObjectType({ description: 'A root cause from the managed list.' })
@Entity({ name: 'root_cause' })
@Unique('root_cause_code_key', ['code'])
export class RootCause {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'root_cause_pkey' })
  id!: string;

  @Field({ description: 'Stable UPPER_SNAKE code.' })
  @Column({ type: 'text' })
  code!: string;

  @Field({ description: 'The Swedish wording users see.' })
  @Column({ type: 'text' })
  label!: string;

  @Field({ description: 'Retired causes stay on old deviations but cannot be chosen.' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
