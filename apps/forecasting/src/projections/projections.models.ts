import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { SERVICE_AREAS, ServiceArea } from '@kvalitetsnav/events';
import { registerStringEnum } from '@kvalitetsnav/service-kit';

export const ForecastServiceAreaEnum = registerStringEnum(SERVICE_AREAS, 'ForecastServiceArea');

@ObjectType()
export class PopulationImportResult {
  @Field() accepted!: boolean;
  @Field(() => Int) imported!: number;
  @Field(() => [String]) errors!: string[];
}

@ObjectType()
export class ProjectionYearModel {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'People in the age bands with a usage rate.' }) population!: number;
  @Field(() => Float, { description: 'Places needed.' }) demand!: number;
  @Field(() => Int) capacity!: number;
  @Field(() => Float) shortfall!: number;
}

@ObjectType({
  description: 'Demand for places per year from population × usage rates, against the places in contracted units.',
})
export class Projection {
  @Field(() => ForecastServiceAreaEnum) serviceArea!: ServiceArea;
  @Field() region!: string;
  @Field(() => Int, { description: "Places in the area's units as contracts registered them." }) capacity!: number;
  @Field(() => Int, { nullable: true, description: 'The first year demand is above capacity.' }) runsOutIn!:
    number | null;
  @Field(() => [String], { description: 'Age bands with a rate but no population figures.' }) missingBands!: string[];
  @Field(() => [ProjectionYearModel]) years!: ProjectionYearModel[];
}
