import { graphql } from '../__generated__';

/** One month's placements for a form, at a unit or (officials) the administration's own. */
export const SUBMIT_PLACEMENTS = graphql(`
  mutation ForecastDataPageSubmitPlacements($input: PlacementReportInput!) {
    submitPlacementReport(input: $input) {
      id
      unitId
      month
      form
      version
    }
  }
`);
