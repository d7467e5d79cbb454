/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n    query DeviationStatisticsPerSector($from: String, $to: String) {\n      deviationStatisticsBy(groupBy: SECTOR, filter: { from: $from, to: $to }) {\n        key\n        name\n        statistics {\n          total\n          deviations\n          lexSarah\n          lexSarahReportedToIvo\n          lexMaria\n          lexMariaReportedToIvo\n          complaints\n          overdue\n          closedWithinTwoMonths {\n            numerator\n            denominator\n            share\n            excluded\n            excludedReason\n          }\n          actionsRegistered {\n            numerator\n            denominator\n            share\n          }\n        }\n      }\n    }\n  ": typeof types.DeviationStatisticsPerSectorDocument,
    "\n    query DeviationStatistics($filter: StatisticsFilter) {\n      deviationStatistics(filter: $filter) {\n        total\n        deviations\n        lexSarah\n        lexSarahReportedToIvo\n        lexMaria\n        complaints\n        overdue\n        closedWithinTwoMonths {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n  ": typeof types.DeviationStatisticsDocument,
    "\n    query DeviationTrend($interval: TrendInterval!, $filter: StatisticsFilter) {\n      deviationTrend(interval: $interval, filter: $filter) {\n        period\n        total\n        deviations\n        lexSarah\n        lexMaria\n        complaints\n      }\n    }\n  ": typeof types.DeviationTrendDocument,
    "\n    query DeviationBreakdown($by: DeviationBreakdownBy!, $filter: StatisticsFilter) {\n      deviationBreakdown(by: $by, filter: $filter) {\n        by\n        kinds\n        denominator\n        previousYearDenominator\n        previousYearPeriod {\n          from\n          to\n        }\n        entries {\n          key\n          label\n          count {\n            numerator\n            denominator\n            share\n          }\n          previousYear {\n            numerator\n            denominator\n            share\n          }\n          change\n        }\n      }\n    }\n  ": typeof types.DeviationBreakdownDocument,
    "\n    query DecisionsNotExecutedByQuarter($year: Int!) {\n      decisionsNotExecutedByQuarter(year: $year) {\n        quarter\n        count\n        bySector {\n          sector\n          count\n        }\n      }\n    }\n  ": typeof types.DecisionsNotExecutedByQuarterDocument,
    "\n    query DecisionsNotExecutedQuarterReport($year: Int!, $quarter: Int!) {\n      decisionsNotExecutedQuarterReport(input: { year: $year, quarter: $quarter }) {\n        quarter\n        count\n        executedInQuarter\n        byIntervention {\n          key\n          numerator\n          denominator\n          executedInQuarter\n        }\n        byLaw {\n          key\n          numerator\n          denominator\n          executedInQuarter\n        }\n        byGender {\n          key\n          numerator\n          denominator\n          executedInQuarter\n        }\n        status {\n          reportedOn\n          reportedBy\n        }\n      }\n    }\n  ": typeof types.DecisionsNotExecutedQuarterReportDocument,
    "\n    query SurveyDefinition($id: ID!) {\n      surveyDefinition(id: $id) {\n        id\n        code\n        version\n        name\n        questions {\n          id\n          text\n          koladaKpi\n        }\n      }\n    }\n  ": typeof types.SurveyDefinitionDocument,
    "\n    query SurveyRounds {\n      surveyRounds {\n        id\n        name\n        period\n        status\n        closedOn\n        definitionId\n      }\n    }\n  ": typeof types.SurveyRoundsDocument,
    "\n    query SurveyRound($id: ID!) {\n      surveyRound(id: $id) {\n        id\n        name\n        period\n        status\n        closedOn\n      }\n    }\n  ": typeof types.SurveyRoundDocument,
    "\n    query SurveyResults($roundId: ID!, $groupBy: SurveyResultGrouping!) {\n      surveyResults(roundId: $roundId, groupBy: $groupBy) {\n        key\n        name\n        answers\n        responseRate {\n          numerator\n          denominator\n          share\n          excluded {\n            reason\n            count\n          }\n        }\n        questions {\n          questionId\n          suppressed\n          sharePositive {\n            numerator\n            denominator\n            share\n          }\n          national\n        }\n      }\n    }\n  ": typeof types.SurveyResultsDocument,
    "\n    query CaseFlowKpis($filter: CaseFlowFilter) {\n      caseFlowKpis(filter: $filter) {\n        month\n        incoming\n        outgoing\n        balance\n      }\n    }\n  ": typeof types.CaseFlowKpisDocument,
    "\n    query ClosureReasons {\n      closureReasons {\n        code\n        label\n      }\n    }\n  ": typeof types.ClosureReasonsDocument,
    "\n    query Forecast($series: ForecastSeriesInput!, $horizon: Int!) {\n      forecast(series: $series, horizon: $horizon) {\n        model\n        points {\n          month\n          value\n          lower\n          upper\n        }\n        accuracy {\n          mase\n          smape\n          origins\n        }\n        baseline {\n          mase\n          smape\n          origins\n        }\n        beatsBaseline\n      }\n    }\n  ": typeof types.ForecastDocument,
    "\n    query PlacementSummary($from: String!, $to: String!) {\n      placementSummary(from: $from, to: $to) {\n        form\n        placed\n        careDays\n        costSek\n        costPerCareDay\n        averageDurationDays\n      }\n    }\n  ": typeof types.PlacementSummaryDocument,
    "\n    query Projection($serviceArea: String!, $region: String!, $fromYear: Int!, $years: Int!) {\n      projection(serviceArea: $serviceArea, region: $region, fromYear: $fromYear, years: $years) {\n        capacity\n        runsOutIn\n        years {\n          year\n          demand\n          capacity\n          shortfall\n        }\n      }\n    }\n  ": typeof types.ProjectionDocument,
};
const documents: Documents = {
    "\n    query DeviationStatisticsPerSector($from: String, $to: String) {\n      deviationStatisticsBy(groupBy: SECTOR, filter: { from: $from, to: $to }) {\n        key\n        name\n        statistics {\n          total\n          deviations\n          lexSarah\n          lexSarahReportedToIvo\n          lexMaria\n          lexMariaReportedToIvo\n          complaints\n          overdue\n          closedWithinTwoMonths {\n            numerator\n            denominator\n            share\n            excluded\n            excludedReason\n          }\n          actionsRegistered {\n            numerator\n            denominator\n            share\n          }\n        }\n      }\n    }\n  ": types.DeviationStatisticsPerSectorDocument,
    "\n    query DeviationStatistics($filter: StatisticsFilter) {\n      deviationStatistics(filter: $filter) {\n        total\n        deviations\n        lexSarah\n        lexSarahReportedToIvo\n        lexMaria\n        complaints\n        overdue\n        closedWithinTwoMonths {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n  ": types.DeviationStatisticsDocument,
    "\n    query DeviationTrend($interval: TrendInterval!, $filter: StatisticsFilter) {\n      deviationTrend(interval: $interval, filter: $filter) {\n        period\n        total\n        deviations\n        lexSarah\n        lexMaria\n        complaints\n      }\n    }\n  ": types.DeviationTrendDocument,
    "\n    query DeviationBreakdown($by: DeviationBreakdownBy!, $filter: StatisticsFilter) {\n      deviationBreakdown(by: $by, filter: $filter) {\n        by\n        kinds\n        denominator\n        previousYearDenominator\n        previousYearPeriod {\n          from\n          to\n        }\n        entries {\n          key\n          label\n          count {\n            numerator\n            denominator\n            share\n          }\n          previousYear {\n            numerator\n            denominator\n            share\n          }\n          change\n        }\n      }\n    }\n  ": types.DeviationBreakdownDocument,
    "\n    query DecisionsNotExecutedByQuarter($year: Int!) {\n      decisionsNotExecutedByQuarter(year: $year) {\n        quarter\n        count\n        bySector {\n          sector\n          count\n        }\n      }\n    }\n  ": types.DecisionsNotExecutedByQuarterDocument,
    "\n    query DecisionsNotExecutedQuarterReport($year: Int!, $quarter: Int!) {\n      decisionsNotExecutedQuarterReport(input: { year: $year, quarter: $quarter }) {\n        quarter\n        count\n        executedInQuarter\n        byIntervention {\n          key\n          numerator\n          denominator\n          executedInQuarter\n        }\n        byLaw {\n          key\n          numerator\n          denominator\n          executedInQuarter\n        }\n        byGender {\n          key\n          numerator\n          denominator\n          executedInQuarter\n        }\n        status {\n          reportedOn\n          reportedBy\n        }\n      }\n    }\n  ": types.DecisionsNotExecutedQuarterReportDocument,
    "\n    query SurveyDefinition($id: ID!) {\n      surveyDefinition(id: $id) {\n        id\n        code\n        version\n        name\n        questions {\n          id\n          text\n          koladaKpi\n        }\n      }\n    }\n  ": types.SurveyDefinitionDocument,
    "\n    query SurveyRounds {\n      surveyRounds {\n        id\n        name\n        period\n        status\n        closedOn\n        definitionId\n      }\n    }\n  ": types.SurveyRoundsDocument,
    "\n    query SurveyRound($id: ID!) {\n      surveyRound(id: $id) {\n        id\n        name\n        period\n        status\n        closedOn\n      }\n    }\n  ": types.SurveyRoundDocument,
    "\n    query SurveyResults($roundId: ID!, $groupBy: SurveyResultGrouping!) {\n      surveyResults(roundId: $roundId, groupBy: $groupBy) {\n        key\n        name\n        answers\n        responseRate {\n          numerator\n          denominator\n          share\n          excluded {\n            reason\n            count\n          }\n        }\n        questions {\n          questionId\n          suppressed\n          sharePositive {\n            numerator\n            denominator\n            share\n          }\n          national\n        }\n      }\n    }\n  ": types.SurveyResultsDocument,
    "\n    query CaseFlowKpis($filter: CaseFlowFilter) {\n      caseFlowKpis(filter: $filter) {\n        month\n        incoming\n        outgoing\n        balance\n      }\n    }\n  ": types.CaseFlowKpisDocument,
    "\n    query ClosureReasons {\n      closureReasons {\n        code\n        label\n      }\n    }\n  ": types.ClosureReasonsDocument,
    "\n    query Forecast($series: ForecastSeriesInput!, $horizon: Int!) {\n      forecast(series: $series, horizon: $horizon) {\n        model\n        points {\n          month\n          value\n          lower\n          upper\n        }\n        accuracy {\n          mase\n          smape\n          origins\n        }\n        baseline {\n          mase\n          smape\n          origins\n        }\n        beatsBaseline\n      }\n    }\n  ": types.ForecastDocument,
    "\n    query PlacementSummary($from: String!, $to: String!) {\n      placementSummary(from: $from, to: $to) {\n        form\n        placed\n        careDays\n        costSek\n        costPerCareDay\n        averageDurationDays\n      }\n    }\n  ": types.PlacementSummaryDocument,
    "\n    query Projection($serviceArea: String!, $region: String!, $fromYear: Int!, $years: Int!) {\n      projection(serviceArea: $serviceArea, region: $region, fromYear: $fromYear, years: $years) {\n        capacity\n        runsOutIn\n        years {\n          year\n          demand\n          capacity\n          shortfall\n        }\n      }\n    }\n  ": types.ProjectionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DeviationStatisticsPerSector($from: String, $to: String) {\n      deviationStatisticsBy(groupBy: SECTOR, filter: { from: $from, to: $to }) {\n        key\n        name\n        statistics {\n          total\n          deviations\n          lexSarah\n          lexSarahReportedToIvo\n          lexMaria\n          lexMariaReportedToIvo\n          complaints\n          overdue\n          closedWithinTwoMonths {\n            numerator\n            denominator\n            share\n            excluded\n            excludedReason\n          }\n          actionsRegistered {\n            numerator\n            denominator\n            share\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').DeviationStatisticsPerSectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DeviationStatistics($filter: StatisticsFilter) {\n      deviationStatistics(filter: $filter) {\n        total\n        deviations\n        lexSarah\n        lexSarahReportedToIvo\n        lexMaria\n        complaints\n        overdue\n        closedWithinTwoMonths {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n  "): typeof import('./graphql').DeviationStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DeviationTrend($interval: TrendInterval!, $filter: StatisticsFilter) {\n      deviationTrend(interval: $interval, filter: $filter) {\n        period\n        total\n        deviations\n        lexSarah\n        lexMaria\n        complaints\n      }\n    }\n  "): typeof import('./graphql').DeviationTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DeviationBreakdown($by: DeviationBreakdownBy!, $filter: StatisticsFilter) {\n      deviationBreakdown(by: $by, filter: $filter) {\n        by\n        kinds\n        denominator\n        previousYearDenominator\n        previousYearPeriod {\n          from\n          to\n        }\n        entries {\n          key\n          label\n          count {\n            numerator\n            denominator\n            share\n          }\n          previousYear {\n            numerator\n            denominator\n            share\n          }\n          change\n        }\n      }\n    }\n  "): typeof import('./graphql').DeviationBreakdownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DecisionsNotExecutedByQuarter($year: Int!) {\n      decisionsNotExecutedByQuarter(year: $year) {\n        quarter\n        count\n        bySector {\n          sector\n          count\n        }\n      }\n    }\n  "): typeof import('./graphql').DecisionsNotExecutedByQuarterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DecisionsNotExecutedQuarterReport($year: Int!, $quarter: Int!) {\n      decisionsNotExecutedQuarterReport(input: { year: $year, quarter: $quarter }) {\n        quarter\n        count\n        executedInQuarter\n        byIntervention {\n          key\n          numerator\n          denominator\n          executedInQuarter\n        }\n        byLaw {\n          key\n          numerator\n          denominator\n          executedInQuarter\n        }\n        byGender {\n          key\n          numerator\n          denominator\n          executedInQuarter\n        }\n        status {\n          reportedOn\n          reportedBy\n        }\n      }\n    }\n  "): typeof import('./graphql').DecisionsNotExecutedQuarterReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SurveyDefinition($id: ID!) {\n      surveyDefinition(id: $id) {\n        id\n        code\n        version\n        name\n        questions {\n          id\n          text\n          koladaKpi\n        }\n      }\n    }\n  "): typeof import('./graphql').SurveyDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SurveyRounds {\n      surveyRounds {\n        id\n        name\n        period\n        status\n        closedOn\n        definitionId\n      }\n    }\n  "): typeof import('./graphql').SurveyRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SurveyRound($id: ID!) {\n      surveyRound(id: $id) {\n        id\n        name\n        period\n        status\n        closedOn\n      }\n    }\n  "): typeof import('./graphql').SurveyRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SurveyResults($roundId: ID!, $groupBy: SurveyResultGrouping!) {\n      surveyResults(roundId: $roundId, groupBy: $groupBy) {\n        key\n        name\n        answers\n        responseRate {\n          numerator\n          denominator\n          share\n          excluded {\n            reason\n            count\n          }\n        }\n        questions {\n          questionId\n          suppressed\n          sharePositive {\n            numerator\n            denominator\n            share\n          }\n          national\n        }\n      }\n    }\n  "): typeof import('./graphql').SurveyResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CaseFlowKpis($filter: CaseFlowFilter) {\n      caseFlowKpis(filter: $filter) {\n        month\n        incoming\n        outgoing\n        balance\n      }\n    }\n  "): typeof import('./graphql').CaseFlowKpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ClosureReasons {\n      closureReasons {\n        code\n        label\n      }\n    }\n  "): typeof import('./graphql').ClosureReasonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Forecast($series: ForecastSeriesInput!, $horizon: Int!) {\n      forecast(series: $series, horizon: $horizon) {\n        model\n        points {\n          month\n          value\n          lower\n          upper\n        }\n        accuracy {\n          mase\n          smape\n          origins\n        }\n        baseline {\n          mase\n          smape\n          origins\n        }\n        beatsBaseline\n      }\n    }\n  "): typeof import('./graphql').ForecastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PlacementSummary($from: String!, $to: String!) {\n      placementSummary(from: $from, to: $to) {\n        form\n        placed\n        careDays\n        costSek\n        costPerCareDay\n        averageDurationDays\n      }\n    }\n  "): typeof import('./graphql').PlacementSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Projection($serviceArea: String!, $region: String!, $fromYear: Int!, $years: Int!) {\n      projection(serviceArea: $serviceArea, region: $region, fromYear: $fromYear, years: $years) {\n        capacity\n        runsOutIn\n        years {\n          year\n          demand\n          capacity\n          shortfall\n        }\n      }\n    }\n  "): typeof import('./graphql').ProjectionDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
