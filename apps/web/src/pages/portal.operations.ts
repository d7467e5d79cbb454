import { graphql } from '../__generated__';

/** The provider's own units: what the portal's forms offer (the API accepts no other). */
export const PORTAL_UNITS = graphql(`
  query PortalUnits($id: ID!) {
    provider(id: $id) {
      id
      name
      units {
        id
        name
        serviceArea
      }
    }
  }
`);
