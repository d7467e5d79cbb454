/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Adopt, adapt (another cycle) or abandon. */
export type ActDecision =
  | 'ABANDON'
  | 'ADAPT'
  | 'ADOPT';

/** PROVIDER: the provider's service cases; ADMINISTRATION: the municipality's assessed (bistånd) cases. */
export type CaseFlowSource =
  | 'ADMINISTRATION'
  | 'PROVIDER';

export type Complainant =
  | 'ANONYMOUS'
  | 'OTHER'
  | 'RELATIVE'
  | 'STAFF'
  | 'USER';

/** What a comment or complaint is about: treatment (bemötande), handling of the case, care quality, ... */
export type ComplaintCategory =
  | 'ACCESSIBILITY'
  | 'CARE_QUALITY'
  | 'HANDLING'
  | 'INFORMATION'
  | 'OTHER'
  | 'TREATMENT';

export type CreateFollowUpInput = {
  assistant?: string | null | undefined;
  /** Required except for overarching and thematic follow-ups. */
  contractId?: string | null | undefined;
  plannedOn: string;
  /** The focus area, the triggering signal, or the question of an overarching follow-up. */
  purpose?: string | null | undefined;
  responsible?: string | null | undefined;
  title: string;
  type: FollowUpType;
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

export type DeviationFilter = {
  /** Reported on or after, YYYY-MM-DD. */
  from?: string | null | undefined;
  kind?: DeviationKind | null | undefined;
  providerId?: string | null | undefined;
  status?: DeviationStatus | null | undefined;
  /** Reported on or before, YYYY-MM-DD. */
  to?: string | null | undefined;
  unitId?: string | null | undefined;
};

/** SoL/LSS, HSL, lex Sarah, lex Maria, complaint, decision not executed. */
export type DeviationKind =
  | 'COMPLAINT'
  | 'DECISION_NOT_EXECUTED'
  | 'HSL'
  | 'LEX_MARIA'
  | 'LEX_SARAH'
  | 'SOL_LSS';

/** Which page of the deviations list, and in what order. */
export type DeviationPaging = {
  /** Largest (newest, last in the alphabet) first. */
  descending?: boolean;
  /** Rows on the page, at most 200. */
  limit?: number;
  /** Rows to skip. */
  offset?: number;
  sortBy?: DeviationSortField;
};

/** What the deviations list is sorted by: the report (its time), the day it happened, kind, status, unit or provider name. */
export type DeviationSortField =
  | 'KIND'
  | 'OCCURRED'
  | 'PROVIDER'
  | 'REPORTED'
  | 'STATUS'
  | 'UNIT';

export type DeviationStatus =
  | 'ACTIONS_REGISTERED'
  | 'CLOSED'
  | 'FINAL_ASSESSMENT'
  | 'INVESTIGATING'
  | 'REPORTED';

/** Specific (fördjupad), overarching, new-start, triggered by signals, IOP annual, thematic. */
export type FollowUpType =
  | 'IOP_ANNUAL'
  | 'NEW_START'
  | 'OVERARCHING'
  | 'SPECIFIC'
  | 'THEMATIC'
  | 'TRIGGERED';

/** Plan, do, study, act (PDSA), then done. */
export type ImprovementPhase =
  | 'ACT'
  | 'DO'
  | 'DONE'
  | 'PLAN'
  | 'STUDY';

export type LinkFollowUpInput = {
  deviationId: string;
  followUpId: string;
};

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

/** Lex Sarah: a serious impropriety (allvarligt missförhållande) or not; lex Maria: a serious care injury or not. */
export type Seriousness =
  | 'NOT_SERIOUS'
  | 'SERIOUS';

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

/** Whether the improvement worked, as studied. */
export type StudyResult =
  | 'DID_NOT_WORK'
  | 'PARTLY_WORKED'
  | 'WORKED';

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

export type DeviationByIdQueryVariables = Exact<{
  id: string;
}>;


export type DeviationByIdQuery = { deviation: { id: string, kind: DeviationKind, status: DeviationStatus, description: string, redactions: number, seriousness: Seriousness | null, ivoReportedOn: string | null, ivoReference: string | null, actions: string | null, finalAssessment: string | null, followUpId: string | null, rootCauses: Array<{ label: string }>, statusHistory: Array<{ toStatus: DeviationStatus, changedBy: string }>, assessmentHistory: Array<{ seriousness: Seriousness | null, ivoReportedOn: string | null, changedBy: string }> } | null };

export type DeviationsByFilterQueryVariables = Exact<{
  filter?: DeviationFilter | null | undefined;
}>;


export type DeviationsByFilterQuery = { deviations: Array<{ id: string, kind: DeviationKind, description: string, complainant: Complainant | null, complaintCategory: ComplaintCategory | null }> };

export type DeviationsPagedQueryVariables = Exact<{
  filter?: DeviationFilter | null | undefined;
  paging?: DeviationPaging | null | undefined;
}>;


export type DeviationsPagedQuery = { deviationsPage: { total: number, offset: number, limit: number, items: Array<{ id: string, occurredOn: string }> } };

export type CreateFollowUpMutationVariables = Exact<{
  input: CreateFollowUpInput;
}>;


export type CreateFollowUpMutation = { createFollowUp: { id: string } };

export type LinkDeviationToFollowUpMutationVariables = Exact<{
  input: LinkFollowUpInput;
}>;


export type LinkDeviationToFollowUpMutation = { linkDeviationToFollowUp: { id: string, followUpId: string | null } };

export type ImprovementsListQueryVariables = Exact<{ [key: string]: never; }>;


export type ImprovementsListQuery = { improvements: Array<{ id: string, title: string, phase: ImprovementPhase, studyResult: StudyResult | null, actDecision: ActDecision | null, deviationIds: Array<string> }> };

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
export const DeviationByIdDocument = new TypedDocumentString(`
    query DeviationById($id: ID!) {
  deviation(id: $id) {
    id
    kind
    status
    description
    redactions
    seriousness
    ivoReportedOn
    ivoReference
    actions
    finalAssessment
    followUpId
    rootCauses {
      label
    }
    statusHistory {
      toStatus
      changedBy
    }
    assessmentHistory {
      seriousness
      ivoReportedOn
      changedBy
    }
  }
}
    `) as unknown as TypedDocumentString<DeviationByIdQuery, DeviationByIdQueryVariables>;
export const DeviationsByFilterDocument = new TypedDocumentString(`
    query DeviationsByFilter($filter: DeviationFilter) {
  deviations(filter: $filter) {
    id
    kind
    description
    complainant
    complaintCategory
  }
}
    `) as unknown as TypedDocumentString<DeviationsByFilterQuery, DeviationsByFilterQueryVariables>;
export const DeviationsPagedDocument = new TypedDocumentString(`
    query DeviationsPaged($filter: DeviationFilter, $paging: DeviationPaging) {
  deviationsPage(filter: $filter, paging: $paging) {
    total
    offset
    limit
    items {
      id
      occurredOn
    }
  }
}
    `) as unknown as TypedDocumentString<DeviationsPagedQuery, DeviationsPagedQueryVariables>;
export const CreateFollowUpDocument = new TypedDocumentString(`
    mutation CreateFollowUp($input: CreateFollowUpInput!) {
  createFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateFollowUpMutation, CreateFollowUpMutationVariables>;
export const LinkDeviationToFollowUpDocument = new TypedDocumentString(`
    mutation LinkDeviationToFollowUp($input: LinkFollowUpInput!) {
  linkDeviationToFollowUp(input: $input) {
    id
    followUpId
  }
}
    `) as unknown as TypedDocumentString<LinkDeviationToFollowUpMutation, LinkDeviationToFollowUpMutationVariables>;
export const ImprovementsListDocument = new TypedDocumentString(`
    query ImprovementsList {
  improvements {
    id
    title
    phase
    studyResult
    actDecision
    deviationIds
  }
}
    `) as unknown as TypedDocumentString<ImprovementsListQuery, ImprovementsListQueryVariables>;