import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { CatalogueUnitShape, catalogueUnitType, UnitCatalogue } from '@kvalitetsnav/unit-catalogue';

export const SurveyUnit = catalogueUnitType(
  'SurveyUnit',
  "A unit as the surveys service knows it (from contracts' events).",
);

/** The units that can take part in survey rounds: the local copy of contracts' catalogue. */
@Resolver(() => SurveyUnit)
export class SurveyUnitsResolver {
  constructor(private readonly catalogue: UnitCatalogue) {}

  @Query(() => [SurveyUnit], { description: 'Units that can take part in surveys, optionally of one service area.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  surveyUnits(@Args('serviceArea', { nullable: true }) serviceArea?: string): Promise<CatalogueUnitShape[]> {
    return this.catalogue.listUnits(serviceArea);
  }
}
