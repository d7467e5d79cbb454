/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The half-yearly board reports, each over the plan period ending nearest the month's end (by default December–May and June–November). */
export type BoardReportMonth =
  | 'JUNE'
  | 'NOVEMBER';

export type CaseFlowFilter = {
  from?: string | null | undefined;
  providerId?: string | null | undefined;
  service?: string | null | undefined;
  source?: CaseFlowSource;
  to?: string | null | undefined;
  unitId?: string | null | undefined;
};

/** PROVIDER: the provider's service cases; ADMINISTRATION: the municipality's assessed (bistånd) cases. */
export type CaseFlowSource =
  | 'ADMINISTRATION'
  | 'PROVIDER';

/** Procurement under LOU, choice system under LOV, the municipal assignment, or an IOP. */
export type ContractForm =
  | 'IOP'
  | 'LOU'
  | 'LOV'
  | 'MUNICIPAL_ASSIGNMENT';

/** Why something was left out of a figure: OPTED_OUT_UNITS (offered at units that opted out), NON_SUBSTANTIVE ("vet inte", "vill inte svara", "inte aktuellt"), UNANSWERED (question left unanswered). */
export type ExclusionReason =
  | 'NON_SUBSTANTIVE'
  | 'OPTED_OUT_UNITS'
  | 'UNANSWERED';

/** OPEN, PLAN_RECEIVED (the provider sent its action plan), COMPLETED (the provider says done), VERIFIED (confirmed at re-check). */
export type FollowUpActionStatus =
  | 'COMPLETED'
  | 'OPEN'
  | 'PLAN_RECEIVED'
  | 'VERIFIED';

export type FollowUpMethod =
  | 'DOCUMENT_REVIEW'
  | 'INTERVIEW'
  | 'OBSERVATION'
  | 'SURVEY';

export type FollowUpStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'PLANNED'
  | 'REPORTED';

/** Specific (fördjupad), overarching, new-start, triggered by signals, IOP annual, thematic. */
export type FollowUpType =
  | 'IOP_ANNUAL'
  | 'NEW_START'
  | 'OVERARCHING'
  | 'SPECIFIC'
  | 'THEMATIC'
  | 'TRIGGERED';

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

export type SurveyRoundStatus =
  | 'CLOSED'
  | 'OPEN';

export type QualityReportFollowUpsQueryVariables = Exact<{
  year: number;
}>;


export type QualityReportFollowUpsQuery = { followUpPlan: { focusAreas: Array<string>, periods: Array<{ target: number }>, progress: Array<{ period: number, startsOn: string, endsOn: string, target: number, planned: number, done: number }> } | null, followUps: Array<{ type: FollowUpType, status: FollowUpStatus }>, staffingReports: Array<{ unitId: string, half: number, version: number, managers: number, permanent: number, temporary: number, hourly: number, sickLeavePercent: number, staffTurnoverPercent: number }> };

export type QualityReportDeviationsQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
  year: number;
}>;


export type QualityReportDeviationsQuery = { deviationStatisticsBy: Array<{ key: string, name: string | null, statistics: { deviations: number, lexSarah: number, lexSarahReportedToIvo: number, lexMaria: number, lexMariaReportedToIvo: number, complaints: number, closedWithinTwoMonths: { numerator: number, denominator: number, share: number | null } } }>, deviationTrend: Array<{ period: string, deviations: number, complaints: number }>, decisionsNotExecutedByQuarter: Array<{ quarter: string, count: number }> };

export type ReportSurveyRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportSurveyRoundsQuery = { surveyRounds: Array<{ id: string, name: string, period: string, status: SurveyRoundStatus, definitionId: string }> };

export type QualityReportSurveyResultsQueryVariables = Exact<{
  roundId: string;
}>;


export type QualityReportSurveyResultsQuery = { surveyResults: Array<{ answers: number, responseRate: { numerator: number, denominator: number, share: number | null, excluded: Array<{ reasonCode: ExclusionReason, units: number | null, count: number }> } | null, questions: Array<{ text: string, suppressed: boolean, national: number | null, sharePositive: { numerator: number, denominator: number, share: number | null } | null }> }> };

export type QualityReportForecastQueryVariables = Exact<{ [key: string]: never; }>;


export type QualityReportForecastQuery = { forecast: { model: string, beatsBaseline: boolean | null, points: Array<{ month: string, value: number, lower: number, upper: number }>, accuracy: { mase: number } | null, baseline: { mase: number } | null } };

export type QualityReportFlowsQueryVariables = Exact<{
  filter?: CaseFlowFilter | null | undefined;
  from: string;
  to: string;
}>;


export type QualityReportFlowsQuery = { caseFlowKpis: Array<{ month: string, incoming: number, outgoing: number, balance: number }>, placementSummary: Array<{ form: string, placed: number, careDays: number, costSek: number, costPerCareDay: number | null, averageDurationDays: number | null }> };

export type BoardReportQueryVariables = Exact<{
  year: number;
  month: BoardReportMonth;
  boardId?: string | null | undefined;
}>;


