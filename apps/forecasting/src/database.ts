import {
  UNIT_CATALOGUE_ENTITIES,
  UnitCatalogue1732400000050,
  UnitCatalogueBoard1796500000150,
  UnitCatalogueServiceAreas1796600000150,
  UnitCatalogueExternalCodes1796700000150,
} from '@kvalitetsnav/unit-catalogue';
import { CaseFlowReport } from './case-flows/case-flow-report.entity';
import { ClosureReason } from './case-flows/closure-reason.entity';
import { Forecasting1732400000100 } from './migrations/1732400000100-forecasting';
import { PlacementUnits1796300000100 } from './migrations/1796300000100-placement-units';
import { PlacementReport } from './placements/placement-report.entity';
import { Population } from './projections/population.entity';
import { UsageRate } from './projections/usage-rate.entity';

export const FORECASTING_ENTITIES = [
  ...UNIT_CATALOGUE_ENTITIES,
  CaseFlowReport,
  ClosureReason,
  PlacementReport,
  Population,
  UsageRate,
];
export const FORECASTING_MIGRATIONS = [
  UnitCatalogue1732400000050,
  Forecasting1732400000100,
  PlacementUnits1796300000100,
  UnitCatalogueBoard1796500000150,
  UnitCatalogueServiceAreas1796600000150,
  UnitCatalogueExternalCodes1796700000150,
];
