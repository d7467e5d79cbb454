import { graphql } from '../__generated__';

/** Runs without a sign-in: the gateway lets only the answer link's two operations through anonymously. */
export const SURVEY_BY_CODE = graphql(`
  query SurveyByAnswerCode($code: String!) {
    surveyByAnswerCode(code: $code) {
      surveyName
      unitName
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

export const SUBMIT_BY_CODE = graphql(`
  mutation SubmitSurveyAnswerByCode($input: SubmitSurveyAnswerByCodeInput!) {
    submitSurveyAnswerByCode(input: $input)
  }
`);
