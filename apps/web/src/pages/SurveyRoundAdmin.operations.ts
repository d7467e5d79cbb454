import { graphql } from '../__generated__';

export const ANSWER_LINKS = graphql(`
  query SurveyRoundAdminLinks($roundId: ID!) {
    surveyAnswerLinks(roundId: $roundId) {
      unitId
      unitName
      code
    }
  }
`);

export const CLOSE_ROUND = graphql(`
  mutation CloseSurveyRound($roundId: ID!) {
    closeSurveyRound(roundId: $roundId) {
      id
      status
      closedOn
    }
  }
`);
