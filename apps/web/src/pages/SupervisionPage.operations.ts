import { graphql } from '../__generated__';

export const SUPERVISION_PROVIDERS = graphql(`
  query SupervisionProviders {
    providers {
      id
      name
      units {
        id
        name
      }
    }
  }
`);

export const SUPERVISION_CASES = graphql(`
  query SupervisionCases($filter: SupervisionCaseFilter) {
    supervisionCases(filter: $filter) {
      id
      authority
      caseNumber
      providerId
      unitId
      examined
      openedOn
      decision
      decidedOn
      decisionText
      closedOn
      responses {
        id
        required
        dueOn
        sentOn
        overdue
      }
    }
  }
`);

export const REGISTER_SUPERVISION_CASE = graphql(`
  mutation RegisterSupervisionCase($input: RegisterSupervisionCaseInput!) {
    registerSupervisionCase(input: $input) {
      id
      authority
      caseNumber
    }
  }
`);

export const ADD_SUPERVISION_RESPONSE = graphql(`
  mutation AddSupervisionResponse($input: AddSupervisionResponseInput!) {
    addSupervisionResponse(input: $input) {
      id
      version
    }
  }
`);

export const MARK_SUPERVISION_RESPONSE_SENT = graphql(`
  mutation MarkSupervisionResponseSent($input: MarkSupervisionResponseSentInput!) {
    markSupervisionResponseSent(input: $input) {
      id
      version
    }
  }
`);

export const RECORD_SUPERVISION_DECISION = graphql(`
  mutation RecordSupervisionDecision($input: RecordSupervisionDecisionInput!) {
    recordSupervisionDecision(input: $input) {
      id
      version
    }
  }
`);

export const CLOSE_SUPERVISION_CASE = graphql(`
  mutation CloseSupervisionCase($input: CloseSupervisionCaseInput!) {
    closeSupervisionCase(input: $input) {
      id
      version
      closedOn
    }
  }
`);
