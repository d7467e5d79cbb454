import { UNIT_CATALOGUE_ENTITIES, UnitCatalogue1732400000050 } from '@kvalitetsnav/unit-catalogue';
import { CaseFlowReport, ClosureReason } from './case-flows/case-flow.entities';
import { Forecasting1732400000100 } from './migrations/1732400000100-forecasting';
import { PlacementReport } from './placements/placement.entity';
import { Population, UsageRate } from './projections/projection.entities';

export const FORECASTING_ENTITIES = [
  ...UNIT_CATALOGUE_ENTITIES,
  CaseFlowReport,
  ClosureReason,
  PlacementReport,
  Population,
  UsageRate,
];
export const FORECASTING_MIGRATIONS = [UnitCatalogue1732400000050, Forecasting1732400000100];
