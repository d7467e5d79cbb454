import { graphql } from '../__generated__';

export const IMPROVEMENTS = graphql(`
  query DeviationImprovementsPage {
    improvements {
      id
      title
      phase
      plan
      doNotes
      studyResult
      studyNotes
      actDecision
      actNotes
      actCompletedOn
      studyDueOn
      deviations {
        id
        kind
        reportedOn
        description
        unit {
          id
          name
        }
      }
      deviationIds
      followUpId
    }
  }
`);

export const IMPROVEMENT_STATISTICS = graphql(`
  query DeviationImprovementsPageStatistics($interval: ImprovementInterval!, $filter: ImprovementStatisticsFilter) {
    improvementStatistics(interval: $interval, filter: $filter) {
      period
      from
      to
      started
      finished
      openAtEnd
      adopted {
        numerator
        denominator
        share
      }
      adapted {
        numerator
        denominator
        share
      }
      abandoned {
        numerator
        denominator
        share
      }
    }
  }
`);

export const IMPROVEMENT_UNITS = graphql(`
  query DeviationImprovementsPageUnits {
    units {
      id
      name
      providerId
    }
  }
`);

export const SOURCE_DEVIATION = graphql(`
  query DeviationImprovementsPageSource($id: ID!) {
    deviation(id: $id) {
      id
      unit {
        id
      }
    }
  }
`);

export const UNIT_DEVIATIONS = graphql(`
  query DeviationImprovementsPageUnitDeviations($filter: DeviationFilter) {
    deviations(filter: $filter) {
      id
      kind
      reportedOn
      description
    }
  }
`);

export const IMPROVEMENT_FOLLOW_UPS = graphql(`
  query DeviationImprovementsPageFollowUps {
    followUps {
      id
      title
      plannedOn
      providerId
    }
  }
`);

export const CREATE_IMPROVEMENT = graphql(`
  mutation DeviationImprovementsPageCreate($input: CreateImprovementInput!) {
    createImprovement(input: $input) {
      id
      title
    }
  }
`);

export const COMPLETE_PHASE = graphql(`
  mutation DeviationImprovementsPageCompletePhase($input: CompleteImprovementPhaseInput!) {
    completeImprovementPhase(input: $input) {
      id
      phase
    }
  }
`);

export const LINK_DEVIATIONS = graphql(`
  mutation DeviationImprovementsPageLinkDeviations($input: LinkImprovementToDeviationsInput!) {
    linkImprovementToDeviations(input: $input) {
      id
      deviationIds
    }
  }
`);

export const LINK_FOLLOW_UP = graphql(`
  mutation DeviationImprovementsPageLinkFollowUp($input: LinkImprovementToFollowUpInput!) {
    linkImprovementToFollowUp(input: $input) {
      id
      followUpId
    }
  }
`);
