import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { POPULATION_PROBLEMS, type PopulationProblem } from './population-rules';

export const PopulationImportProblemCodeEnum = registerStringEnum(
  POPULATION_PROBLEMS,
  'PopulationImportProblemCode',
  'What is wrong in a population table: the rule it breaks (in the Swedish catalogue, libs/swedish, under its name).',
);

/** One problem in a population table, as a code and the place it is at: the Swedish comes from the catalogue. */
const AREA_CODE = 'A code from serviceAreas.';

@ObjectType()
export class PopulationImportProblem {
  @Field(() => PopulationImportProblemCodeEnum) code!: PopulationProblem;
  @Field(() => Int, { nullable: true, description: 'The line in the file; the header is line 1.' }) line!:
    number | null;
  @Field(() => Int, { nullable: true, description: 'The column, counted from 1.' }) column!: number | null;
  @Field(() => String, { nullable: true, description: "The column's header." }) header!: string | null;
  @Field(() => String, { nullable: true, description: 'The value as the file has it.' }) value!: string | null;
}

@ObjectType()
export class PopulationImportResult {
  @Field() accepted!: boolean;
  @Field(() => Int) imported!: number;
  @Field(() => [String], { deprecationReason: 'Use problems with the Swedish catalogue (libs/swedish)' })
  errors!: string[];
  @Field(() => [PopulationImportProblem], { description: 'Why the table was not imported; none when it was.' })
  problems!: PopulationImportProblem[];
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
  @Field({ description: AREA_CODE }) serviceArea!: string;
  @Field() region!: string;
  @Field(() => Int, { description: "Places in the area's units as contracts registered them." }) capacity!: number;
  @Field(() => Int, { nullable: true, description: 'The first year demand is above capacity.' }) runsOutIn!:
    number | null;
  @Field(() => [String], { description: 'Age bands with a rate but no population figures.' }) missingBands!: string[];
  @Field(() => [ProjectionYearModel]) years!: ProjectionYearModel[];
}
