import { graphql } from '../__generated__';

export const IMPORT_CASE_FLOWS = graphql(`
  mutation SpreadsheetImportCaseFlows($csv: String!, $dryRun: Boolean!, $unitCodeSystem: String) {
    importCaseFlowReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $unitCodeSystem) {
      accepted
      imported
      created
      changed
      unchanged
      errors {
        line
        column
        rule
        params
      }
      rows {
        line
        change
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
  mutation SpreadsheetImportPlacements($csv: String!, $dryRun: Boolean!, $unitCodeSystem: String) {
    importPlacementReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $unitCodeSystem) {
      accepted
      imported
      created
      changed
      unchanged
      errors {
        line
        column
        rule
        params
      }
      rows {
        line
        change
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
  mutation SpreadsheetImportStaffing($csv: String!, $dryRun: Boolean!, $unitCodeSystem: String) {
    importStaffingReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $unitCodeSystem) {
      accepted
      imported
      created
      changed
      unchanged
      errors {
        line
        column
        rule
        params
      }
      rows {
        line
        change
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

export const UNIT_CODE_SYSTEMS = graphql(`
  query SpreadsheetImportUnitCodeSystems {
    units {
      id
      externalCodes {
        system
      }
    }
  }
`);
