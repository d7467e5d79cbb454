import { graphql } from '../__generated__';

export const DEFINITIONS = graphql(`
  query SurveyRoundFormDefinitions {
    surveyDefinitions {
      id
      code
      version
      name
    }
  }
`);

export const UNITS = graphql(`
  query SurveyRoundFormUnits {
    units {
      id
      name
      provider {
        name
      }
    }
  }
`);

export const CREATE_ROUND = graphql(`
  mutation CreateSurveyRound($input: CreateSurveyRoundInput!) {
    createSurveyRound(input: $input) {
      id
      name
      period
    }
  }
`);
