import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';

@ObjectType({ description: 'A unit as the surveys service knows it (from contracts\' events).' })
export class SurveyUnit {
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

/** The units that can take part in survey rounds: the local copy of contracts' catalogue. */
@Resolver(() => SurveyUnit)
export class SurveyUnitsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Query(() => [SurveyUnit], { description: 'Units that can take part in surveys, optionally of one service area.' })
  surveyUnits(@Args('serviceArea', { nullable: true }) serviceArea?: string): Promise<SurveyUnit[]> {
    return this.dataSource.getRepository(UnitRef).find({ where: serviceArea ? { serviceArea } : {}, order: { name: 'ASC' } });
  }
}
