import { graphql } from '../__generated__';

export const PROVIDER = graphql(`
  query ProviderPage($id: ID!) {
    boards {
      id
      name
      departments {
        id
        name
      }
    }
    provider(id: $id) {
      id
      name
      organisationNumber
      ownership
      deviationStatistics {
        total
        deviations
        lexSarah
        complaints
        overdue
        closedWithinTwoMonths {
          numerator
          denominator
          share
        }
      }
      caseFlow {
        month
        incoming
        outgoing
        balance
      }
      units {
        id
        name
        serviceArea
        places
        boardId
        departmentId
        externalCodes {
          system
          code
        }
        deviationStatistics {
          total
          open
        }
        surveyResults {
          roundName
          period
          answers
          responseRate {
            numerator
            denominator
            share
          }
          sharePositive
        }
        staffingReports {
          year
          half
          version
          sickLeavePercent
          staffTurnoverPercent
        }
        businessReports {
          year
          version
        }
      }
    }
    contracts(providerId: $id) {
      id
      reference
      title
      form
      status
      startDate
      endDate
      terminatedOn
      terminationReason
      boardId
      units {
        id
        name
      }
      requirements {
        id
        key
        label
        kind
        comparison
        target
        measureUnit
      }
      followUps {
        id
        title
        type
        status
        plannedOn
      }
    }
  }
`);

export const CREATE_UNIT = graphql(`
  mutation RegisterUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      name
    }
  }
`);

export const CREATE_CONTRACT = graphql(`
  mutation RegisterContract($input: CreateContractInput!) {
    createContract(input: $input) {
      id
      reference
    }
  }
`);

export const TERMINATE_CONTRACT = graphql(`
  mutation TerminateContract($input: TerminateContractInput!) {
    terminateContract(input: $input) {
      id
      terminatedOn
    }
  }
`);

export const CHANGE_HISTORY = graphql(`
  query ChangeHistory($entityId: ID!) {
    changeHistory(entityId: $entityId) {
      id
      entityType
      action
      changedBy
      changedAt
      changes
    }
  }
`);

export const UPDATE_PROVIDER = graphql(`
  mutation ChangeProvider($input: UpdateProviderInput!) {
    updateProvider(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_UNIT = graphql(`
  mutation ChangeUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_CONTRACT = graphql(`
  mutation ChangeContract($input: UpdateContractInput!) {
    updateContract(input: $input) {
      id
      reference
    }
  }
`);

export const PROVIDER_API_KEYS = graphql(`
  query ProviderApiKeys($providerId: ID!) {
    providerApiKeys(providerId: $providerId) {
      id
      name
      prefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const ISSUE_API_KEY = graphql(`
  mutation IssueProviderApiKey($input: CreateProviderApiKeyInput!) {
    createProviderApiKey(input: $input) {
      key
      apiKey {
        id
        name
      }
    }
  }
`);

export const REVOKE_API_KEY = graphql(`
  mutation RevokeProviderApiKey($id: ID!) {
    revokeProviderApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);
