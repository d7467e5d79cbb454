import { Injectable } from '@nestjs/common';
import { Args, Field, Float, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsNumber, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DataSource } from 'typeorm';
import { SERVICE_AREAS, ServiceArea } from '@kvalitetsnav/events';
import { registerStringEnum, RequireRoles } from '@kvalitetsnav/service-kit';
import { invalid } from '../errors/forecasting-error';
import { parseScbPopulation, projectDemand } from '../rules/projection';
import { Population, UsageRate } from './projection.entities';

export const ForecastServiceAreaEnum = registerStringEnum(SERVICE_AREAS, 'ForecastServiceArea');

@InputType()
export class AgeBandRateInput {
  @Field({ description: 'e.g. 80-84 or 90+' })
  @Matches(/^\d{1,3}(-\d{1,3}|\+)$/, { message: 'rates.ageBand must look like 80-84 or 90+' })
  ageBand!: string;
  @Field(() => Float, { description: 'Share of the age band using the service, 0–1.' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'rates.rate must be a number' })
  @Min(0, { message: 'rates.rate must be between 0 and 1' })
  @Max(1, { message: 'rates.rate must be between 0 and 1' })
  rate!: number;
}

@InputType()
export class UsageRatesInput {
  @Field(() => ForecastServiceAreaEnum)
  @IsEnum(ForecastServiceAreaEnum, { message: 'serviceArea must be a service area' })
  serviceArea!: ServiceArea;
  @Field(() => [AgeBandRateInput])
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AgeBandRateInput)
  rates!: AgeBandRateInput[];
}

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

@Injectable()
export class ProjectionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async importPopulation(csv: string): Promise<PopulationImportResult> {
    const { rows, errors } = parseScbPopulation(csv);
    if (errors.length) return { accepted: false, imported: 0, errors };
    await this.dataSource.transaction(async (manager) => {
      for (const r of rows) {
        await manager.query(
          `INSERT INTO population (region, age_band, year, count) VALUES ($1, $2, $3, $4) ON CONFLICT (region, age_band, year) DO UPDATE SET count = EXCLUDED.count`,
          [r.region, r.ageBand, r.year, r.count],
        );
      }
    });
    return { accepted: true, imported: rows.length, errors: [] };
  }

  async setRates(input: UsageRatesInput): Promise<number> {
    const bands = input.rates.map((r) => r.ageBand);
    if (new Set(bands).size !== bands.length) throw invalid('rates', 'rates names an age band more than once');
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(UsageRate, { serviceArea: input.serviceArea });
      if (input.rates.length)
        await manager.insert(
          UsageRate,
          input.rates.map((r) => ({ serviceArea: input.serviceArea, ageBand: r.ageBand, rate: r.rate })),
        );
    });
    return input.rates.length;
  }

  async project(serviceArea: ServiceArea, region: string, fromYear: number, years: number): Promise<Projection> {
    if (!Number.isInteger(years) || years < 1 || years > 30)
      throw invalid('years', `years must be 1 to 30, was ${years}`);
    const rates = await this.dataSource.getRepository(UsageRate).findBy({ serviceArea });
    if (!rates.length)
      throw invalid('serviceArea', `no usage rates are set for ${serviceArea}; set them with setUsageRates`);
    const population = await this.dataSource.getRepository(Population).findBy({ region });
    const [{ places }] = await this.dataSource.query(
      `SELECT COALESCE(SUM(places), 0)::int AS places FROM unit_ref WHERE service_area = $1`,
      [serviceArea],
    );
    const result = projectDemand(
      population,
      Object.fromEntries(rates.map((r) => [r.ageBand, r.rate])),
      places,
      Array.from({ length: years }, (_, i) => fromYear + i),
    );
    return { serviceArea, region, capacity: places, ...result };
  }
}

@Resolver()
export class ProjectionsResolver {
  constructor(private readonly projections: ProjectionsService) {}

  @Mutation(() => PopulationImportResult, {
    description:
      "Population per age band and year in Statistics Sweden's CSV table format (region, ålder, one column per year).",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  importPopulation(@Args('csv') csv: string): Promise<PopulationImportResult> {
    return this.projections.importPopulation(csv);
  }

  @Mutation(() => Int, { description: "Replaces a service area's usage rates per age band; returns how many." })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  setUsageRates(@Args('input') input: UsageRatesInput): Promise<number> {
    return this.projections.setRates(input);
  }

  @Query(() => Projection)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING')
  projection(
    @Args('serviceArea', { type: () => ForecastServiceAreaEnum }) serviceArea: ServiceArea,
    @Args('region', { description: 'Municipality code, e.g. 0580.' }) region: string,
    @Args('fromYear', { type: () => Int }) fromYear: number,
    @Args('years', { type: () => Int, defaultValue: 10 }) years: number,
  ): Promise<Projection> {
    return this.projections.project(serviceArea, region, fromYear, years);
  }
}
