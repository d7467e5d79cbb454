import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Deviation } from './deviation.entity';

@ObjectType({ description: 'One page of the deviations list, and how many rows the filter selects in all.' })
export class DeviationList {
  @Field(() => [Deviation]) items!: Deviation[];
  @Field(() => Int) total!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
}
