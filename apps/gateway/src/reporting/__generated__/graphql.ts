/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CaseFlowFilter = {
  from?: string | null | undefined;
  providerId?: string | null | undefined;
  service?: string | null | undefined;
  source?: CaseFlowSource;
  to?: string | null | undefined;
  unitId?: string | null | undefined;
};

export type CaseFlowMeasure =
  | 'BALANCE'
  | 'INCOMING'
  | 'OUTGOING';

/** PROVIDER: the provider's service cases; ADMINISTRATION: the municipality's assessed (bistånd) cases. */
export type CaseFlowSource =
  | 'ADMINISTRATION'
  | 'PROVIDER';

/** What deviations are counted by: category (deviations, lex Sarah/Maria), root cause, complaint category or complainant (complaints). */
export type DeviationBreakdownBy =
  | 'CATEGORY'
  | 'COMPLAINANT'
  | 'COMPLAINT_CATEGORY'
  | 'ROOT_CAUSE';

/** SoL/LSS, HSL, lex Sarah, lex Maria, complaint, decision not executed. */
export type DeviationKind =
  | 'COMPLAINT'
  | 'DECISION_NOT_EXECUTED'
  | 'HSL'
  | 'LEX_MARIA'
  | 'LEX_SARAH'
  | 'SOL_LSS';

/** Which monthly case-flow series to forecast. */
export type ForecastSeriesInput = {
  measure?: CaseFlowMeasure;
  providerId?: string | null | undefined;
  service?: string | null | undefined;
  unitId?: string | null | undefined;
};

/** Which deviations to count: reported between from and to (inclusive), and where. */
export type StatisticsFilter = {
  /** Deviations of the board's (nämndens) units. */
  boardId?: string | null | undefined;
  from?: string | null | undefined;
  providerId?: string | null | undefined;
  /** A code from sectors. */
  sector?: string | null | undefined;
  /** A code from serviceAreas. */
  serviceArea?: string | null | undefined;
  to?: string | null | undefined;
  unitId?: string | null | undefined;
};

/** TOTAL, per UNIT, PROVIDER, SERVICE_AREA (the form, e.g. group home vs service home) or GENDER. */
export type SurveyResultGrouping =
  | 'GENDER'
  | 'PROVIDER'
  | 'SERVICE_AREA'
  | 'TOTAL'
  | 'UNIT';

export type SurveyRoundStatus =
  | 'CLOSED'
  | 'OPEN';

export type TrendInterval =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type DeviationStatisticsPerSectorQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DeviationStatisticsPerSectorQuery = { deviationStatisticsBy: Array<{ key: string, name: string | null, statistics: { total: number, deviations: number, lexSarah: number, lexSarahReportedToIvo: number, lexMaria: number, lexMariaReportedToIvo: number, complaints: number, overdue: number, closedWithinTwoMonths: { numerator: number, denominator: number, share: number | null, excluded: number, excludedReason: string | null }, actionsRegistered: { numerator: number, denominator: number, share: number | null } } }> };

export type DeviationStatisticsQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
}>;


export type DeviationStatisticsQuery = { deviationStatistics: { total: number, deviations: number, lexSarah: number, lexSarahReportedToIvo: number, lexMaria: number, complaints: number, overdue: number, closedWithinTwoMonths: { numerator: number, denominator: number, share: number | null } } };

export type DeviationTrendQueryVariables = Exact<{
  interval: TrendInterval;
  filter?: StatisticsFilter | null | undefined;
}>;


export type DeviationTrendQuery = { deviationTrend: Array<{ period: string, total: number, deviations: number, lexSarah: number, lexMaria: number, complaints: number }> };

export type DeviationBreakdownQueryVariables = Exact<{
  by: DeviationBreakdownBy;
  filter?: StatisticsFilter | null | undefined;
}>;


export type DeviationBreakdownQuery = { deviationBreakdown: { by: DeviationBreakdownBy, kinds: Array<DeviationKind>, denominator: number, previousYearDenominator: number | null, previousYearPeriod: { from: string | null, to: string } | null, entries: Array<{ key: string | null, label: string | null, change: number | null, count: { numerator: number, denominator: number, share: number | null }, previousYear: { numerator: number, denominator: number, share: number | null } | null }> } };

export type DecisionsNotExecutedByQuarterQueryVariables = Exact<{
  year: number;
}>;


export type DecisionsNotExecutedByQuarterQuery = { decisionsNotExecutedByQuarter: Array<{ quarter: string, count: number, bySector: Array<{ sector: string, count: number }> }> };

export type DecisionsNotExecutedQuarterReportQueryVariables = Exact<{
  year: number;
  quarter: number;
}>;


export type DecisionsNotExecutedQuarterReportQuery = { decisionsNotExecutedQuarterReport: { quarter: string, count: number, executedInQuarter: number, byIntervention: Array<{ key: string, numerator: number, denominator: number, executedInQuarter: number }>, byLaw: Array<{ key: string, numerator: number, denominator: number, executedInQuarter: number }>, byGender: Array<{ key: string, numerator: number, denominator: number, executedInQuarter: number }>, status: { reportedOn: string | null, reportedBy: string | null } } };

export type SurveyDefinitionQueryVariables = Exact<{
  id: string;
}>;


