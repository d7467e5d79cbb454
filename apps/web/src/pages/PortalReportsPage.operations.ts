import { graphql } from '../__generated__';

export const SUBMITTED_REPORTS = graphql(`
  query PortalSubmittedReports {
    staffingReports {
      id
      unitId
      year
      half
      version
      managers
      permanent
      temporary
      hourly
      sickLeavePercent
      staffTurnoverPercent
      submittedBy
      submittedAt
    }
    businessReports {
      id
      unitId
      year
      version
      submittedBy
      submittedAt
    }
  }
`);

export const SUBMIT_STAFFING = graphql(`
  mutation PortalSubmitStaffing($input: SubmitStaffingReportInput!) {
    submitStaffingReport(input: $input) {
      id
      year
      half
      version
    }
  }
`);

export const SUBMIT_BUSINESS = graphql(`
  mutation PortalSubmitBusiness($input: SubmitBusinessReportInput!) {
    submitBusinessReport(input: $input) {
      id
      year
      version
    }
  }
`);
