import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Sector } from '@kvalitetsnav/events';
import { SectorEnum } from '../statistics/statistics.models';

@ObjectType()
export class SectorCount {
  @Field(() => SectorEnum) sector!: Sector;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description: 'Decisions not executed within three months, as reported to IVO and the board for a quarter.',
})
export class QuarterReport {
  @Field({ description: 'YYYY-Qn.' }) quarter!: string;
  @Field(() => Int) count!: number;
  @Field(() => [SectorCount]) bySector!: SectorCount[];
}
