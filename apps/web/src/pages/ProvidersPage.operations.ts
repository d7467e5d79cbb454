import { graphql } from '../__generated__';

export const PROVIDERS = graphql(`
  query ProvidersPage {
    providers {
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
`);

export const CREATE_PROVIDER = graphql(`
  mutation RegisterProvider($input: CreateProviderInput!) {
    createProvider(input: $input) {
      id
      name
    }
  }
`);
