import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PulseAnswer } from './pulse-answer.entity';

@ObjectType()
export class PulseProvider {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType({ description: 'An answer that crossed the signal threshold.' })
export class PulseSignal {
  @Field(() => ID) providerId!: string;
  @Field() providerName!: string;
  @Field() topic!: string;
  @Field(() => Int) score!: number;
}

@ObjectType()
export class PulseOverview {
  @Field() week!: string;
  @Field(() => Int) threshold!: number;
  @Field(() => [PulseAnswer]) answers!: PulseAnswer[];
  @Field(() => [PulseProvider], { description: 'Providers that have not answered this week.' })
  missing!: PulseProvider[];
  @Field(() => [PulseSignal]) signals!: PulseSignal[];
}
