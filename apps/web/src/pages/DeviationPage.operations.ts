import { graphql } from '../__generated__';

export const DEVIATION = graphql(`
  query DeviationPage($id: ID!) {
    deviation(id: $id) {
      id
      kind
      status
      serviceArea
      occurredOn
      reportedOn
      description
      redactions
      investigationStartedOn
      actionsRegisteredOn
      actions
      finalAssessedOn
      finalAssessment
      closedOn
      seriousness
      ivoReportedOn
      ivoReference
      complainant
      complaintCategory
      category {
        code
        label
        active
      }
      unit {
        id
        name
      }
      provider {
        id
        name
      }
      twoMonthRule {
        deadline
        actionsInTime
        assessedInTime
        overdue
      }
      statusHistory {
        fromStatus
        toStatus
        changedBy
        changedAt
      }
      followUpId
      improvements {
        id
        title
        phase
        actDecision
      }
      rootCauses {
        id
        label
        active
      }
      assessmentHistory {
        seriousness
        ivoReportedOn
        ivoReference
        changedBy
        changedAt
      }
    }
  }
`);

export const CHANGE_STATUS = graphql(`
  mutation DeviationPageChangeStatus($input: ChangeDeviationStatusInput!) {
    changeDeviationStatus(input: $input) {
      id
      status
    }
  }
`);

export const ASSESS_SERIOUSNESS = graphql(`
  mutation DeviationPageAssessSeriousness($input: AssessSeriousnessInput!) {
    assessSeriousness(input: $input) {
      id
      seriousness
    }
  }
`);

export const REPORT_TO_IVO = graphql(`
  mutation DeviationPageReportToIvo($input: ReportToIvoInput!) {
    reportDeviationToIvo(input: $input) {
      id
      ivoReportedOn
      ivoReference
    }
  }
`);

/** The causes a deviation may be given: the managed list's active ones. */
export const ROOT_CAUSES = graphql(`
  query DeviationPageRootCauses {
    rootCauses(includeRetired: false) {
      id
      label
    }
  }
`);

export const SET_ROOT_CAUSES = graphql(`
  mutation DeviationPageSetRootCauses($input: SetRootCausesInput!) {
    setDeviationRootCauses(input: $input) {
      id
      rootCauses {
        id
      }
    }
  }
`);

/** What a deviation of its kind can be about: the kind's categories still in use. */
export const CATEGORIES = graphql(`
  query DeviationPageCategories($kind: DeviationKind!) {
    deviationCategories(kind: $kind) {
      code
      label
    }
  }
`);

export const SET_CATEGORY = graphql(`
  mutation DeviationPageSetCategory($input: SetDeviationCategoryInput!) {
    setDeviationCategory(input: $input) {
      id
      categoryCode
    }
  }
`);

/** The follow-ups a deviation's actions can belong to. */
export const FOLLOW_UPS = graphql(`
  query DeviationPageFollowUps {
    followUps {
      id
      title
      plannedOn
    }
  }
`);

export const LINK_FOLLOW_UP = graphql(`
  mutation DeviationPageLinkFollowUp($input: LinkFollowUpInput!) {
    linkDeviationToFollowUp(input: $input) {
      id
      followUpId
    }
  }
`);

/** The protected original: each read that returns it is logged, with the reason given. */
export const DEVIATION_ORIGINAL = graphql(`
  query DeviationPageOriginal($id: ID!, $reason: String) {
    deviation(id: $id) {
      id
      protectedDescription(reason: $reason)
    }
  }
`);
