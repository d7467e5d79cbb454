import { graphql } from '../__generated__';

/** The municipality's service areas and sectors: the names every page shows for their codes. */
export const SERVICE_AREA_LIST = graphql(`
  query ServiceAreaList {
    serviceAreas {
      code
      name
      sectorCode
      position
    }
    sectors {
      code
      name
      position
    }
  }
`);
