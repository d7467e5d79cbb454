import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import type { DeviationKind } from '@kvalitetsnav/events';
import { DeviationKindEnum } from '../deviations/deviations.models';

/** What a deviation is about, from the managed list; each category belongs to one or more kinds. */
@ObjectType({ description: 'A category (what a deviation is about) from the managed list.' })
@Entity({ name: 'deviation_category' })
@Unique('deviation_category_code_key', ['code'])
export class DeviationCategory {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'deviation_category_pkey' })
  id!: string;

  @Field({ description: 'Stable UPPER_SNAKE code; what a deviation stores and statistics count by.' })
  @Column({ type: 'text' })
  code!: string;

  @Field({ description: 'The Swedish wording users see.' })
  @Column({ type: 'text' })
  label!: string;

  @Field(() => [DeviationKindEnum], {
    description: 'The kinds it can be chosen for: SOL_LSS, HSL, LEX_SARAH, LEX_MARIA.',
  })
  @Column({ type: 'text', array: true })
  kinds!: DeviationKind[];

  @Field({ description: 'Retired categories stay on old deviations but cannot be chosen.' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
