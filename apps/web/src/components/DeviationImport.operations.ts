import { graphql } from '../__generated__';

export const IMPORT_SOURCES = graphql(`
  query DeviationImportSources {
    deviationImportSources {
      code
      name
      unitCodeSystem
      version
      updatedAt
      columns {
        field
        header
      }
      values {
        field
        from
        to
      }
    }
  }
`);

export const PREVIEW_IMPORT = graphql(`
  query DeviationImportPreview($csv: String!, $source: String) {
    previewDeviationImport(csv: $csv, source: $source) {
      accepted
      created
      changed
      unchanged
      errors {
        line
        column
        rule
        params
      }
      rows {
        line
        externalId
        unitName
        kind
        occurredOn
        reportedOn
        status
        categoryLabel
        change
      }
    }
  }
`);

export const IMPORT_DEVIATIONS = graphql(`
  mutation DeviationsImport($csv: String!, $source: String) {
    importDeviations(csv: $csv, source: $source) {
      accepted
      imported
      created
      changed
      unchanged
      errors {
        line
        column
        rule
        params
      }
    }
  }
`);

export const IMPORT_JOB = graphql(`
  query DeviationImportJob($id: ID!) {
    deviationImportJob(id: $id) {
      id
      status
      dryRun
      bytesTotal
      bytesRead
      rowsRead
      rowsDone
      created
      changed
      unchanged
      errorCount
      errors {
        line
        column
        rule
        params
      }
      preview {
        line
        externalId
        unitName
        kind
        occurredOn
        reportedOn
        status
        categoryLabel
        change
      }
    }
  }
`);
