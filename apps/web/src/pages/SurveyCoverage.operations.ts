import { graphql } from '../__generated__';

export const ROUND_UNITS = graphql(`
  query SurveyCoverage($id: ID!) {
    surveyRound(id: $id) {
      id
      units {
        unitId
        name
        offered
        placed
        optedOut
        coverage {
          numerator
          denominator
          share
        }
      }
    }
  }
`);
