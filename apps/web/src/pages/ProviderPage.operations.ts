import { graphql } from '../__generated__';

export const PROVIDER = graphql(`
  query ProviderPage($id: ID!) {
    provider(id: $id) {
      id
      name
      organisationNumber
      ownership
      deviationStatistics {
        total
        deviations
        lexSarah
        complaints
        overdue
        closedWithinTwoMonths {
          numerator
          denominator
          share
        }
      }
      caseFlow {
        month
        incoming
        outgoing
        balance
      }
      units {
        id
        name
        serviceArea
        places
        deviationStatistics {
          total
          open
        }
        surveyResults {
          roundName
          period
          answers
          responseRate {
            numerator
            denominator
            share
          }
          sharePositive
        }
        staffingReports {
          year
          half
          version
          sickLeavePercent
          staffTurnoverPercent
        }
        businessReports {
          year
          version
        }
      }
    }
    contracts(providerId: $id) {
      id
      reference
      title
      form
      status
      startDate
      endDate
      followUps {
        id
        title
        type
        status
        plannedOn
      }
    }
  }
`);
