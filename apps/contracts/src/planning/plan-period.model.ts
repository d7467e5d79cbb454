import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsCount, IsIsoDate } from '@kvalitetsnav/service-kit';
import type { PlanPeriod } from './plan-period-rules';

@ObjectType('PlanPeriod', { description: "One of a plan's own periods, e.g. 1 December–31 May, with its target." })
export class PlanPeriodModel implements PlanPeriod {
  @Field({ description: 'First day, YYYY-MM-DD.' }) startsOn!: string;
  @Field({ description: 'Last day, YYYY-MM-DD.' }) endsOn!: string;
  @Field(() => Int, { description: 'At least this many specific follow-ups in the period.' }) target!: number;
}

@InputType()
export class PlanPeriodInput implements PlanPeriod {
  @Field({ description: 'First day, YYYY-MM-DD; from 1 December of the year before.' })
  @IsIsoDate()
  startsOn!: string;

  @Field({ description: 'Last day, YYYY-MM-DD; at the latest 31 December of the plan year.' })
  @IsIsoDate()
  endsOn!: string;

  @Field(() => Int, { description: 'At least this many specific follow-ups in the period.' })
  @IsCount(500)
  target!: number;
}
