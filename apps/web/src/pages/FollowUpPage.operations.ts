import { graphql } from '../__generated__';

export const FOLLOW_UP = graphql(`
  query FollowUpPage($id: ID!) {
    followUp(id: $id) {
      id
      title
      purpose
      type
      status
      plannedOn
      responsible
      assistant
      methods
      checklist {
        item
        done
      }
      findings
      decisionNeeded
      reportedOn
      publishedOn
      closedOn
      boardMeetingOn
      cancellationReason
      contract {
        reference
        title
      }
      requirementChecks {
        requirement {
          id
          key
          label
          comparison
          target
          measureUnit
        }
        measured
        note
        outcome
        judged {
          label
          comparison
          target
          measureUnit
        }
        changedSinceJudged
        guideAnswers {
          followUpTitle
          questionText
          unitName
          value
          outcome
        }
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

export const PREPARE = graphql(`
  mutation PrepareFollowUp($input: PrepareFollowUpInput!) {
    prepareFollowUp(input: $input) {
      id
    }
  }
`);

export const START = graphql(`
  mutation StartFollowUp($id: ID!) {
    startFollowUp(id: $id) {
      id
    }
  }
`);

export const REPORT = graphql(`
  mutation ReportFollowUp($input: ReportFollowUpInput!) {
    reportFollowUp(input: $input) {
      id
    }
  }
`);

export const RECHECK = graphql(`
  mutation RecheckFollowUpAction($input: RecheckActionInput!) {
    recheckFollowUpAction(input: $input) {
      id
    }
  }
`);

export const CLOSE = graphql(`
  mutation CloseFollowUp($id: ID!) {
    closeFollowUp(id: $id) {
      id
    }
  }
`);

export const PUBLISH = graphql(`
  mutation PublishFollowUpReport($id: ID!) {
    publishFollowUpReport(id: $id) {
      id
    }
  }
`);

export const CANCEL = graphql(`
  mutation CancelFollowUp($input: CancelFollowUpInput!) {
    cancelFollowUp(input: $input) {
      id
    }
  }
`);

export const RECORD_REQUIREMENT_FINDING = graphql(`
  mutation RecordRequirementFinding($input: RecordRequirementFindingInput!) {
    recordRequirementFinding(input: $input) {
      measured
      outcome
      requirement {
        id
        label
      }
    }
  }
`);
