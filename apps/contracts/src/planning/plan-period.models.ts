import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { PlanPeriod } from './plan-period-rules';

@ObjectType('PlanPeriod', { description: "One of a plan's own periods, e.g. 1 December–31 May, with its target." })
export class PlanPeriodModel implements PlanPeriod {
  @Field({ description: 'First day, YYYY-MM-DD.' }) startsOn!: string;
  @Field({ description: 'Last day, YYYY-MM-DD.' }) endsOn!: string;
  @Field(() => Int, { description: 'At least this many specific follow-ups in the period.' }) target!: number;
}
