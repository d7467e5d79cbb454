import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One retention run (gallring): when, by whom, the closing days it went by, and what it removed.
 * The deviations it touched are in retention_run_deviation.
 */
@ObjectType({ description: 'One retention run (gallring): when, by whom, by which closing days, and what it culled.' })
@Entity({ name: 'retention_run' })
@Index('retention_run_ran_at_idx', ['ranAt'])
export class RetentionRun {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'retention_run_pkey' })
  id!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'ran_at', type: 'timestamp with time zone' })
  ranAt!: Date;

  @Field({ description: "'schedule' for the daily run, else the administrator's identity (sub)." })
  @Column({ name: 'ran_by', type: 'text' })
  ranBy!: string;

  @Field(() => String, { nullable: true, description: "The administrator's name; none for the schedule." })
  @Column({ name: 'ran_by_name', type: 'text', nullable: true })
  ranByName!: string | null;

  @Field({ description: 'The day the run counted from, YYYY-MM-DD (Swedish time).' })
  @Column({ name: 'ran_on', type: 'date' })
  ranOn!: string;

  @Field(() => Int)
  @Column({ name: 'protected_text_months', type: 'int' })
  protectedTextMonths!: number;

  @Field(() => Int)
  @Column({ name: 'free_text_months', type: 'int' })
  freeTextMonths!: number;

  @Field({ description: 'Originals of deviations closed on or before this day were removed.' })
  @Column({ name: 'originals_closed_by', type: 'date' })
  originalsClosedBy!: string;

  @Field({ description: 'Free texts of deviations closed on or before this day were anonymised.' })
  @Column({ name: 'free_texts_closed_by', type: 'date' })
  freeTextsClosedBy!: string;

  @Field(() => Int, { description: 'Protected originals deleted.' })
  @Column({ name: 'originals_removed', type: 'int' })
  originalsRemoved!: number;

  @Field(() => Int, { description: 'Deviations whose free texts were replaced by the marker.' })
  @Column({ name: 'free_texts_anonymised', type: 'int' })
  freeTextsAnonymised!: number;

  @Field(() => Int, { description: 'Reasons in the access log replaced by the marker.' })
  @Column({ name: 'access_log_reasons_anonymised', type: 'int' })
  accessLogReasonsAnonymised!: number;

  @Field(() => [ID], { description: 'The deviations whose original was deleted.' })
  originalsRemovedFrom!: string[];

  @Field(() => [ID], { description: 'The deviations whose free texts were anonymised.' })
  freeTextsAnonymisedIn!: string[];
}
