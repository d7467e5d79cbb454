import { graphql } from '../__generated__';

export const IMPORT_CASE_FLOWS = graphql(`
  mutation SpreadsheetImportCaseFlows($csv: String!, $dryRun: Boolean!) {
    importCaseFlowReports(csv: $csv, dryRun: $dryRun) {
      accepted
      imported
      errors {
        line
        column
        rule
        params
      }
      rows {
        line
        unitName
        service
        month
        source
        incoming
        outgoing
        closedByReason {
          reason
          count
        }
      }
    }
  }
`);

export const IMPORT_PLACEMENTS = graphql(`
  mutation SpreadsheetImportPlacements($csv: String!, $dryRun: Boolean!) {
    importPlacementReports(csv: $csv, dryRun: $dryRun) {
      accepted
      imported
      errors {
        line
        column
        rule
        params
      }
      rows {
        line
        unitId
        unitName
        month
        form
        placed
        careDays
        costSek
        ended
        endedDurationDays
      }
    }
  }
`);

export const IMPORT_STAFFING = graphql(`
  mutation SpreadsheetImportStaffing($csv: String!, $dryRun: Boolean!) {
    importStaffingReports(csv: $csv, dryRun: $dryRun) {
      accepted
      imported
      errors {
        line
        column
        rule
        params
      }
      rows {
        line
        unitName
        year
        half
        version
        managers
        permanent
        temporary
        hourly
        sickLeavePercent
        staffTurnoverPercent
        jobTitles {
          title
          headcount
        }
      }
    }
  }
`);

export const CLOSURE_REASONS = graphql(`
  query SpreadsheetImportClosureReasons {
    closureReasons {
      code
      label
    }
  }
`);
