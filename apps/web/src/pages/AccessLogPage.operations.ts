import { graphql } from '../__generated__';

export const ACCESS_LOG = graphql(`
  query AccessLogPage($filter: AccessLogFilter, $paging: AccessLogPaging) {
    accessLog(filter: $filter, paging: $paging) {
      total
      offset
      limit
      items {
        id
        readAt
        readerSub
        readerName
        readerRoles
        recordKind
        recordIds
        deviationKind
        field
        reason
      }
    }
  }
`);

export const MY_ACCESS_LOG = graphql(`
  query MyAccessLogPage($paging: AccessLogPaging) {
    myAccessLog(paging: $paging) {
      total
      offset
      limit
      items {
        id
        readAt
        readerSub
        readerName
        readerRoles
        recordKind
        recordIds
        deviationKind
        field
        reason
      }
    }
  }
`);
