import { Provider } from './providers/provider.entity';
import { Unit } from './units/unit.entity';
import { ProvidersAndUnits1732400000100 } from './migrations/1732400000100-providers-and-units';

/** The contracts database: its entities and, in order, the migrations that build it. */
export const CONTRACTS_ENTITIES = [Provider, Unit];
export const CONTRACTS_MIGRATIONS = [ProvidersAndUnits1732400000100];
