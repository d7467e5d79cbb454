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
      studyDueOn
      deviationIds
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
