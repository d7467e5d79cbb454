import { UNIT_CATALOGUE_ENTITIES, UnitCatalogue1732400000050 } from '@kvalitetsnav/unit-catalogue';

export const FORECASTING_ENTITIES = [...UNIT_CATALOGUE_ENTITIES];
export const FORECASTING_MIGRATIONS = [UnitCatalogue1732400000050];
