import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Counts of deviations; figures only, no personal data.' })
export class DeviationStatistics {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Not yet closed.' })
  open!: number;
}
