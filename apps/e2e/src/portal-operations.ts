import { graphql } from './__generated__';

// The provider portal's data, read through the gateway as the portal's browser test checks it
// (web-portal-cases.e2e-spec.ts).

export const PULSE_OF_WEEK = graphql(`
  query PortalTestPulseOfWeek($week: String!) {
    pulseOverview(week: $week) {
      missing {
        id
      }
      answers {
        providerId
        version
        staffing
        comment
      }
    }
  }
`);

export const API_KEYS_OF = graphql(`
  query PortalTestApiKeys($providerId: ID!) {
    providerApiKeys(providerId: $providerId) {
      id
      name
      prefix
      lastUsedAt
    }
  }
`);

export const UNITS_IN_FORECASTING = graphql(`
  query PortalTestUnitsInForecasting {
    forecastReadiness {
      unitId
    }
  }
`);
