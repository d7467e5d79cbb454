import { Provider } from './providers/provider.entity';
import { Unit } from './units/unit.entity';
import { ProviderApiKey } from './api-keys/provider-api-key.entity';
import { ProvidersAndUnits1732400000100 } from './migrations/1732400000100-providers-and-units';
import { ProviderApiKeys1732400000200 } from './migrations/1732400000200-provider-api-keys';

/** The contracts database: its entities and, in order, the migrations that build it. */
export const CONTRACTS_ENTITIES = [Provider, Unit, ProviderApiKey];
export const CONTRACTS_MIGRATIONS = [ProvidersAndUnits1732400000100, ProviderApiKeys1732400000200];
