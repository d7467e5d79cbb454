import { graphql } from '../__generated__';

export const ROUNDS = graphql(`
  query SurveysPageRounds {
    surveyRounds {
      id
      definitionId
      name
      period
      status
    }
  }
`);

export const RESULTS = graphql(`
  query SurveysPageResults($roundId: ID!, $groupBy: SurveyResultGrouping!, $compareWithRoundId: ID) {
    surveyResults(roundId: $roundId, groupBy: $groupBy, compareWithRoundId: $compareWithRoundId) {
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
      previousResponseRate {
        numerator
        denominator
        share
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

export const DISTRIBUTION = graphql(`
  query SurveysPageDistribution($roundId: ID!, $groupBy: SurveyResultGrouping!) {
    surveyAnswerDistribution(roundId: $roundId, groupBy: $groupBy) {
      groupKey
      questionId
      optionCode
      optionLabel
      nonSubstantive
      suppressed
      count
      share {
        numerator
        denominator
        share
      }
    }
  }
`);
