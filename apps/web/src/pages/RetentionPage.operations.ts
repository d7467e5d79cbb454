import { graphql } from '../__generated__';

export const RETENTION_SETTINGS = graphql(`
  query RetentionSettings {
    retentionSettings {
      protectedTextMonths
      freeTextMonths
      cron
      scheduled
    }
  }
`);

export const RETENTION_RUNS = graphql(`
  query RetentionRuns {
    retentionRuns {
      id
      ranAt
      ranBy
      ranByName
      originalsClosedBy
      freeTextsClosedBy
      originalsRemoved
      freeTextsAnonymised
      accessLogReasonsAnonymised
    }
  }
`);

export const RUN_RETENTION = graphql(`
  mutation RunRetention {
    runRetention {
      id
      originalsRemoved
      freeTextsAnonymised
      accessLogReasonsAnonymised
    }
  }
`);
