import { graphql } from '../__generated__';

export const IMPORT_RESPONSES = graphql(`
  mutation ImportSurveyResponses($roundId: ID!, $csv: String!) {
    importSurveyResponses(roundId: $roundId, csv: $csv) {
      accepted
      imported
      errors {
        line
        column
        rule
        params
      }
    }
  }
`);

export const IMPORT_KOLADA = graphql(`
  mutation ImportKoladaValues($json: String!) {
    importKoladaValues(json: $json) {
      accepted
      imported
      problems {
        field
        rule
        params
      }
    }
  }
`);
