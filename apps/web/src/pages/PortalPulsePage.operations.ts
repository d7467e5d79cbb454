import { graphql } from '../__generated__';

/** A week's questions and the provider's pulse answers per unit (the API shows a provider only its own). */
export const PORTAL_PULSE = graphql(`
  query PortalPulse($week: String!) {
    pulseOverview(week: $week) {
      week
      period {
        name
        fromWeek
        toWeek
      }
      questions {
        key
        text
        answerType
      }
      unitAnswers {
        unit {
          id
          name
        }
        answer {
          id
          week
          unitId
          values {
            key
            value
          }
          comment
          version
          submittedAt
        }
      }
      answeredUnits {
        id
        name
      }
      missingUnits {
        id
        name
      }
    }
  }
`);

export const SUBMIT_PULSE = graphql(`
  mutation PortalSubmitPulse($input: SubmitPulseAnswerInput!) {
    submitPulseAnswer(input: $input) {
      id
      week
      unitId
      version
    }
  }
`);
