import { graphql } from '../__generated__';

/** A week's pulse answer of the provider (the API shows a provider only its own). */
export const PORTAL_PULSE = graphql(`
  query PortalPulse($week: String!) {
    pulseOverview(week: $week) {
      week
      period {
        name
        fromWeek
        toWeek
      }
      answers {
        id
        week
        impact
        staffing
        protectiveEquipment
        worry
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
