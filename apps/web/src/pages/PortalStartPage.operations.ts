import { graphql } from '../__generated__';

export const REPORTS_DUE = graphql(`
  query PortalReportsDue {
    reportsDue {
      unit {
        id
        name
      }
      kind
      year
      half
      dueOn
      state
      latestVersion
      lastSubmittedOn
    }
  }
`);

export const OPEN_ACTIONS = graphql(`
  query PortalOpenActions {
    followUps {
      id
      title
      status
      plannedOn
      reportedOn
      actions {
        id
        description
        deadline
        status
      }
    }
  }
`);

export const MISSING_CASE_FLOWS = graphql(`
  query PortalMissingCaseFlows($from: String) {
    missingCaseFlowMonths(from: $from) {
      unitId
      unitName
      months
    }
  }
`);

export const PULSE_WEEK = graphql(`
  query PortalPulseWeek($week: String!) {
    pulseOverview(week: $week) {
      week
      answeredUnits {
        id
      }
      missingUnits {
        id
        name
      }
    }
  }
`);
