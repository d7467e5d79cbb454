import { graphql } from '../__generated__';

export const OPEN_DECISIONS = graphql(`
  query DeviationDecisionsPageOpen {
    decisionsNotExecuted(openOnly: true) {
      id
      serviceArea
      law
      gender
      intervention
      decidedOn
      interruptedOn
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
      year
      number
      count
      ended
      reportedOn
      reportedBy
      reportedCount
      bySector {
        sector
        name
        count
      }
    }
  }
`);

export const QUARTER_REPORT = graphql(`
  query DeviationDecisionsPageQuarterReport($input: DecisionQuarterInput!) {
    decisionsNotExecutedQuarterReport(input: $input) {
      quarter
      count
      executedInQuarter
      byIntervention {
        key
        numerator
        denominator
        share
        executedInQuarter
      }
      byLaw {
        key
        numerator
        denominator
        share
        executedInQuarter
      }
      byGender {
        key
        numerator
        denominator
        share
        executedInQuarter
      }
      decisions {
        id
        intervention
        law
        gender
        decidedOn
        interruptedOn
        executedOn
        reason
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

export const RECORD_QUARTER_REPORTED = graphql(`
  mutation DeviationDecisionsPageRecordQuarterReported($input: DecisionQuarterInput!) {
    recordQuarterReported(input: $input) {
      quarter
      reportedOn
      reportedBy
    }
  }
`);
