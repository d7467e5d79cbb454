import { graphql } from '../__generated__';

export const ANSWER_ROUND = graphql(`
  query SurveyAnswerFormRound($id: ID!) {
    surveyRound(id: $id) {
      id
      definitionId
      status
      units {
        unitId
        name
        optedOut
      }
    }
  }
`);

export const ANSWER_DEFINITION = graphql(`
  query SurveyAnswerFormDefinition($id: ID!) {
    surveyDefinition(id: $id) {
      questions {
        id
        text
        options {
          code
          label
        }
      }
    }
  }
`);

export const SUBMIT_ANSWER = graphql(`
  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {
    submitSurveyResponse(input: $input) {
      id
    }
  }
`);
