import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { PlacementTotals } from './placement-rules';

@ObjectType({ description: 'Placements per form over a period, with totals and averages.' })
export class PlacementSummary implements PlacementTotals {
  @Field({ description: 'The placement form, or TOTAL.' }) form!: string;
  @Field(() => Int) placed!: number;
  @Field(() => Int) careDays!: number;
  @Field(() => Float) costSek!: number;
  @Field(() => Float, { nullable: true }) costPerCareDay!: number | null;
  @Field(() => Int) ended!: number;
  @Field(() => Float, { nullable: true, description: 'Average length of placements that ended, days.' })
  averageDurationDays!: number | null;
}
