import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { CatalogueUnitShape, catalogueUnitType, UnitCatalogue } from '@kvalitetsnav/unit-catalogue';

export const ForecastUnit = catalogueUnitType(
  'ForecastUnit',
  "A unit as the forecasting service knows it (from contracts' events).",
);

/** The units forecasts and case-flow reports are made for: the local copy of contracts' catalogue. */
@Resolver(() => ForecastUnit)
export class ForecastUnitsResolver {
  constructor(private readonly catalogue: UnitCatalogue) {}

  @Query(() => [ForecastUnit], { description: 'Units forecasts are made for, optionally of one service area.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  forecastUnits(@Args('serviceArea', { nullable: true }) serviceArea?: string): Promise<CatalogueUnitShape[]> {
    return this.catalogue.listUnits(serviceArea);
  }
}
