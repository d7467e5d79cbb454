import { graphql } from '../__generated__';

export const UNITS = graphql(`
  query ForecastDataPageUnits {
    units {
      id
      name
      serviceArea
      provider {
        name
      }
    }
  }
`);

export const CLOSURE_REASONS = graphql(`
  query ForecastDataPageClosureReasons {
    closureReasons {
      code
      label
    }
  }
`);

export const SUBMIT_CASE_FLOW = graphql(`
  mutation ForecastDataPageSubmitCaseFlow($input: SubmitCaseFlowReportInput!) {
    submitCaseFlowReport(input: $input) {
      id
      month
      version
    }
  }
`);

export const IMPORT_POPULATION = graphql(`
  mutation ForecastDataPageImportPopulation($csv: String!) {
    importPopulation(csv: $csv) {
      accepted
      imported
      problems {
        code
        line
        column
        header
        value
      }
    }
  }
`);

export const SET_USAGE_RATES = graphql(`
  mutation ForecastDataPageSetUsageRates($input: UsageRatesInput!) {
    setUsageRates(input: $input)
  }
`);
