import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

const numeric = { from: (v: string) => Number(v), to: (v: number) => v };

/** Out-of-home placements in a month for one placement form (HVB, family home, ...). */
@ObjectType({ description: "A month's placements for one placement form." })
@Entity({ name: 'placement_report' })
@Unique('placement_report_month_form_key', ['month', 'form'])
export class PlacementReport {
  @Field(() => ID) @PrimaryColumn('uuid', { primaryKeyConstraintName: 'placement_report_pkey' }) id!: string;
  @Field({ description: 'YYYY-MM.' }) @Column({ type: 'text' }) month!: string;
  @Field({ description: 'HVB, FAMILY_HOME, SUPPORTED_HOUSING, ...' }) @Column({ type: 'text' }) form!: string;
  @Field(() => Int, { description: 'People placed during the month.' }) @Column({ type: 'int' }) placed!: number;
  @Field(() => Int) @Column({ name: 'care_days', type: 'int' }) careDays!: number;
  @Field(() => Float, { description: 'Cost in SEK.' })
  @Column({ name: 'cost_sek', type: 'numeric', precision: 14, scale: 2, transformer: numeric })
  costSek!: number;
  @Field(() => Int, { description: 'Placements that ended in the month.' })
  @Column({ name: 'ended', type: 'int' })
  ended!: number;
  @Field(() => Int, { description: 'Their durations added up, in days.' })
  @Column({ name: 'ended_duration_days', type: 'int' })
  endedDurationDays!: number;
  @Field(() => Int) @Column({ type: 'int' }) version!: number;
}
