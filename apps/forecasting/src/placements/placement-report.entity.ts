import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const numeric = { from: (v: string) => Number(v), to: (v: number) => v };

/**
 * Out-of-home placements in a month for one placement form (HVB, family home, ...): a provider's
 * for one of its units, or the administration's own figures, which name no unit.
 */
@ObjectType({ description: "A month's placements for one placement form, for a unit or the administration's own." })
@Entity({ name: 'placement_report' })
// One per month, form and unit, "no unit" counting as one (NULLS NOT DISTINCT, which TypeORM cannot
// declare: the migration creates it, and the schema check leaves it be).
@Index('placement_report_month_form_unit_key', { synchronize: false })
@Index('placement_report_provider_month_idx', ['providerId', 'month'])
export class PlacementReport {
  @Field(() => ID) @PrimaryColumn('uuid', { primaryKeyConstraintName: 'placement_report_pkey' }) id!: string;
  @Field(() => ID, { nullable: true, description: "The provider's unit; none for the administration's own figures." })
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;
  @Field(() => ID, { nullable: true, description: "The unit's provider." })
  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId!: string | null;
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