export type BoardReportQuery = { halfYearFollowUpReport: { from: string, to: string, followUps: Array<{ title: string, type: FollowUpType, status: FollowUpStatus, reportedOn: string | null, decisionNeeded: boolean, publishedOn: string | null, findings: string | null, contract: { reference: string } | null, actions: Array<{ description: string, deadline: string, status: FollowUpActionStatus }> }> }, boardQueue: Array<{ title: string, type: FollowUpType, status: FollowUpStatus, reportedOn: string | null, decisionNeeded: boolean, publishedOn: string | null, findings: string | null, contract: { reference: string } | null, actions: Array<{ description: string, deadline: string, status: FollowUpActionStatus }> }>, boards: Array<{ id: string, name: string }> };

export type BoardFollowUpFragment = { title: string, type: FollowUpType, status: FollowUpStatus, reportedOn: string | null, decisionNeeded: boolean, publishedOn: string | null, findings: string | null, contract: { reference: string } | null, actions: Array<{ description: string, deadline: string, status: FollowUpActionStatus }> };

export type KoladaDeviationsQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
}>;


export type KoladaDeviationsQuery = { deviationStatistics: { lexSarah: number, complaints: number, closedWithinTwoMonths: { numerator: number, denominator: number, share: number | null }, actionsRegistered: { numerator: number, denominator: number, share: number | null } } };

export type KoladaSurveyDefinitionQueryVariables = Exact<{
  id: string;
}>;


export type KoladaSurveyDefinitionQuery = { surveyDefinition: { code: string, questions: Array<{ id: string, koladaKpi: string | null }> } | null };

export type KoladaSurveyResultsQueryVariables = Exact<{
  roundId: string;
}>;


export type KoladaSurveyResultsQuery = { total: Array<{ key: string, responseRate: { numerator: number, denominator: number, share: number | null } | null, questions: Array<{ questionId: string, suppressed: boolean, sharePositive: { numerator: number, denominator: number, share: number | null } | null }> }>, gender: Array<{ key: string, questions: Array<{ questionId: string, suppressed: boolean, sharePositive: { numerator: number, denominator: number, share: number | null } | null }> }> };

export type FollowUpReportQueryVariables = Exact<{
  id: string;
}>;


export type FollowUpReportQuery = { followUp: { id: string, title: string, type: FollowUpType, status: FollowUpStatus, purpose: string | null, plannedOn: string, reportedOn: string | null, publishedOn: string | null, methods: Array<FollowUpMethod>, findings: string | null, decisionNeeded: boolean, boardMeetingOn: string | null, contract: { reference: string, title: string, form: ContractForm, units: Array<{ name: string, serviceAreaName: string }> } | null, provider: { name: string } | null, actions: Array<{ description: string, deadline: string, status: FollowUpActionStatus, actionPlan: string | null, completedOn: string | null, verifiedOn: string | null }> } | null, thematicFollowUp: { guide: { title: string, version: number, questions: Array<{ key: string, text: string, askedWhenYes: string | null }> }, units: Array<{ unitId: string }>, results: Array<{ questionKey: string, of: number, values: Array<{ value: string, count: number }>, previous: { yes: { count: number, of: number } } | null }> } | null };

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
export const BoardFollowUpFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"BoardFollowUp"}) as unknown as TypedDocumentString<BoardFollowUpFragment, unknown>;
export const QualityReportFollowUpsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<QualityReportFollowUpsQuery, QualityReportFollowUpsQueryVariables>;
export const QualityReportDeviationsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<QualityReportDeviationsQuery, QualityReportDeviationsQueryVariables>;
export const ReportSurveyRoundsDocument = new TypedDocumentString(`
    query ReportSurveyRounds {
  surveyRounds {
    id
    name
    period
    status
    definitionId
  }
}
    `) as unknown as TypedDocumentString<ReportSurveyRoundsQuery, ReportSurveyRoundsQueryVariables>;
export const QualityReportSurveyResultsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<QualityReportSurveyResultsQuery, QualityReportSurveyResultsQueryVariables>;
export const QualityReportForecastDocument = new TypedDocumentString(`
    query QualityReportForecast {
  forecast(series: {measure: INCOMING}, horizon: 12) {
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
    `) as unknown as TypedDocumentString<QualityReportForecastQuery, QualityReportForecastQueryVariables>;
export const QualityReportFlowsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<QualityReportFlowsQuery, QualityReportFlowsQueryVariables>;
export const BoardReportDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<BoardReportQuery, BoardReportQueryVariables>;
export const KoladaDeviationsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<KoladaDeviationsQuery, KoladaDeviationsQueryVariables>;
export const KoladaSurveyDefinitionDocument = new TypedDocumentString(`
    query KoladaSurveyDefinition($id: ID!) {
  surveyDefinition(id: $id) {
    code
    questions {
      id
      koladaKpi
    }
  }
}
    `) as unknown as TypedDocumentString<KoladaSurveyDefinitionQuery, KoladaSurveyDefinitionQueryVariables>;
export const KoladaSurveyResultsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<KoladaSurveyResultsQuery, KoladaSurveyResultsQueryVariables>;
export const FollowUpReportDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<FollowUpReportQuery, FollowUpReportQueryVariables>;