import { graphql } from '../__generated__';

/** The provider's own deviations and complaints, a page at a time (the API confines the list to them). */
export const PORTAL_DEVIATIONS = graphql(`
  query PortalDeviations($filter: DeviationFilter, $paging: DeviationPaging) {
    deviationsPage(filter: $filter, paging: $paging) {
      total
      offset
      limit
      items {
        id
        kind
        status
        occurredOn
        reportedOn
        unit {
          id
          name
        }
        twoMonthRule {
          deadline
          overdue
        }
      }
    }
  }
`);
