import { graphql } from '../__generated__';

/** A week's questions and the provider's pulse answer (the API shows a provider only its own). */
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
      answers {
        id
        week
        values {
          key
          value
        }
        comment
        version
        submittedAt
      }
    }
  }
`);

export const SUBMIT_PULSE = graphql(`
  mutation PortalSubmitPulse($input: SubmitPulseAnswerInput!) {
    submitPulseAnswer(input: $input) {
      id
      week
      version
    }
  }
`);
