import { graphql } from '../__generated__';

export const OWN_FOLLOW_UPS = graphql(`
  query PortalFollowUps {
    followUps {
      id
      title
      type
      status
      plannedOn
      reportedOn
      contract {
        reference
      }
      actions {
        id
        status
        deadline
      }
    }
  }
`);

export const OWN_FOLLOW_UP = graphql(`
  query PortalFollowUp($id: ID!) {
    followUp(id: $id) {
      id
      title
      purpose
      type
      status
      plannedOn
      responsible
      findings
      reportedOn
      publishedOn
      closedOn
      contract {
        reference
        title
      }
      actions {
        id
        description
        deadline
        status
        actionPlan
        completedOn
        verifiedOn
        rechecks {
          checkedOn
          met
          note
          newDeadline
        }
      }
    }
  }
`);

export const SUBMIT_ACTION_PLAN = graphql(`
  mutation PortalSubmitActionPlan($input: ActionPlanInput!) {
    submitActionPlan(input: $input) {
      id
      status
    }
  }
`);

export const COMPLETE_ACTION = graphql(`
  mutation PortalCompleteAction($actionId: ID!) {
    completeFollowUpAction(actionId: $actionId) {
      id
      status
      completedOn
    }
  }
`);
