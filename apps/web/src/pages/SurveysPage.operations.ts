import { graphql } from '../__generated__';

export const ROUNDS = graphql(`
  query SurveysPageRounds {
    surveyRounds {
      id
      name
      period
      status
    }
  }
`);

export const RESULTS = graphql(`
  query SurveysPageResults($roundId: ID!, $groupBy: SurveyResultGrouping!) {
    surveyResults(roundId: $roundId, groupBy: $groupBy) {
      key
      name
      answers
      responseRate {
        numerator
        denominator
        share
        excluded {
          reasonCode
          units
          count
        }
      }
      questions {
        questionId
        text
        suppressed
        sharePositive {
          numerator
          denominator
          share
          excluded {
            reasonCode
            units
            count
          }
        }
        interval {
          low
          high
        }
        national
      }
    }
  }
`);
