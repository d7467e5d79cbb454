// The operations external reporting systems run as REPORTING, typed against the supergraph: one
// that no longer validates fails the test command. Their names are the contract with those
// systems; keep them. REPORTING's allow-list (apps/gateway/reporting-operations.json, written by
// npm run reporting-operations) holds their texts as generated, beside the web pages' queries.
import { graphql } from './__generated__';

export const EXTERNAL_OPERATIONS = [
  graphql(`
    query DeviationStatisticsPerSector($from: String, $to: String) {
      deviationStatisticsBy(groupBy: SECTOR, filter: { from: $from, to: $to }) {
        key
        name
        statistics {
          total
          deviations
          lexSarah
          lexSarahReportedToIvo
          lexMaria
          lexMariaReportedToIvo
          complaints
          overdue
          closedWithinTwoMonths {
            numerator
            denominator
            share
            excluded
            excludedReason
          }
          actionsRegistered {
            numerator
            denominator
            share
          }
        }
      }
    }
  `),
  graphql(`
    query DeviationStatistics($filter: StatisticsFilter) {
      deviationStatistics(filter: $filter) {
        total
        deviations
        lexSarah
        lexSarahReportedToIvo
        lexMaria
        complaints
        overdue
        closedWithinTwoMonths {
          numerator
          denominator
          share
        }
      }
    }
  `),
  graphql(`
    query DeviationTrend($interval: TrendInterval!, $filter: StatisticsFilter) {
      deviationTrend(interval: $interval, filter: $filter) {
        period
        total
        deviations
        lexSarah
        lexMaria
        complaints
      }
    }
  `),
  graphql(`
    query DeviationBreakdown($by: DeviationBreakdownBy!, $filter: StatisticsFilter) {
      deviationBreakdown(by: $by, filter: $filter) {
        by
        kinds
        denominator
        previousYearDenominator
        previousYearPeriod {
          from
          to
        }
        entries {
          key
          label
          count {
            numerator
            denominator
            share
          }
          previousYear {
            numerator
            denominator
            share
          }
          change
        }
      }
    }
  `),
  graphql(`
    query DecisionsNotExecutedByQuarter($year: Int!) {
      decisionsNotExecutedByQuarter(year: $year) {
        quarter
        count
        bySector {
          sector
          count
        }
      }
    }
  `),
  graphql(`
    query DecisionsNotExecutedQuarterReport($year: Int!, $quarter: Int!) {
      decisionsNotExecutedQuarterReport(input: { year: $year, quarter: $quarter }) {
        quarter
        count
        executedInQuarter
        byIntervention {
          key
          numerator
          denominator
          executedInQuarter
        }
        byLaw {
          key
          numerator
          denominator
          executedInQuarter
        }
        byGender {
          key
          numerator
          denominator
          executedInQuarter
        }
        status {
          reportedOn
          reportedBy
        }
      }
    }
  `),
  graphql(`
    query SurveyDefinition($id: ID!) {
      surveyDefinition(id: $id) {
        id
        code
        version
        name
        questions {
          id
          text
          koladaKpi
        }
      }
    }
  `),
  graphql(`
    query SurveyRounds {
      surveyRounds {
        id
        name
        period
        status
        closedOn
        definitionId
      }
    }
  `),
  graphql(`
    query SurveyRound($id: ID!) {
      surveyRound(id: $id) {
        id
        name
        period
        status
        closedOn
      }
    }
  `),
  graphql(`
    query SurveyResults($roundId: ID!, $groupBy: SurveyResultGrouping!) {
      surveyResults(roundId: $roundId, groupBy: $groupBy) {
        key
        name
        answers
        responseRate {
          numerator
          denominator
          share
          excluded {
            reason
            count
          }
        }
        questions {
          questionId
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
  `),
  graphql(`
    query CaseFlowKpis($filter: CaseFlowFilter) {
      caseFlowKpis(filter: $filter) {
        month
        incoming
        outgoing
        balance
      }
    }
  `),
  graphql(`
    query ClosureReasons {
      closureReasons {
        code
        label
      }
    }
  `),
  graphql(`
    query Forecast($series: ForecastSeriesInput!, $horizon: Int!) {
      forecast(series: $series, horizon: $horizon) {
        model
        points {
          month
          value
          lower
          upper
        }
        accuracy {
          mase
          smape
          origins
        }
        baseline {
          mase
          smape
          origins
        }
        beatsBaseline
      }
    }
  `),
  graphql(`
    query PlacementSummary($from: String!, $to: String!) {
      placementSummary(from: $from, to: $to) {
        form
        placed
        careDays
        costSek
        costPerCareDay
        averageDurationDays
      }
    }
  `),
  graphql(`
    query Projection($serviceArea: String!, $region: String!, $fromYear: Int!, $years: Int!) {
      projection(serviceArea: $serviceArea, region: $region, fromYear: $fromYear, years: $years) {
        capacity
        runsOutIn
        years {
          year
          demand
          capacity
          shortfall
        }
      }
    }
  `),
];
