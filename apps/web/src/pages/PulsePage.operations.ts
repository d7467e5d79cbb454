import { graphql } from '../__generated__';

export const PULSE_PERIODS = graphql(`
  query PulsePeriods {
    pulsePeriods {
      id
      name
      fromWeek
      toWeek
      openedBy
      openedAt
      endedBy
    }
  }
`);

/** A week's answers from every provider, who has not answered, and the signals. */
export const PULSE_WEEK_OVERVIEW = graphql(`
  query PulseWeekOverview($week: String!) {
    pulseOverview(week: $week) {
      week
      threshold
      period {
        id
        name
      }
      answers {
        id
        providerId
        impact
        staffing
        protectiveEquipment
        worry
        comment
        version
        submittedAt
      }
      answered {
        id
        name
      }
      missing {
        id
        name
      }
      signals {
        providerId
        providerName
        topic
        score
      }
    }
  }
`);

export const OPEN_PULSE_PERIOD = graphql(`
  mutation OpenPulsePeriod($input: OpenPulsePeriodInput!) {
    openPulsePeriod(input: $input) {
      id
      name
      fromWeek
      toWeek
    }
  }
`);

export const END_PULSE_PERIOD = graphql(`
  mutation EndPulsePeriod($input: EndPulsePeriodInput!) {
    endPulsePeriod(input: $input) {
      id
      name
      toWeek
    }
  }
`);
