import { graphql } from '../__generated__';

export const DEVIATIONS = graphql(`
  query DeviationsPageList($filter: DeviationFilter) {
    deviations(filter: $filter) {
      id
      kind
      status
      occurredOn
      reportedOn
      description
      twoMonthRule {
        deadline
        overdue
      }
    }
  }
`);

export const STATISTICS = graphql(`
  query DeviationsPageStatistics($filter: StatisticsFilter) {
    deviationStatisticsBy(groupBy: SECTOR, filter: $filter) {
      key
      statistics {
        deviations
        lexSarah
        lexSarahReportedToIvo
        lexMaria
        complaints
        overdue
        closedWithinTwoMonths {
          numerator
          denominator
          share
        }
        actionsRegistered {
          numerator
          denominator
          share
        }
      }
    }
    deviationTrend(interval: MONTH, filter: $filter) {
      period
      deviations
      complaints
      lexSarah
    }
  }
`);

export const CHANGE_STATUS = graphql(`
  mutation ChangeDeviationStatus($input: ChangeDeviationStatusInput!) {
    changeDeviationStatus(input: $input) {
      id
      status
    }
  }
`);
