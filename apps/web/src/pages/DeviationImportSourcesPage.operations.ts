import { graphql } from '../__generated__';

export const SAVE_IMPORT_SOURCE = graphql(`
  mutation SaveDeviationImportSource($input: SaveImportSourceInput!) {
    saveDeviationImportSource(input: $input) {
      code
      name
      version
    }
  }
`);

export const IMPORT_SOURCE_CATEGORIES = graphql(`
  query DeviationImportSourceCategories {
    deviationCategories {
      code
      label
    }
  }
`);
