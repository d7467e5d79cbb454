import { graphql } from '../__generated__';

export const ORDERING_LIST = graphql(`
  query OrderingListPage {
    orderingList {
      contractId
      position
      reason
      addedBy
      addedAt
      contract {
        id
        reference
        title
        status
      }
    }
    contracts {
      id
      reference
      title
      status
    }
  }
`);

export const ADD_TO_ORDERING_LIST = graphql(`
  mutation AddToOrderingList($input: AddToOrderingListInput!) {
    addToOrderingList(input: $input) {
      contractId
      position
    }
  }
`);

export const MOVE_ON_ORDERING_LIST = graphql(`
  mutation MoveOnOrderingList($input: MoveOnOrderingListInput!) {
    moveOnOrderingList(input: $input) {
      contractId
      position
    }
  }
`);

export const REMOVE_FROM_ORDERING_LIST = graphql(`
  mutation RemoveFromOrderingList($contractId: ID!) {
    removeFromOrderingList(contractId: $contractId) {
      contractId
      position
    }
  }
`);
