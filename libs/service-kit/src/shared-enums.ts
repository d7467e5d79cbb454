import { SERVICE_AREAS } from '@kvalitetsnav/events';
import { registerStringEnum } from './graphql-enum';

/**
 * Service areas (verksamhetsområden), one GraphQL enum for every subgraph: the same name and
 * values everywhere, which federation composes into one public `ServiceArea`.
 */
export const ServiceAreaEnum = registerStringEnum(SERVICE_AREAS, 'ServiceArea', 'Service area (verksamhetsområde).');
