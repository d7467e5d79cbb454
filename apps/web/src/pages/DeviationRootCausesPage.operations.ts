import { graphql } from '../__generated__';

export const ALL_ROOT_CAUSES = graphql(`
  query DeviationRootCausesPage {
    rootCauses(includeRetired: true) {
      id
      code
      label
      active
    }
  }
`);

export const CREATE_ROOT_CAUSE = graphql(`
  mutation DeviationRootCausesPageCreate($input: CreateRootCauseInput!) {
    createRootCause(input: $input) {
      id
      label
    }
  }
`);

export const SET_ROOT_CAUSE_ACTIVE = graphql(`
  mutation DeviationRootCausesPageSetActive($input: SetRootCauseActiveInput!) {
    setRootCauseActive(input: $input) {
      id
      active
    }
  }
`);
