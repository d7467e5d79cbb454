import { graphql } from '../__generated__';

/** The boards a board report can be for (officials; the reporting role makes the municipality's). */
export const BOARDS = graphql(`
  query ReportsPageBoards {
    boards {
      id
      name
    }
  }
`);
