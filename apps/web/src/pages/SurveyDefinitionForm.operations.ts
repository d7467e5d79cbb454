import { graphql } from '../__generated__';

export const CREATE_DEFINITION = graphql(`
  mutation CreateSurveyDefinition($input: CreateSurveyDefinitionInput!) {
    createSurveyDefinition(input: $input) {
      id
      code
      version
      name
    }
  }
`);
