import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';

@ObjectType({ description: 'A unit as the forecasting service knows it (from contracts\' events).' })
export class ForecastUnit {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  providerId!: string;

  @Field()
  name!: string;

  @Field()
  serviceArea!: string;

  @Field(() => Int, { nullable: true })
  places!: number | null;
}

/** The units that forecasts and case-flow reports are made for: the local copy of contracts' catalogue. */
@Resolver(() => ForecastUnit)
export class ForecastUnitsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Query(() => [ForecastUnit], { description: 'Units forecasts are made for, optionally of one service area.' })
  forecastUnits(@Args('serviceArea', { nullable: true }) serviceArea?: string): Promise<ForecastUnit[]> {
    return this.dataSource.getRepository(UnitRef).find({ where: serviceArea ? { serviceArea } : {}, order: { name: 'ASC' } });
  }
}
