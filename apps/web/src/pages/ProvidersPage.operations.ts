import { graphql } from '../__generated__';

export const PROVIDERS = graphql(`
  query ProvidersPage($page: ProvidersPageInput) {
    providersPage(page: $page) {
      total
      items {
        id
        name
        organisationNumber
        ownership
        units {
          id
          name
          serviceArea
          places
          deviationStatistics {
            total
            open
          }
        }
      }
    }
  }
`);

export const CREATE_PROVIDER = graphql(`
  mutation RegisterProvider($input: CreateProviderInput!) {
    createProvider(input: $input) {
      id
      name
    }
  }
`);
