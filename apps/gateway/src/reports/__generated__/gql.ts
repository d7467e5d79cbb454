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
    "\n  query QualityReportFollowUps($year: Int!) {\n    followUpPlan(year: $year) {\n      focusAreas\n      periods {\n        target\n      }\n      progress {\n        period\n        startsOn\n        endsOn\n        target\n        planned\n        done\n      }\n    }\n    followUps(year: $year) {\n      type\n      status\n    }\n    staffingReports(year: $year) {\n      unitId\n      half\n      version\n      managers\n      permanent\n      temporary\n      hourly\n      sickLeavePercent\n      staffTurnoverPercent\n    }\n  }\n": typeof types.QualityReportFollowUpsDocument,
    "\n  query QualityReportDeviations($filter: StatisticsFilter, $year: Int!) {\n    deviationStatisticsBy(groupBy: SECTOR, filter: $filter) {\n      key\n      statistics {\n        deviations\n        lexSarah\n        lexSarahReportedToIvo\n        lexMaria\n        lexMariaReportedToIvo\n        complaints\n        closedWithinTwoMonths {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n    deviationTrend(interval: MONTH, filter: $filter) {\n      period\n      deviations\n      complaints\n    }\n    decisionsNotExecutedByQuarter(year: $year) {\n      quarter\n      count\n    }\n  }\n": typeof types.QualityReportDeviationsDocument,
    "\n  query ReportSurveyRounds {\n    surveyRounds {\n      id\n      name\n      period\n      status\n      definitionId\n    }\n  }\n": typeof types.ReportSurveyRoundsDocument,
    "\n  query QualityReportSurveyResults($roundId: ID!) {\n    surveyResults(roundId: $roundId) {\n      answers\n      responseRate {\n        numerator\n        denominator\n        share\n        excluded {\n          reasonCode\n          units\n          count\n        }\n      }\n      questions {\n        text\n        suppressed\n        sharePositive {\n          numerator\n          denominator\n          share\n        }\n        national\n      }\n    }\n  }\n": typeof types.QualityReportSurveyResultsDocument,
    "\n  query QualityReportForecast {\n    forecast(series: { measure: INCOMING }, horizon: 12) {\n      model\n      points {\n        month\n        value\n        lower\n        upper\n      }\n      accuracy {\n        mase\n      }\n      baseline {\n        mase\n      }\n      beatsBaseline\n    }\n  }\n": typeof types.QualityReportForecastDocument,
    "\n  query QualityReportFlows($filter: CaseFlowFilter, $from: String!, $to: String!) {\n    caseFlowKpis(filter: $filter) {\n      month\n      incoming\n      outgoing\n      balance\n    }\n    placementSummary(from: $from, to: $to) {\n      form\n      placed\n      careDays\n      costSek\n      costPerCareDay\n      averageDurationDays\n    }\n  }\n": typeof types.QualityReportFlowsDocument,
    "\n  query BoardReport($year: Int!, $month: BoardReportMonth!, $boardId: ID) {\n    halfYearFollowUpReport(year: $year, month: $month, boardId: $boardId) {\n      from\n      to\n      followUps {\n        ...BoardFollowUp\n      }\n    }\n    boardQueue(boardId: $boardId) {\n      ...BoardFollowUp\n    }\n  }\n\n  fragment BoardFollowUp on FollowUp {\n    title\n    type\n    status\n    reportedOn\n    decisionNeeded\n    publishedOn\n    findings\n    contract {\n      reference\n    }\n    actions {\n      description\n      deadline\n      status\n    }\n  }\n": typeof types.BoardReportDocument,
    "\n  query KoladaDeviations($filter: StatisticsFilter) {\n    deviationStatistics(filter: $filter) {\n      lexSarah\n      complaints\n      closedWithinTwoMonths {\n        numerator\n        denominator\n        share\n      }\n      actionsRegistered {\n        numerator\n        denominator\n        share\n      }\n    }\n  }\n": typeof types.KoladaDeviationsDocument,
    "\n  query KoladaSurveyDefinition($id: ID!) {\n    surveyDefinition(id: $id) {\n      code\n      questions {\n        id\n        koladaKpi\n      }\n    }\n  }\n": typeof types.KoladaSurveyDefinitionDocument,
    "\n  query KoladaSurveyResults($roundId: ID!) {\n    total: surveyResults(roundId: $roundId) {\n      key\n      responseRate {\n        numerator\n        denominator\n        share\n      }\n      questions {\n        questionId\n        suppressed\n        sharePositive {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n    gender: surveyResults(roundId: $roundId, groupBy: GENDER) {\n      key\n      questions {\n        questionId\n        suppressed\n        sharePositive {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n  }\n": typeof types.KoladaSurveyResultsDocument,
    "\n  query FollowUpReport($id: ID!) {\n    followUp(id: $id) {\n      id\n      title\n      type\n      status\n      purpose\n      plannedOn\n      reportedOn\n      publishedOn\n      methods\n      findings\n      decisionNeeded\n      boardMeetingOn\n      contract {\n        reference\n        title\n        form\n        units {\n          name\n          serviceArea\n        }\n      }\n      provider {\n        name\n      }\n      actions {\n        description\n        deadline\n        status\n        actionPlan\n        completedOn\n        verifiedOn\n      }\n    }\n  }\n": typeof types.FollowUpReportDocument,
};
const documents: Documents = {
    "\n  query QualityReportFollowUps($year: Int!) {\n    followUpPlan(year: $year) {\n      focusAreas\n      periods {\n        target\n      }\n      progress {\n        period\n        startsOn\n        endsOn\n        target\n        planned\n        done\n      }\n    }\n    followUps(year: $year) {\n      type\n      status\n    }\n    staffingReports(year: $year) {\n      unitId\n      half\n      version\n      managers\n      permanent\n      temporary\n      hourly\n      sickLeavePercent\n      staffTurnoverPercent\n    }\n  }\n": types.QualityReportFollowUpsDocument,
    "\n  query QualityReportDeviations($filter: StatisticsFilter, $year: Int!) {\n    deviationStatisticsBy(groupBy: SECTOR, filter: $filter) {\n      key\n      statistics {\n        deviations\n        lexSarah\n        lexSarahReportedToIvo\n        lexMaria\n        lexMariaReportedToIvo\n        complaints\n        closedWithinTwoMonths {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n    deviationTrend(interval: MONTH, filter: $filter) {\n      period\n      deviations\n      complaints\n    }\n    decisionsNotExecutedByQuarter(year: $year) {\n      quarter\n      count\n    }\n  }\n": types.QualityReportDeviationsDocument,
    "\n  query ReportSurveyRounds {\n    surveyRounds {\n      id\n      name\n      period\n      status\n      definitionId\n    }\n  }\n": types.ReportSurveyRoundsDocument,
    "\n  query QualityReportSurveyResults($roundId: ID!) {\n    surveyResults(roundId: $roundId) {\n      answers\n      responseRate {\n        numerator\n        denominator\n        share\n        excluded {\n          reasonCode\n          units\n          count\n        }\n      }\n      questions {\n        text\n        suppressed\n        sharePositive {\n          numerator\n          denominator\n          share\n        }\n        national\n      }\n    }\n  }\n": types.QualityReportSurveyResultsDocument,
    "\n  query QualityReportForecast {\n    forecast(series: { measure: INCOMING }, horizon: 12) {\n      model\n      points {\n        month\n        value\n        lower\n        upper\n      }\n      accuracy {\n        mase\n      }\n      baseline {\n        mase\n      }\n      beatsBaseline\n    }\n  }\n": types.QualityReportForecastDocument,
    "\n  query QualityReportFlows($filter: CaseFlowFilter, $from: String!, $to: String!) {\n    caseFlowKpis(filter: $filter) {\n      month\n      incoming\n      outgoing\n      balance\n    }\n    placementSummary(from: $from, to: $to) {\n      form\n      placed\n      careDays\n      costSek\n      costPerCareDay\n      averageDurationDays\n    }\n  }\n": types.QualityReportFlowsDocument,
    "\n  query BoardReport($year: Int!, $month: BoardReportMonth!, $boardId: ID) {\n    halfYearFollowUpReport(year: $year, month: $month, boardId: $boardId) {\n      from\n      to\n      followUps {\n        ...BoardFollowUp\n      }\n    }\n    boardQueue(boardId: $boardId) {\n      ...BoardFollowUp\n    }\n  }\n\n  fragment BoardFollowUp on FollowUp {\n    title\n    type\n    status\n    reportedOn\n    decisionNeeded\n    publishedOn\n    findings\n    contract {\n      reference\n    }\n    actions {\n      description\n      deadline\n      status\n    }\n  }\n": types.BoardReportDocument,
    "\n  query KoladaDeviations($filter: StatisticsFilter) {\n    deviationStatistics(filter: $filter) {\n      lexSarah\n      complaints\n      closedWithinTwoMonths {\n        numerator\n        denominator\n        share\n      }\n      actionsRegistered {\n        numerator\n        denominator\n        share\n      }\n    }\n  }\n": types.KoladaDeviationsDocument,
    "\n  query KoladaSurveyDefinition($id: ID!) {\n    surveyDefinition(id: $id) {\n      code\n      questions {\n        id\n        koladaKpi\n      }\n    }\n  }\n": types.KoladaSurveyDefinitionDocument,
    "\n  query KoladaSurveyResults($roundId: ID!) {\n    total: surveyResults(roundId: $roundId) {\n      key\n      responseRate {\n        numerator\n        denominator\n        share\n      }\n      questions {\n        questionId\n        suppressed\n        sharePositive {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n    gender: surveyResults(roundId: $roundId, groupBy: GENDER) {\n      key\n      questions {\n        questionId\n        suppressed\n        sharePositive {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n  }\n": types.KoladaSurveyResultsDocument,
    "\n  query FollowUpReport($id: ID!) {\n    followUp(id: $id) {\n      id\n      title\n      type\n      status\n      purpose\n      plannedOn\n      reportedOn\n      publishedOn\n      methods\n      findings\n      decisionNeeded\n      boardMeetingOn\n      contract {\n        reference\n        title\n        form\n        units {\n          name\n          serviceArea\n        }\n      }\n      provider {\n        name\n      }\n      actions {\n        description\n        deadline\n        status\n        actionPlan\n        completedOn\n        verifiedOn\n      }\n    }\n  }\n": types.FollowUpReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityReportFollowUps($year: Int!) {\n    followUpPlan(year: $year) {\n      focusAreas\n      periods {\n        target\n      }\n      progress {\n        period\n        startsOn\n        endsOn\n        target\n        planned\n        done\n      }\n    }\n    followUps(year: $year) {\n      type\n      status\n    }\n    staffingReports(year: $year) {\n      unitId\n      half\n      version\n      managers\n      permanent\n      temporary\n      hourly\n      sickLeavePercent\n      staffTurnoverPercent\n    }\n  }\n"): typeof import('./graphql').QualityReportFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityReportDeviations($filter: StatisticsFilter, $year: Int!) {\n    deviationStatisticsBy(groupBy: SECTOR, filter: $filter) {\n      key\n      statistics {\n        deviations\n        lexSarah\n        lexSarahReportedToIvo\n        lexMaria\n        lexMariaReportedToIvo\n        complaints\n        closedWithinTwoMonths {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n    deviationTrend(interval: MONTH, filter: $filter) {\n      period\n      deviations\n      complaints\n    }\n    decisionsNotExecutedByQuarter(year: $year) {\n      quarter\n      count\n    }\n  }\n"): typeof import('./graphql').QualityReportDeviationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSurveyRounds {\n    surveyRounds {\n      id\n      name\n      period\n      status\n      definitionId\n    }\n  }\n"): typeof import('./graphql').ReportSurveyRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityReportSurveyResults($roundId: ID!) {\n    surveyResults(roundId: $roundId) {\n      answers\n      responseRate {\n        numerator\n        denominator\n        share\n        excluded {\n          reasonCode\n          units\n          count\n        }\n      }\n      questions {\n        text\n        suppressed\n        sharePositive {\n          numerator\n          denominator\n          share\n        }\n        national\n      }\n    }\n  }\n"): typeof import('./graphql').QualityReportSurveyResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityReportForecast {\n    forecast(series: { measure: INCOMING }, horizon: 12) {\n      model\n      points {\n        month\n        value\n        lower\n        upper\n      }\n      accuracy {\n        mase\n      }\n      baseline {\n        mase\n      }\n      beatsBaseline\n    }\n  }\n"): typeof import('./graphql').QualityReportForecastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityReportFlows($filter: CaseFlowFilter, $from: String!, $to: String!) {\n    caseFlowKpis(filter: $filter) {\n      month\n      incoming\n      outgoing\n      balance\n    }\n    placementSummary(from: $from, to: $to) {\n      form\n      placed\n      careDays\n      costSek\n      costPerCareDay\n      averageDurationDays\n    }\n  }\n"): typeof import('./graphql').QualityReportFlowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardReport($year: Int!, $month: BoardReportMonth!, $boardId: ID) {\n    halfYearFollowUpReport(year: $year, month: $month, boardId: $boardId) {\n      from\n      to\n      followUps {\n        ...BoardFollowUp\n      }\n    }\n    boardQueue(boardId: $boardId) {\n      ...BoardFollowUp\n    }\n  }\n\n  fragment BoardFollowUp on FollowUp {\n    title\n    type\n    status\n    reportedOn\n    decisionNeeded\n    publishedOn\n    findings\n    contract {\n      reference\n    }\n    actions {\n      description\n      deadline\n      status\n    }\n  }\n"): typeof import('./graphql').BoardReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KoladaDeviations($filter: StatisticsFilter) {\n    deviationStatistics(filter: $filter) {\n      lexSarah\n      complaints\n      closedWithinTwoMonths {\n        numerator\n        denominator\n        share\n      }\n      actionsRegistered {\n        numerator\n        denominator\n        share\n      }\n    }\n  }\n"): typeof import('./graphql').KoladaDeviationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KoladaSurveyDefinition($id: ID!) {\n    surveyDefinition(id: $id) {\n      code\n      questions {\n        id\n        koladaKpi\n      }\n    }\n  }\n"): typeof import('./graphql').KoladaSurveyDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KoladaSurveyResults($roundId: ID!) {\n    total: surveyResults(roundId: $roundId) {\n      key\n      responseRate {\n        numerator\n        denominator\n        share\n      }\n      questions {\n        questionId\n        suppressed\n        sharePositive {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n    gender: surveyResults(roundId: $roundId, groupBy: GENDER) {\n      key\n      questions {\n        questionId\n        suppressed\n        sharePositive {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').KoladaSurveyResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpReport($id: ID!) {\n    followUp(id: $id) {\n      id\n      title\n      type\n      status\n      purpose\n      plannedOn\n      reportedOn\n      publishedOn\n      methods\n      findings\n      decisionNeeded\n      boardMeetingOn\n      contract {\n        reference\n        title\n        form\n        units {\n          name\n          serviceArea\n        }\n      }\n      provider {\n        name\n      }\n      actions {\n        description\n        deadline\n        status\n        actionPlan\n        completedOn\n        verifiedOn\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpReportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
