import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AccessLogEntry } from './access-log-entry.entity';

@ObjectType({
  description: 'One page of the access log, newest first, and how many entries the filter selects in all.',
})
export class AccessLogPage {
  @Field(() => [AccessLogEntry]) items!: AccessLogEntry[];
  @Field(() => Int) total!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
}
