import { graphql } from './__generated__';

/**
 * The operations the e2e tests' helpers set the stage with, typed from the public schema: the
 * register (providers, units, keys) and the first write in each service.
 */

export const CREATE_PROVIDER = graphql(`
  mutation CreateProvider($input: CreateProviderInput!) {
    createProvider(input: $input) {
      id
      name
    }
  }
`);

export const CREATE_UNIT = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      name
    }
  }
`);

export const CREATE_PROVIDER_API_KEY = graphql(`
  mutation CreateProviderApiKey($input: CreateProviderApiKeyInput!) {
    createProviderApiKey(input: $input) {
      key
    }
  }
`);

/** The key with its id, for a test that revokes it. */
export const CREATE_PROVIDER_API_KEY_WITH_ID = graphql(`
  mutation CreateProviderApiKeyWithId($input: CreateProviderApiKeyInput!) {
    createProviderApiKey(input: $input) {
      key
      apiKey {
        id
      }
    }
  }
`);

export const REPORT_DEVIATION = graphql(`
  mutation ReportDeviation($input: ReportDeviationInput!) {
    reportDeviation(input: $input) {
      id
      status
      kind
    }
  }
`);

export const SUBMIT_CASE_FLOW_REPORT = graphql(`
  mutation SubmitCaseFlowReport($input: SubmitCaseFlowReportInput!) {
    submitCaseFlowReport(input: $input) {
      id
    }
  }
`);

export const DEVIATION_BY_ID = graphql(`
  query DeviationById($id: ID!) {
    deviation(id: $id) {
      id
      kind
      status
      description
      redactions
      seriousness
      ivoReportedOn
      ivoReference
      actions
      finalAssessment
      followUpId
      rootCauses {
        label
      }
      statusHistory {
        toStatus
        changedBy
      }
      assessmentHistory {
        seriousness
        ivoReportedOn
        changedBy
      }
    }
  }
`);

export const DEVIATIONS_BY_FILTER = graphql(`
  query DeviationsByFilter($filter: DeviationFilter) {
    deviations(filter: $filter) {
      id
      kind
      description
      complainant
      complaintCategory
    }
  }
`);

export const DEVIATIONS_PAGE = graphql(`
  query DeviationsPaged($filter: DeviationFilter, $paging: DeviationPaging) {
    deviationsPage(filter: $filter, paging: $paging) {
      total
      offset
      limit
      items {
        id
        occurredOn
      }
    }
  }
`);

export const CREATE_FOLLOW_UP = graphql(`
  mutation CreateFollowUp($input: CreateFollowUpInput!) {
    createFollowUp(input: $input) {
      id
    }
  }
`);

export const LINK_DEVIATION_TO_FOLLOW_UP = graphql(`
  mutation LinkDeviationToFollowUp($input: LinkFollowUpInput!) {
    linkDeviationToFollowUp(input: $input) {
      id
      followUpId
    }
  }
`);

export const IMPROVEMENTS_LIST = graphql(`
  query ImprovementsList {
    improvements {
      id
      title
      phase
      studyResult
      actDecision
      deviationIds
    }
  }
`);
