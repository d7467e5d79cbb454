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
      questions {
        key
        text
        answerType
      }
    }
  }
`);

/** A week's answers from every unit, which units have not answered, the signals per unit and their follow-ups. */
export const PULSE_WEEK_OVERVIEW = graphql(`
  query PulseWeekOverview($week: String!) {
    pulseOverview(week: $week) {
      week
      threshold
      period {
        id
        name
      }
      questions {
        key
        text
        answerType
      }
      answers {
        id
        providerId
        unitId
        values {
          key
          value
        }
        comment
        version
        submittedAt
      }
      unitAnswers {
        unit {
          id
          name
        }
        providerId
        providerName
        answer {
          id
          values {
            key
            value
          }
          comment
          version
        }
        signals {
          questionKey
          questionText
          answerType
          score
        }
        followUps {
          id
          unitId
          contactedBy
          contactedOn
          outcome
          outcomeText
          recordedBy
        }
      }
      missingUnits {
        id
        name
        providerId
        providerName
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
        unitId
        unitName
        questionKey
        questionText
        answerType
        score
      }
      followUps {
        id
        providerId
        unitId
        contactedBy
        contactedOn
        outcome
        outcomeText
        recordedBy
      }
    }
  }
`);

/** A pulse period week by week: each provider's answers and each question's trend. */
export const PULSE_TREND = graphql(`
  query PulseTrend($periodId: ID!) {
    pulseTrend(periodId: $periodId) {
      threshold
      weeks
      units {
        providerId
        providerName
        weeks {
          week
          answered
          values {
            key
            value
          }
          signalKeys
          followUps {
            id
            outcome
          }
        }
      }
      questions {
        key
        text
        answerType
        weeks {
          week
          answers
          average
          yes
          no
          signals
        }
      }
    }
  }
`);

/** Each unit's answers week by week: a query of its own, as a list of lists costs what it holds at the gateway. */
export const PULSE_TREND_PER_UNIT = graphql(`
  query PulseTrendPerUnit($periodId: ID!) {
    pulseTrend(periodId: $periodId) {
      weeks
      perUnit {
        providerId
        providerName
        unitId
        unitName
        weeks {
          week
          answered
          values {
            key
            value
          }
          signalKeys
          followUps {
            id
            outcome
          }
        }
      }
    }
  }
`);

/** Each question's trend of one provider's or one unit's answers. */
export const PULSE_TREND_OF = graphql(`
  query PulseTrendOf($periodId: ID!, $unitId: ID, $providerId: ID) {
    pulseTrend(periodId: $periodId, unitId: $unitId, providerId: $providerId) {
      weeks
      questions {
        key
        text
        answerType
        weeks {
          week
          answers
          average
          yes
          no
          signals
        }
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
      questions {
        key
      }
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

export const RECORD_PULSE_FOLLOW_UP = graphql(`
  mutation RecordPulseFollowUp($input: RecordPulseFollowUpInput!) {
    recordPulseFollowUp(input: $input) {
      id
      providerId
      unitId
      week
      outcome
    }
  }
`);
