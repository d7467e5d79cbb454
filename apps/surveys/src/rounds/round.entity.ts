import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { ROUND_STATUSES, RoundStatus } from './round-rules';

export const RoundStatusEnum = registerStringEnum(ROUND_STATUSES, 'SurveyRoundStatus');

/** One running of a survey definition for a period and a set of units. */
@ObjectType({ description: 'A survey round: a definition, a period, the units taking part.' })
@Entity({ name: 'survey_round' })
@Index('survey_round_definition_idx', ['definitionId'])
export class SurveyRound {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'survey_round_pkey' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'definition_id', type: 'uuid' })
  definitionId!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'The period surveyed, e.g. 2022 or 2022-H2.' })
  @Column({ type: 'text' })
  period!: string;

  @Field(() => RoundStatusEnum)
  @Column({ type: 'text' })
  status!: RoundStatus;

  @Field(() => String, { nullable: true })
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Field(() => Int, { description: 'Cells with fewer answers are not shown.' })
  @Column({ name: 'min_cell', type: 'int' })
  minCell!: number;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
