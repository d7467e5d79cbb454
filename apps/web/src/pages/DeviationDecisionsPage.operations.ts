import { graphql } from '../__generated__';

export const OPEN_DECISIONS = graphql(`
  query DeviationDecisionsPageOpen {
    decisionsNotExecuted(openOnly: true) {
      id
      serviceArea
      intervention
      decidedOn
      reason
      executedOn
      unitId
    }
  }
`);

export const QUARTERS = graphql(`
  query DeviationDecisionsPageQuarters($year: Int!) {
    decisionsNotExecutedByQuarter(year: $year) {
      quarter
      count
      bySector {
        sector
        count
      }
    }
  }
`);

export const REGISTER_DECISION = graphql(`
  mutation DeviationDecisionsPageRegister($input: RegisterDecisionNotExecutedInput!) {
    registerDecisionNotExecuted(input: $input) {
      id
      intervention
    }
  }
`);

export const MARK_EXECUTED = graphql(`
  mutation DeviationDecisionsPageMarkExecuted($input: MarkDecisionExecutedInput!) {
    markDecisionExecuted(input: $input) {
      id
      executedOn
    }
  }
`);
