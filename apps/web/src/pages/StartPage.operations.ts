import { graphql } from '../__generated__';

export const OVERDUE_ACTIONS = graphql(`
  query StartPageOverdueActions {
    overdueFollowUpActions {
      id
      description
      deadline
      followUpId
    }
  }
`);

export const OVERDUE_DEVIATIONS = graphql(`
  query StartPageOverdueDeviations {
    overdueDeviations {
      id
      kind
      description
      reportedOn
      twoMonthRule {
        deadline
      }
    }
  }
`);

export const MISSING_REPORTS = graphql(`
  query StartPageMissingReports($year: Int!, $half: Int) {
    unitsMissingReport(kind: STAFFING, year: $year, half: $half) {
      id
      name
      providerId
      provider {
        name
      }
    }
  }
`);

export const PULSE = graphql(`
  query StartPagePulse($week: String!) {
    pulseOverview(week: $week) {
      period {
        name
      }
      signals {
        providerId
        providerName
        unitName
        questionText
        answerType
        score
      }
      missing {
        id
        name
      }
    }
  }
`);

export const RISKS = graphql(`
  query StartPageRisks {
    contracts {
      id
      reference
      title
      status
      providerId
      risk {
        score
        parts {
          kind
          count
        }
      }
    }
  }
`);

export const PROVIDER_ACTIVITY = graphql(`
  query StartPageProviderActivity {
    providerActivity(limit: 12) {
      kind
      provider {
        id
        name
      }
      unit {
        name
      }
      year
      half
      version
      followUpId
      action
      by
      at
    }
  }
`);

export const CASE_FLOW_DELIVERIES = graphql(`
  query StartPageCaseFlowDeliveries {
    caseFlowDeliveries(limit: 6) {
      providerId
      providerName
      unitName
      months
      reports
      by
      at
    }
  }
`);

export const OVERDUE_SUPERVISION = graphql(`
  query StartPageOverdueSupervision {
    overdueSupervisionResponses {
      caseId
      authority
      caseNumber
      responseId
      required
      dueOn
    }
  }
`);

export const IOP_WITHOUT_FOLLOW_UP = graphql(`
  query IopWithoutFollowUp {
    iopContractsWithoutFollowUp {
      contractId
      reference
      title
      providerId
      providerName
      lastFollowedUpOn
      dueSince
    }
  }
`);
