import { graphql } from './__generated__';

/**
 * The operations the e2e tests' helpers set the stage with, typed from the public schema: the
 * register (providers, units, keys) and the first write in each service.
 */

export const CREATE_PROVIDER = graphql(`
  mutation CreateProvider($input: CreateProviderInput!) {
    createProvider(input: $input) {
      id
      name
    }
  }
`);

export const CREATE_UNIT = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      name
    }
  }
`);

export const CREATE_PROVIDER_API_KEY = graphql(`
  mutation CreateProviderApiKey($input: CreateProviderApiKeyInput!) {
    createProviderApiKey(input: $input) {
      key
    }
  }
`);

/** The key with its id, for a test that revokes it. */
export const CREATE_PROVIDER_API_KEY_WITH_ID = graphql(`
  mutation CreateProviderApiKeyWithId($input: CreateProviderApiKeyInput!) {
    createProviderApiKey(input: $input) {
      key
      apiKey {
        id
      }
    }
  }
`);

export const REPORT_DEVIATION = graphql(`
  mutation ReportDeviation($input: ReportDeviationInput!) {
    reportDeviation(input: $input) {
      id
      status
      kind
    }
  }
`);

export const SUBMIT_CASE_FLOW_REPORT = graphql(`
  mutation SubmitCaseFlowReport($input: SubmitCaseFlowReportInput!) {
    submitCaseFlowReport(input: $input) {
      id
    }
  }
`);

// Forecasting's figures, as the web's forecasting screens store them (web-forecasting.e2e-spec.ts).

export const CREATE_CONTRACT = graphql(`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      id
    }
  }
`);

export const IMPORT_DEVIATIONS = graphql(`
  mutation ImportDeviations($csv: String!) {
    importDeviations(csv: $csv) {
      accepted
      imported
    }
  }
`);

export const OVERDUE_DEVIATION_IDS = graphql(`
  query OverdueDeviationIds {
    overdueDeviations {
      id
    }
  }
`);

export const CASE_FLOW_REPORTS = graphql(`
  query CaseFlowReports($filter: CaseFlowFilter) {
    caseFlowReports(filter: $filter) {
      month
      version
      incoming
      outgoing
      closedByReason {
        reason
        count
      }
    }
  }
`);

export const PLACEMENT_SUMMARY = graphql(`
  query PlacementSummary($from: String!, $to: String!) {
    placementSummary(from: $from, to: $to) {
      form
      placed
      careDays
    }
  }
`);

export const PROJECTION = graphql(`
  query Projection($serviceArea: ServiceArea!, $region: String!, $fromYear: Int!, $years: Int!) {
    projection(serviceArea: $serviceArea, region: $region, fromYear: $fromYear, years: $years) {
      years {
        year
        population
        demand
      }
    }
  }
`);

export const FORECAST_READINESS = graphql(`
  query ForecastReadiness {
    forecastReadiness {
      unitId
      monthsReported
      ready
    }
  }
`);
