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

export type CreateContractInput = {
  endDate?: string | null | undefined;
  form: ContractForm;
  providerId: string;
  /** Contract number (diarienummer), unique. */
  reference: string;
  startDate: string;
  title: string;
  /** Units the contract covers; all must be the provider's. */
  unitIds: Array<string>;
};

export type CreateProviderApiKeyInput = {
  /** What the key is for, e.g. the provider's case system. */
  name: string;
  providerId: string;
};

export type CreateProviderInput = {
  name: string;
  /** NNNNNN-NNNN, with a valid check digit. */
  organisationNumber: string;
  ownership: ProviderOwnership;
};

export type CreateUnitInput = {
  name: string;
  places?: number | null | undefined;
  providerId: string;
  serviceArea: ServiceArea;
};

/** SoL/LSS, HSL, lex Sarah, lex Maria, complaint, decision not executed. */
export type DeviationKind =
  | 'COMPLAINT'
  | 'DECISION_NOT_EXECUTED'
  | 'HSL'
  | 'LEX_MARIA'
  | 'LEX_SARAH'
  | 'SOL_LSS';

export type DeviationStatus =
  | 'ACTIONS_REGISTERED'
  | 'CLOSED'
  | 'FINAL_ASSESSMENT'
  | 'INVESTIGATING'
  | 'REPORTED';

/** Municipal, private company or non-profit (idéburen). */
export type ProviderOwnership =
  | 'MUNICIPAL'
  | 'NON_PROFIT'
  | 'PRIVATE';

export type ReasonCountInput = {
  count: number;
  reason: string;
};

export type ReportDeviationInput = {
  /** Personal identity numbers are removed before the text is stored for everyone to read. */
  description: string;
  /** COMPLAINT goes through registerComplaint. */
  kind: DeviationKind;
  /** The day it happened, YYYY-MM-DD. */
  occurredOn: string;
  unitId: string;
};

/** Service area (verksamhetsområde). */
export type ServiceArea =
  | 'AUTHORITY'
  | 'DAILY_ACTIVITY'
  | 'FAMILY_HOME'
  | 'FAMILY_SUPPORT'
  | 'HOME_CARE'
  | 'HOUSING_SUPPORT'
  | 'HVB'
  | 'INDIVIDUAL_AND_FAMILY_CARE'
  | 'LSS_GROUP_HOME'
  | 'LSS_SERVICE_HOME'
  | 'NURSING_HOME'
  | 'PERSONAL_ASSISTANCE'
  | 'SUBSTANCE_ABUSE_CARE'
  | 'SUPPORTED_HOUSING'
  | 'WOMENS_SHELTER';

export type SubmitCaseFlowReportInput = {
  /** The closed (outgoing) cases by underlying reason; they must add up to outgoing. */
  closedByReason: Array<ReasonCountInput>;
  incoming: number;
  month: string;
  outgoing: number;
  /** The service, e.g. FAMILY_SUPPORT. */
  service: string;
  source?: CaseFlowSource;
  unitId: string;
};

export type CreateProviderMutationVariables = Exact<{
  input: CreateProviderInput;
}>;


export type CreateProviderMutation = { createProvider: { id: string, name: string } };

export type CreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitMutation = { createUnit: { id: string, name: string } };

export type CreateProviderApiKeyMutationVariables = Exact<{
  input: CreateProviderApiKeyInput;
}>;


export type CreateProviderApiKeyMutation = { createProviderApiKey: { key: string } };

export type CreateProviderApiKeyWithIdMutationVariables = Exact<{
  input: CreateProviderApiKeyInput;
}>;


export type CreateProviderApiKeyWithIdMutation = { createProviderApiKey: { key: string, apiKey: { id: string } } };

export type ReportDeviationMutationVariables = Exact<{
  input: ReportDeviationInput;
}>;


export type ReportDeviationMutation = { reportDeviation: { id: string, status: DeviationStatus, kind: DeviationKind } };

export type SubmitCaseFlowReportMutationVariables = Exact<{
  input: SubmitCaseFlowReportInput;
}>;


export type SubmitCaseFlowReportMutation = { submitCaseFlowReport: { id: string } };

export type CreateContractMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type CreateContractMutation = { createContract: { id: string } };

export type ImportDeviationsMutationVariables = Exact<{
  csv: string;
}>;


export type ImportDeviationsMutation = { importDeviations: { accepted: boolean, imported: number } };

export type OverdueDeviationIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverdueDeviationIdsQuery = { overdueDeviations: Array<{ id: string }> };

export type CaseFlowReportsQueryVariables = Exact<{
  filter?: CaseFlowFilter | null | undefined;
}>;


