import { graphql } from '../__generated__';

export const BOARDS = graphql(`
  query BoardsPage {
    boards {
      id
      name
      departments {
        id
        name
      }
    }
  }
`);

export const REGISTER_BOARD = graphql(`
  mutation RegisterBoard($input: RegisterBoardInput!) {
    registerBoard(input: $input) {
      id
      name
    }
  }
`);

export const RENAME_BOARD = graphql(`
  mutation RenameBoard($input: RenameBoardInput!) {
    renameBoard(input: $input) {
      id
      name
    }
  }
`);

export const REGISTER_DEPARTMENT = graphql(`
  mutation RegisterDepartment($input: RegisterDepartmentInput!) {
    registerDepartment(input: $input) {
      id
      name
    }
  }
`);
