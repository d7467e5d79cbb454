import { graphql } from '../__generated__';

// The ProviderContacts component's own operations, so the officials' provider page and the
// provider portal can both use it without sharing a page's query.

export const PROVIDER_CONTACTS = graphql(`
  query ProviderContacts($providerId: ID!) {
    provider(id: $providerId) {
      id
      name
      contacts {
        id
        name
        email
        topics
      }
    }
  }
`);

export const ADD_PROVIDER_CONTACT = graphql(`
  mutation AddProviderContact($input: AddProviderContactInput!) {
    addProviderContact(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_PROVIDER_CONTACT = graphql(`
  mutation ChangeProviderContact($input: UpdateProviderContactInput!) {
    updateProviderContact(input: $input) {
      id
      name
    }
  }
`);

export const REMOVE_PROVIDER_CONTACT = graphql(`
  mutation RemoveProviderContact($id: ID!) {
    removeProviderContact(id: $id) {
      id
      name
    }
  }
`);
