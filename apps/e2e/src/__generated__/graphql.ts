/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AnswerInput = {
  /** The option code; null for a question left unanswered. */
  option?: string | null | undefined;
  questionId: string;
};

/** PROVIDER: the provider's service cases; ADMINISTRATION: the municipality's assessed (bistånd) cases. */
export type CaseFlowSource =
  | 'ADMINISTRATION'
  | 'PROVIDER';

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

export type Gender =
  | 'MAN'
  | 'NOT_STATED'
  | 'WOMAN';

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

/** One anonymous answer sheet through an answer link: no name or identity number is taken. */
export type SubmitSurveyAnswerByCodeInput = {
  answers: Array<AnswerInput>;
  code: string;
  /** Left out: not stated. */
  gender?: Gender | null | undefined;
};

export type SurveyRoundStatus =
  | 'CLOSED'
  | 'OPEN';

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

export type SurveyDefinitionCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyDefinitionCodesQuery = { surveyDefinitions: Array<{ id: string, code: string, name: string, questions: Array<{ id: string, options: Array<{ code: string, label: string, positive: boolean, nonSubstantive: boolean }> }> }> };

export type SurveyRoundsWithUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyRoundsWithUnitsQuery = { surveyRounds: Array<{ id: string, name: string, status: SurveyRoundStatus, minCell: number, units: Array<{ unitId: string, offered: number, optedOut: boolean, optOutReason: string | null }> }> };

export type SurveyAnswerLinksOfQueryVariables = Exact<{
  roundId: string;
}>;


export type SurveyAnswerLinksOfQuery = { surveyAnswerLinks: Array<{ unitId: string, unitName: string, code: string }> };

export type AnonymousSurveyQueryVariables = Exact<{
  code: string;
}>;


export type AnonymousSurveyQuery = { surveyByAnswerCode: { surveyName: string, unitName: string, questions: Array<{ id: string }> } };

export type AnonymousAnswerMutationVariables = Exact<{
  input: SubmitSurveyAnswerByCodeInput;
}>;


export type AnonymousAnswerMutation = { submitSurveyAnswerByCode: boolean };

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
export const SurveyDefinitionCodesDocument = new TypedDocumentString(`
    query SurveyDefinitionCodes {
  surveyDefinitions {
    id
    code
    name
    questions {
      id
      options {
        code
        label
        positive
        nonSubstantive
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyDefinitionCodesQuery, SurveyDefinitionCodesQueryVariables>;
export const SurveyRoundsWithUnitsDocument = new TypedDocumentString(`
    query SurveyRoundsWithUnits {
  surveyRounds {
    id
    name
    status
    minCell
    units {
      unitId
      offered
      optedOut
      optOutReason
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyRoundsWithUnitsQuery, SurveyRoundsWithUnitsQueryVariables>;
export const SurveyAnswerLinksOfDocument = new TypedDocumentString(`
    query SurveyAnswerLinksOf($roundId: ID!) {
  surveyAnswerLinks(roundId: $roundId) {
    unitId
    unitName
    code
  }
}
    `) as unknown as TypedDocumentString<SurveyAnswerLinksOfQuery, SurveyAnswerLinksOfQueryVariables>;
export const AnonymousSurveyDocument = new TypedDocumentString(`
    query AnonymousSurvey($code: String!) {
  surveyByAnswerCode(code: $code) {
    surveyName
    unitName
    questions {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AnonymousSurveyQuery, AnonymousSurveyQueryVariables>;
export const AnonymousAnswerDocument = new TypedDocumentString(`
    mutation AnonymousAnswer($input: SubmitSurveyAnswerByCodeInput!) {
  submitSurveyAnswerByCode(input: $input)
}
    `) as unknown as TypedDocumentString<AnonymousAnswerMutation, AnonymousAnswerMutationVariables>;