import { graphql } from './__generated__';

/** Setting the provider portal's stage through the gateway, and reading what the portal stored. */

export const PORTAL_CONTRACT = graphql(`
  mutation PortalStageContract($input: CreateContractInput!) {
    createContract(input: $input) {
      id
    }
  }
`);

export const PORTAL_FOLLOW_UP = graphql(`
  mutation PortalStageFollowUp($input: CreateFollowUpInput!) {
    createFollowUp(input: $input) {
      id
    }
  }
`);

export const PORTAL_PREPARE = graphql(`
  mutation PortalStagePrepare($input: PrepareFollowUpInput!) {
    prepareFollowUp(input: $input) {
      id
    }
  }
`);

export const PORTAL_START = graphql(`
  mutation PortalStageStart($id: ID!) {
    startFollowUp(id: $id) {
      id
    }
  }
`);

export const PORTAL_REPORT = graphql(`
  mutation PortalStageReport($input: ReportFollowUpInput!) {
    reportFollowUp(input: $input) {
      id
      actions {
        id
      }
    }
  }
`);

export const PORTAL_STAFFING_REPORTS = graphql(`
  query PortalStagedStaffing($unitId: ID) {
    staffingReports(unitId: $unitId) {
      year
      half
      version
      permanent
      jobTitles {
        title
        headcount
      }
    }
  }
`);

export const PORTAL_ACTION_STATE = graphql(`
  query PortalStagedAction($id: ID!) {
    followUp(id: $id) {
      actions {
        status
        actionPlan
      }
    }
  }
`);

export const PORTAL_SUBMIT_STAFFING = graphql(`
  mutation PortalStageStaffing($input: SubmitStaffingReportInput!) {
    submitStaffingReport(input: $input) {
      id
    }
  }
`);

export const PORTAL_REPORTS_DUE = graphql(`
  query PortalStagedDue {
    reportsDue {
      unit {
        id
      }
      kind
      year
      half
      dueOn
      state
      latestVersion
    }
  }
`);

// The provider portal's data, read through the gateway as the portal's browser test checks it
// (web-portal-cases.e2e-spec.ts).

export const PULSE_OF_WEEK = graphql(`
  query PortalTestPulseOfWeek($week: String!) {
    pulseOverview(week: $week) {
      missing {
        id
      }
      missingUnits {
        id
      }
      answers {
        providerId
        unitId
        version
        values {
          key
          value
        }
        comment
      }
    }
  }
`);

export const API_KEYS_OF = graphql(`
  query PortalTestApiKeys($providerId: ID!) {
    providerApiKeys(providerId: $providerId) {
      id
      name
      prefix
      lastUsedAt
    }
  }
`);

export const UNITS_IN_FORECASTING = graphql(`
  query PortalTestUnitsInForecasting {
    forecastReadiness {
      unitId
    }
  }
`);
