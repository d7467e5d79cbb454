import { graphql } from '../__generated__';

/** The months each of the provider's units has not reported since its first report. */
export const PORTAL_MISSING_MONTHS = graphql(`
  query PortalMissingMonths($from: String) {
    missingCaseFlowMonths(from: $from) {
      unitId
      unitName
      months
    }
  }
`);

/** The latest version of each month's report the provider gave. */
export const PORTAL_CASE_FLOWS = graphql(`
  query PortalCaseFlows($filter: CaseFlowFilter) {
    caseFlowReports(filter: $filter) {
      id
      unitId
      service
      month
      incoming
      outgoing
      closedByReason {
        reason
        count
      }
      version
      submittedAt
    }
  }
`);

/** The placements reported for the provider's units (the API gives a provider no others). */
export const PORTAL_PLACEMENTS = graphql(`
  query PortalPlacements($filter: PlacementFilter) {
    placementReports(filter: $filter) {
      id
      unitId
      month
      form
      placed
      careDays
      costSek
      ended
      endedDurationDays
      version
    }
  }
`);