export type SurveyDefinitionQuery = { surveyDefinition: { id: string, code: string, version: number, name: string, questions: Array<{ id: string, text: string, koladaKpi: string | null }> } | null };

export type SurveyRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyRoundsQuery = { surveyRounds: Array<{ id: string, name: string, period: string, status: SurveyRoundStatus, closedOn: string | null, definitionId: string }> };

export type SurveyRoundQueryVariables = Exact<{
  id: string;
}>;


export type SurveyRoundQuery = { surveyRound: { id: string, name: string, period: string, status: SurveyRoundStatus, closedOn: string | null } | null };

export type SurveyResultsQueryVariables = Exact<{
  roundId: string;
  groupBy: SurveyResultGrouping;
}>;


export type SurveyResultsQuery = { surveyResults: Array<{ key: string, name: string | null, answers: number, responseRate: { numerator: number, denominator: number, share: number | null, excluded: Array<{ reason: string, count: number }> } | null, questions: Array<{ questionId: string, suppressed: boolean, national: number | null, sharePositive: { numerator: number, denominator: number, share: number | null } | null }> }> };

export type CaseFlowKpisQueryVariables = Exact<{
  filter?: CaseFlowFilter | null | undefined;
}>;


export type CaseFlowKpisQuery = { caseFlowKpis: Array<{ month: string, incoming: number, outgoing: number, balance: number }> };

export type ClosureReasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClosureReasonsQuery = { closureReasons: Array<{ code: string, label: string }> };

export type ForecastQueryVariables = Exact<{
  series: ForecastSeriesInput;
  horizon: number;
}>;


export type ForecastQuery = { forecast: { model: string, beatsBaseline: boolean | null, points: Array<{ month: string, value: number, lower: number, upper: number }>, accuracy: { mase: number, smape: number, origins: number } | null, baseline: { mase: number, smape: number, origins: number } | null } };

export type PlacementSummaryQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PlacementSummaryQuery = { placementSummary: Array<{ form: string, placed: number, careDays: number, costSek: number, costPerCareDay: number | null, averageDurationDays: number | null }> };

export type ProjectionQueryVariables = Exact<{
  serviceArea: string;
  region: string;
  fromYear: number;
  years: number;
}>;


export type ProjectionQuery = { projection: { capacity: number, runsOutIn: number | null, years: Array<{ year: number, demand: number, capacity: number, shortfall: number }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const DeviationStatisticsPerSectorDocument = new TypedDocumentString(`
    query DeviationStatisticsPerSector($from: String, $to: String) {
  deviationStatisticsBy(groupBy: SECTOR, filter: {from: $from, to: $to}) {
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
    `) as unknown as TypedDocumentString<DeviationStatisticsPerSectorQuery, DeviationStatisticsPerSectorQueryVariables>;
export const DeviationStatisticsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DeviationStatisticsQuery, DeviationStatisticsQueryVariables>;
export const DeviationTrendDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DeviationTrendQuery, DeviationTrendQueryVariables>;
export const DeviationBreakdownDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DeviationBreakdownQuery, DeviationBreakdownQueryVariables>;
export const DecisionsNotExecutedByQuarterDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DecisionsNotExecutedByQuarterQuery, DecisionsNotExecutedByQuarterQueryVariables>;
export const DecisionsNotExecutedQuarterReportDocument = new TypedDocumentString(`
    query DecisionsNotExecutedQuarterReport($year: Int!, $quarter: Int!) {
  decisionsNotExecutedQuarterReport(input: {year: $year, quarter: $quarter}) {
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
    `) as unknown as TypedDocumentString<DecisionsNotExecutedQuarterReportQuery, DecisionsNotExecutedQuarterReportQueryVariables>;
export const SurveyDefinitionDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SurveyDefinitionQuery, SurveyDefinitionQueryVariables>;
export const SurveyRoundsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SurveyRoundsQuery, SurveyRoundsQueryVariables>;
export const SurveyRoundDocument = new TypedDocumentString(`
    query SurveyRound($id: ID!) {
  surveyRound(id: $id) {
    id
    name
    period
    status
    closedOn
  }
}
    `) as unknown as TypedDocumentString<SurveyRoundQuery, SurveyRoundQueryVariables>;
export const SurveyResultsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const CaseFlowKpisDocument = new TypedDocumentString(`
    query CaseFlowKpis($filter: CaseFlowFilter) {
  caseFlowKpis(filter: $filter) {
    month
    incoming
    outgoing
    balance
  }
}
    `) as unknown as TypedDocumentString<CaseFlowKpisQuery, CaseFlowKpisQueryVariables>;
export const ClosureReasonsDocument = new TypedDocumentString(`
    query ClosureReasons {
  closureReasons {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<ClosureReasonsQuery, ClosureReasonsQueryVariables>;
export const ForecastDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ForecastQuery, ForecastQueryVariables>;
export const PlacementSummaryDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PlacementSummaryQuery, PlacementSummaryQueryVariables>;
export const ProjectionDocument = new TypedDocumentString(`
    query Projection($serviceArea: String!, $region: String!, $fromYear: Int!, $years: Int!) {
  projection(
    serviceArea: $serviceArea
    region: $region
    fromYear: $fromYear
    years: $years
  ) {
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
    `) as unknown as TypedDocumentString<ProjectionQuery, ProjectionQueryVariables>;