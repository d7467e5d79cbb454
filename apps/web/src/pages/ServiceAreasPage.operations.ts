import { graphql } from '../__generated__';

export const SERVICE_AREAS_PAGE = graphql(`
  query ServiceAreasPage {
    sectors {
      code
      name
      position
      serviceAreas {
        code
        name
        position
      }
    }
  }
`);

export const REGISTER_SECTOR = graphql(`
  mutation RegisterSector($input: RegisterSectorInput!) {
    registerSector(input: $input) {
      code
      name
    }
  }
`);

export const RENAME_SECTOR = graphql(`
  mutation RenameSector($input: RenameSectorInput!) {
    renameSector(input: $input) {
      code
      name
    }
  }
`);

export const REGISTER_SERVICE_AREA = graphql(`
  mutation RegisterServiceArea($input: RegisterServiceAreaInput!) {
    registerServiceArea(input: $input) {
      code
      name
      sector {
        code
        name
      }
    }
  }
`);

export const UPDATE_SERVICE_AREA = graphql(`
  mutation UpdateServiceArea($input: UpdateServiceAreaInput!) {
    updateServiceArea(input: $input) {
      code
      name
      sector {
        code
        name
      }
    }
  }
`);
