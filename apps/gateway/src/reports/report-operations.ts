import { graphql } from './__generated__';

/**
 * What the reports read from the services, as typed operations checked against the public
 * schema. Each runs against one subgraph (the report generator asks them directly), so each
 * reads only that subgraph's fields.
 */

export const QUALITY_REPORT_FOLLOW_UPS = graphql(`
  query QualityReportFollowUps($year: Int!) {
    followUpPlan(year: $year) {
      focusAreas
      periods {
        target
      }
      progress {
        period
        startsOn
        endsOn
        target
        planned
        done
      }
    }
    followUps(year: $year) {
      type
      status
    }
    staffingReports(year: $year) {
      unitId
      half
      version
      managers
      permanent
      temporary
      hourly
      sickLeavePercent
      staffTurnoverPercent
    }
  }
`);

export const QUALITY_REPORT_DEVIATIONS = graphql(`
  query QualityReportDeviations($filter: StatisticsFilter, $year: Int!) {
    deviationStatisticsBy(groupBy: SECTOR, filter: $filter) {
      key
      name
      statistics {
        deviations
        lexSarah
        lexSarahReportedToIvo
        lexMaria
        lexMariaReportedToIvo
        complaints
        closedWithinTwoMonths {
          numerator
          denominator
          share
        }
      }
    }
    deviationTrend(interval: MONTH, filter: $filter) {
      period
      deviations
      complaints
    }
    decisionsNotExecutedByQuarter(year: $year) {
      quarter
      count
    }
  }
`);

export const REPORT_SURVEY_ROUNDS = graphql(`
  query ReportSurveyRounds {
    surveyRounds {
      id
      name
      period
      status
      definitionId
    }
  }
`);

export const QUALITY_REPORT_SURVEY_RESULTS = graphql(`
  query QualityReportSurveyResults($roundId: ID!) {
    surveyResults(roundId: $roundId) {
      answers
      responseRate {
        numerator
        denominator
        share
        excluded {
          reasonCode
          units
          count
        }
      }
      questions {
        text
        suppressed
        sharePositive {
          numerator
          denominator
          share
        }
        national
      }
    }
  }
`);

export const QUALITY_REPORT_FORECAST = graphql(`
  query QualityReportForecast {
    forecast(series: { measure: INCOMING }, horizon: 12) {
      model
      points {
        month
        value
        lower
        upper
      }
      accuracy {
        mase
      }
      baseline {
        mase
      }
      beatsBaseline
    }
  }
`);

export const QUALITY_REPORT_FLOWS = graphql(`
  query QualityReportFlows($filter: CaseFlowFilter, $from: String!, $to: String!) {
    caseFlowKpis(filter: $filter) {
      month
      incoming
      outgoing
      balance
    }
    placementSummary(from: $from, to: $to) {
      form
      placed
      careDays
      costSek
      costPerCareDay
      averageDurationDays
    }
  }
`);

export const BOARD_REPORT = graphql(`
  query BoardReport($year: Int!, $month: BoardReportMonth!, $boardId: ID) {
    halfYearFollowUpReport(year: $year, month: $month, boardId: $boardId) {
      from
      to
      followUps {
        ...BoardFollowUp
      }
    }
    boardQueue(boardId: $boardId) {
      ...BoardFollowUp
    }
    boards {
      id
      name
    }
  }

  fragment BoardFollowUp on FollowUp {
    title
    type
    status
    reportedOn
    decisionNeeded
    publishedOn
    findings
    contract {
      reference
    }
    actions {
      description
      deadline
      status
    }
  }
`);

export const KOLADA_DEVIATIONS = graphql(`
  query KoladaDeviations($filter: StatisticsFilter) {
    deviationStatistics(filter: $filter) {
      lexSarah
      complaints
      closedWithinTwoMonths {
        numerator
        denominator
        share
      }
      actionsRegistered {
        numerator
        denominator
        share
      }
    }
  }
`);

export const KOLADA_SURVEY_DEFINITION = graphql(`
  query KoladaSurveyDefinition($id: ID!) {
    surveyDefinition(id: $id) {
      code
      questions {
        id
        koladaKpi
      }
    }
  }
`);

export const KOLADA_SURVEY_RESULTS = graphql(`
  query KoladaSurveyResults($roundId: ID!) {
    total: surveyResults(roundId: $roundId) {
      key
      responseRate {
        numerator
        denominator
        share
      }
      questions {
        questionId
        suppressed
        sharePositive {
          numerator
          denominator
          share
        }
      }
    }
    gender: surveyResults(roundId: $roundId, groupBy: GENDER) {
      key
      questions {
        questionId
        suppressed
        sharePositive {
          numerator
          denominator
          share
        }
      }
    }
  }
`);

export const FOLLOW_UP_REPORT = graphql(`
  query FollowUpReport($id: ID!) {
    followUp(id: $id) {
      id
      title
      type
      status
      purpose
      plannedOn
      reportedOn
      publishedOn
      methods
      findings
      decisionNeeded
      boardMeetingOn
      contract {
        reference
        title
        form
        units {
          name
          serviceAreaName
        }
      }
      provider {
        name
      }
      actions {
        description
        deadline
        status
        actionPlan
        completedOn
        verifiedOn
      }
    }
    thematicFollowUp(followUpId: $id) {
      guide {
        title
        version
        questions {
          key
          text
          askedWhenYes
        }
      }
      units {
        unitId
      }
      results {
        questionKey
        of
        values {
          value
          count
        }
        previous {
          yes {
            count
            of
          }
        }
      }
    }
  }
`);
