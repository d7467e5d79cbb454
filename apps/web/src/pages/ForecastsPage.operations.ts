import { graphql } from '../__generated__';

/** Units are not aggregates: REPORTING forecasts the municipality as a whole. */
export const UNITS = graphql(`
  query ForecastsPageUnits {
    units {
      id
      name
      serviceArea
      places
    }
  }
`);

export const FORECAST = graphql(`
  query ForecastsPageForecast($series: ForecastSeriesInput!, $horizon: Int!) {
    forecast(series: $series, horizon: $horizon) {
      model
      components
      noAccuracyReason
      noAccuracyParams
      history {
        month
        value
      }
      points {
        month
        value
        lower
        upper
      }
      accuracy {
        mase
        smape
        origins
      }
      baseline {
        mase
        smape
        origins
      }
      beatsBaseline
    }
  }
`);

export const PROJECTION = graphql(`
  query ForecastsPageProjection($serviceArea: String!, $region: String!, $fromYear: Int!, $years: Int!) {
    projection(serviceArea: $serviceArea, region: $region, fromYear: $fromYear, years: $years) {
      capacity
      runsOutIn
      missingBands
      years {
        year
        demand
        capacity
        shortfall
      }
    }
  }
`);

/** Units are single providers' data: officials only. */
export const READINESS = graphql(`
  query ForecastsPageReadiness {
    forecastReadiness {
      unitId
      unitName
      months
      monthsReported
      needed
      ready
      rule
      params
    }
  }
`);
