import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { PulseAnswer } from './pulse-answer.entity';
import { PulsePeriod } from './pulse-period.entity';
import { PULSE_TOPICS, PulseTopic } from './pulse-rules';

export const PulseTopicEnum = registerStringEnum(
  PULSE_TOPICS,
  'PulseTopic',
  "A pulse question: the situation's IMPACT on the business, STAFFING, PROTECTIVE_EQUIPMENT, staff's and users' WORRY.",
);

@ObjectType()
export class PulseProvider {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType({ description: 'An answer that crossed the signal threshold.' })
export class PulseSignal {
  @Field(() => ID) providerId!: string;
  @Field() providerName!: string;
  @Field(() => PulseTopicEnum) topic!: PulseTopic;
  @Field(() => Int) score!: number;
}

@ObjectType()
export class PulseOverview {
  @Field() week!: string;
  @Field(() => PulsePeriod, {
    nullable: true,
    description: 'The pulse period the week belongs to; null when it is no pulse week.',
  })
  period!: PulsePeriod | null;
  @Field(() => Int) threshold!: number;
  @Field(() => [PulseAnswer]) answers!: PulseAnswer[];
  @Field(() => [PulseProvider], { description: 'Providers that have answered the week, by name.' })
  answered!: PulseProvider[];
  @Field(() => [PulseProvider], { description: 'Providers that have not answered this week.' })
  missing!: PulseProvider[];
  @Field(() => [PulseSignal]) signals!: PulseSignal[];
}
