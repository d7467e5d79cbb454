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

// Follow-ups: the contracts a selection draws from, what the web planned, and the provider's side of the actions.

export const CREATE_CONTRACT_FOR_FOLLOW_UP = graphql(`
  mutation CreateContractForFollowUp($input: CreateContractInput!) {
    createContract(input: $input) {
      id
      reference
    }
  }
`);

export const FOLLOW_UPS_OF_YEAR = graphql(`
  query FollowUpsOfYear($year: Int!) {
    followUps(year: $year) {
      id
      title
      status
      responsible
      plannedOn
      selectionId
      contract {
        id
        reference
      }
    }
  }
`);

export const FOLLOW_UP_STATE = graphql(`
  query FollowUpState($id: ID!) {
    followUp(id: $id) {
      id
      status
      closedOn
      publishedOn
      boardMeetingOn
      cancellationReason
      actions {
        id
        description
        status
        deadline
        rechecks {
          met
          note
          newDeadline
        }
      }
    }
  }
`);

export const SUBMIT_ACTION_PLAN = graphql(`
  mutation SubmitActionPlan($input: ActionPlanInput!) {
    submitActionPlan(input: $input) {
      id
      status
    }
  }
`);

export const COMPLETE_FOLLOW_UP_ACTION = graphql(`
  mutation CompleteFollowUpAction($actionId: ID!) {
    completeFollowUpAction(actionId: $actionId) {
      id
      status
    }
  }
`);

export const CREATE_FOLLOW_UP = graphql(`
  mutation CreateFollowUpForList($input: CreateFollowUpInput!) {
    createFollowUp(input: $input) {
      id
    }
  }
`);
