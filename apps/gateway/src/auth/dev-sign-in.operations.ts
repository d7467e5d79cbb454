import { graphql } from './__generated__';

/** The providers the development sign-in offers a provider's staff member to act for. */
export const DEV_SIGN_IN_PROVIDERS = graphql(`
  query DevSignInProviders {
    providers {
      id
      name
    }
  }
`);
