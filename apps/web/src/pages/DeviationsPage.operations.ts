import { graphql } from '../__generated__';

export const DEVIATIONS = graphql(`
  query DeviationsPageList($filter: DeviationFilter, $paging: DeviationPaging) {
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
        description
        unit {
          id
          name
        }
        provider {
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

export const STATISTICS = graphql(`
  query DeviationsPageStatistics($filter: StatisticsFilter) {
    deviationStatisticsBy(groupBy: SECTOR, filter: $filter) {
      key
      name
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

/** The boards the statistics can be cut by. */
export const BOARDS = graphql(`
  query DeviationsPageBoards {
    boards {
      id
      name
    }
  }
`);

/** The units a deviation or complaint can be registered at, by name. */
export const UNITS = graphql(`
  query DeviationsPageUnits {
    units {
      id
      name
      provider {
        id
        name
      }
    }
  }
`);

/** What a deviation of the kind can be about: the kind's categories still in use. */
export const DEVIATION_CATEGORIES = graphql(`
  query DeviationsPageCategories($kind: DeviationKind) {
    deviationCategories(kind: $kind) {
      id
      code
      label
    }
  }
`);

/** Deviations per category and per root cause, beside the same period a year earlier. */
export const BREAKDOWNS = graphql(`
  query DeviationsPageBreakdowns($filter: StatisticsFilter) {
    byCategory: deviationBreakdown(by: CATEGORY, filter: $filter) {
      denominator
      previousYearDenominator
      previousYearPeriod {
        from
        to
      }
      entries {
        key
        label
        count {
          numerator
          denominator
          share
        }
        previousYear {
          numerator
          denominator
          share
        }
        change
      }
    }
    byRootCause: deviationBreakdown(by: ROOT_CAUSE, filter: $filter) {
      denominator
      previousYearDenominator
      previousYearPeriod {
        from
        to
      }
      entries {
        key
        label
        count {
          numerator
          denominator
          share
        }
        previousYear {
          numerator
          denominator
          share
        }
        change
      }
    }
  }
`);

export const REPORT_DEVIATION = graphql(`
  mutation DeviationsPageReport($input: ReportDeviationInput!) {
    reportDeviation(input: $input) {
      id
      kind
    }
  }
`);

export const REGISTER_COMPLAINT = graphql(`
  mutation DeviationsPageComplaint($input: RegisterComplaintInput!) {
    registerComplaint(input: $input) {
      id
      kind
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
