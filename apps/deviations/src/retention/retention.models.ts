import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How long texts are kept after a deviation is closed, and when retention runs.' })
export class RetentionSettings {
  @Field(() => Int, { description: 'Months after closing that a protected original is kept.' })
  protectedTextMonths!: number;

  @Field(() => Int, { description: 'Months after closing that the free texts are kept.' })
  freeTextMonths!: number;

  @Field({ description: 'When the daily run is scheduled (cron, Europe/Stockholm).' })
  cron!: string;

  @Field({ description: 'Whether this instance runs the schedule (RETENTION_SCHEDULE).' })
  scheduled!: boolean;
}
