import { graphql } from '../__generated__';

/** One of the provider's own cases, as the provider may read it: no protected original text. */
export const PORTAL_DEVIATION = graphql(`
  query PortalDeviation($id: ID!) {
    deviation(id: $id) {
      id
      kind
      status
      occurredOn
      reportedOn
      description
      redactions
      actions
      actionsRegisteredOn
      finalAssessment
      finalAssessedOn
      closedOn
      seriousness
      ivoReportedOn
      complainant
      complaintCategory
      unit {
        id
        name
      }
      twoMonthRule {
        deadline
        overdue
      }
      statusHistory {
        fromStatus
        toStatus
        changedBy
        changedAt
      }
      assessmentHistory {
        seriousness
        ivoReportedOn
        ivoReference
        changedBy
        changedAt
      }
    }
  }
`);
