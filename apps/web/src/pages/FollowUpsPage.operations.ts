import { graphql } from '../__generated__';

export const FOLLOW_UPS = graphql(`
  query FollowUpsPage($year: Int!, $boardId: ID) {
    boards {
      id
      name
    }
    followUpPlan(year: $year, boardId: $boardId) {
      year
      boardId
      focusAreas
      periods {
        startsOn
        endsOn
        target
      }
      progress {
        period
        startsOn
        endsOn
        target
        planned
        done
        unplanned
      }
    }
    providers {
      id
      name
      units {
        id
        name
      }
    }
    contracts {
      id
      reference
      title
      status
    }
    boardQueue {
      id
      title
      reportedOn
      contract {
        reference
      }
    }
  }
`);

export const SAVE_PLAN = graphql(`
  mutation SaveFollowUpPlan($input: FollowUpPlanInput!) {
    saveFollowUpPlan(input: $input) {
      year
    }
  }
`);

export const PLAN_FOLLOW_UPS = graphql(`
  mutation PlanFollowUps($input: PlanFollowUpsInput!) {
    planFollowUps(input: $input) {
      id
      seed
      asOf
      shares {
        complaints
        ordering
        random
      }
      shortfall
      proposals {
        rank
        contractId
        reference
        third
        reasonCode
        orderedPosition
        riskScore
        complaints
        riskParts {
          kind
          count
          points
        }
      }
      skippedOrdered {
        contractId
        reasonCode
      }
    }
  }
`);

export const ACCEPT_PROPOSALS = graphql(`
  mutation AcceptFollowUpProposals($id: ID!, $input: AcceptProposalsInput) {
    acceptFollowUpProposals(selectionId: $id, contractIds: [], input: $input) {
      id
    }
  }
`);

export const PRESENT_TO_BOARD = graphql(`
  mutation PresentFollowUpToBoard($input: PresentToBoardInput!) {
    presentFollowUpToBoard(input: $input) {
      id
      boardMeetingOn
    }
  }
`);

export const FOLLOW_UPS_LIST = graphql(`
  query FollowUpsPageList(
    $year: Int
    $status: FollowUpStatus
    $type: FollowUpType
    $providerId: ID
    $unitId: ID
    $search: String
    $sortBy: FollowUpSortField!
    $descending: Boolean!
    $offset: Int!
    $limit: Int!
  ) {
    followUpsPage(
      year: $year
      status: $status
      type: $type
      providerId: $providerId
      unitId: $unitId
      search: $search
      sortBy: $sortBy
      descending: $descending
      offset: $offset
      limit: $limit
    ) {
      total
      offset
      limit
      items {
        id
        title
        type
        status
        plannedOn
        responsible
        provider {
          id
          name
        }
        contract {
          reference
          units {
            id
            name
          }
        }
      }
    }
  }
`);

/** The ordering function's kept list: the selection starts from it. */
export const KEPT_ORDERING_LIST = graphql(`
  query FollowUpsPageOrderingList {
    orderingList {
      contractId
    }
  }
`);

export const FOLLOW_UP_COVERAGE = graphql(`
  query FollowUpCoverage($year: Int!) {
    followUpCoverage(year: $year) {
      year
      asOf
      numerator
      denominator
      byServiceArea {
        serviceArea
        numerator
        denominator
      }
      byProvider {
        providerId
        providerName
        numerator
        denominator
      }
      uncoveredUnits {
        unitId
        unitName
        serviceArea
        providerId
        providerName
      }
      iopWithoutFollowUp {
        contractId
        reference
        title
        providerId
        providerName
        lastFollowedUpOn
        dueSince
      }
    }
  }
`);
