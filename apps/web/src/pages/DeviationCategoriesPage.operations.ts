import { graphql } from '../__generated__';

export const ALL_CATEGORIES = graphql(`
  query DeviationCategoriesPage {
    deviationCategories(includeRetired: true) {
      id
      code
      label
      kinds
      active
    }
  }
`);

export const CREATE_CATEGORY = graphql(`
  mutation DeviationCategoriesPageCreate($input: CreateDeviationCategoryInput!) {
    createDeviationCategory(input: $input) {
      id
      label
    }
  }
`);

export const SET_CATEGORY_ACTIVE = graphql(`
  mutation DeviationCategoriesPageSetActive($input: SetDeviationCategoryActiveInput!) {
    setDeviationCategoryActive(input: $input) {
      id
      active
    }
  }
`);
