import { UNIT_CATALOGUE_ENTITIES, UnitCatalogue1732400000050 } from '@kvalitetsnav/unit-catalogue';
import { Deviation } from './deviations/deviation.entity';
import { Deviations1732400000100 } from './migrations/1732400000100-deviations';

export const DEVIATIONS_ENTITIES = [...UNIT_CATALOGUE_ENTITIES, Deviation];
export const DEVIATIONS_MIGRATIONS = [UnitCatalogue1732400000050, Deviations1732400000100];
