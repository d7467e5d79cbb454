import { graphql } from '../__generated__';

export const ADD_CONTRACT_REQUIREMENT = graphql(`
  mutation AddContractRequirement($input: AddContractRequirementInput!) {
    addContractRequirement(input: $input) {
      id
      key
      label
    }
  }
`);

export const UPDATE_CONTRACT_REQUIREMENT = graphql(`
  mutation UpdateContractRequirement($input: UpdateContractRequirementInput!) {
    updateContractRequirement(input: $input) {
      id
      key
      label
    }
  }
`);

export const REMOVE_CONTRACT_REQUIREMENT = graphql(`
  mutation RemoveContractRequirement($requirementId: ID!) {
    removeContractRequirement(requirementId: $requirementId) {
      id
      label
    }
  }
`);