export type CaseFlowReportsQuery = { caseFlowReports: Array<{ month: string, version: number, incoming: number, outgoing: number, closedByReason: Array<{ reason: string, count: number }> }> };

export type PlacementSummaryQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PlacementSummaryQuery = { placementSummary: Array<{ form: string, placed: number, careDays: number }> };

export type ProjectionQueryVariables = Exact<{
  serviceArea: ServiceArea;
  region: string;
  fromYear: number;
  years: number;
}>;


export type ProjectionQuery = { projection: { years: Array<{ year: number, population: number, demand: number }> } };

export type ForecastReadinessQueryVariables = Exact<{ [key: string]: never; }>;


export type ForecastReadinessQuery = { forecastReadiness: Array<{ unitId: string, monthsReported: number, ready: boolean }> };

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

export const CreateProviderDocument = new TypedDocumentString(`
    mutation CreateProvider($input: CreateProviderInput!) {
  createProvider(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateProviderMutation, CreateProviderMutationVariables>;
export const CreateUnitDocument = new TypedDocumentString(`
    mutation CreateUnit($input: CreateUnitInput!) {
  createUnit(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateUnitMutation, CreateUnitMutationVariables>;
export const CreateProviderApiKeyDocument = new TypedDocumentString(`
    mutation CreateProviderApiKey($input: CreateProviderApiKeyInput!) {
  createProviderApiKey(input: $input) {
    key
  }
}
    `) as unknown as TypedDocumentString<CreateProviderApiKeyMutation, CreateProviderApiKeyMutationVariables>;
export const CreateProviderApiKeyWithIdDocument = new TypedDocumentString(`
    mutation CreateProviderApiKeyWithId($input: CreateProviderApiKeyInput!) {
  createProviderApiKey(input: $input) {
    key
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateProviderApiKeyWithIdMutation, CreateProviderApiKeyWithIdMutationVariables>;
export const ReportDeviationDocument = new TypedDocumentString(`
    mutation ReportDeviation($input: ReportDeviationInput!) {
  reportDeviation(input: $input) {
    id
    status
    kind
  }
}
    `) as unknown as TypedDocumentString<ReportDeviationMutation, ReportDeviationMutationVariables>;
export const SubmitCaseFlowReportDocument = new TypedDocumentString(`
    mutation SubmitCaseFlowReport($input: SubmitCaseFlowReportInput!) {
  submitCaseFlowReport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitCaseFlowReportMutation, SubmitCaseFlowReportMutationVariables>;
export const CreateContractDocument = new TypedDocumentString(`
    mutation CreateContract($input: CreateContractInput!) {
  createContract(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateContractMutation, CreateContractMutationVariables>;
export const ImportDeviationsDocument = new TypedDocumentString(`
    mutation ImportDeviations($csv: String!) {
  importDeviations(csv: $csv) {
    accepted
    imported
  }
}
    `) as unknown as TypedDocumentString<ImportDeviationsMutation, ImportDeviationsMutationVariables>;
export const OverdueDeviationIdsDocument = new TypedDocumentString(`
    query OverdueDeviationIds {
  overdueDeviations {
    id
  }
}
    `) as unknown as TypedDocumentString<OverdueDeviationIdsQuery, OverdueDeviationIdsQueryVariables>;
export const CaseFlowReportsDocument = new TypedDocumentString(`
    query CaseFlowReports($filter: CaseFlowFilter) {
  caseFlowReports(filter: $filter) {
    month
    version
    incoming
    outgoing
    closedByReason {
      reason
      count
    }
  }
}
    `) as unknown as TypedDocumentString<CaseFlowReportsQuery, CaseFlowReportsQueryVariables>;
export const PlacementSummaryDocument = new TypedDocumentString(`
    query PlacementSummary($from: String!, $to: String!) {
  placementSummary(from: $from, to: $to) {
    form
    placed
    careDays
  }
}
    `) as unknown as TypedDocumentString<PlacementSummaryQuery, PlacementSummaryQueryVariables>;
export const ProjectionDocument = new TypedDocumentString(`
    query Projection($serviceArea: ServiceArea!, $region: String!, $fromYear: Int!, $years: Int!) {
  projection(
    serviceArea: $serviceArea
    region: $region
    fromYear: $fromYear
    years: $years
  ) {
    years {
      year
      population
      demand
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectionQuery, ProjectionQueryVariables>;
export const ForecastReadinessDocument = new TypedDocumentString(`
    query ForecastReadiness {
  forecastReadiness {
    unitId
    monthsReported
    ready
  }
}
    `) as unknown as TypedDocumentString<ForecastReadinessQuery, ForecastReadinessQueryVariables>;