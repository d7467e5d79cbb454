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
    "\n  mutation CreateProvider($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateProviderDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation CreateProviderApiKey($input: CreateProviderApiKeyInput!) {\n    createProviderApiKey(input: $input) {\n      key\n    }\n  }\n": typeof types.CreateProviderApiKeyDocument,
    "\n  mutation CreateProviderApiKeyWithId($input: CreateProviderApiKeyInput!) {\n    createProviderApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.CreateProviderApiKeyWithIdDocument,
    "\n  mutation ReportDeviation($input: ReportDeviationInput!) {\n    reportDeviation(input: $input) {\n      id\n      status\n      kind\n    }\n  }\n": typeof types.ReportDeviationDocument,
    "\n  mutation SubmitCaseFlowReport($input: SubmitCaseFlowReportInput!) {\n    submitCaseFlowReport(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitCaseFlowReportDocument,
    "\n  query DeviationById($id: ID!) {\n    deviation(id: $id) {\n      id\n      kind\n      status\n      description\n      redactions\n      seriousness\n      ivoReportedOn\n      ivoReference\n      actions\n      finalAssessment\n      followUpId\n      rootCauses {\n        label\n      }\n      statusHistory {\n        toStatus\n        changedBy\n      }\n      assessmentHistory {\n        seriousness\n        ivoReportedOn\n        changedBy\n      }\n    }\n  }\n": typeof types.DeviationByIdDocument,
    "\n  query DeviationsByFilter($filter: DeviationFilter) {\n    deviations(filter: $filter) {\n      id\n      kind\n      description\n      complainant\n      complaintCategory\n    }\n  }\n": typeof types.DeviationsByFilterDocument,
    "\n  query DeviationsPaged($filter: DeviationFilter, $paging: DeviationPaging) {\n    deviationsPage(filter: $filter, paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        occurredOn\n      }\n    }\n  }\n": typeof types.DeviationsPagedDocument,
    "\n  mutation CreateFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateFollowUpDocument,
    "\n  mutation LinkDeviationToFollowUp($input: LinkFollowUpInput!) {\n    linkDeviationToFollowUp(input: $input) {\n      id\n      followUpId\n    }\n  }\n": typeof types.LinkDeviationToFollowUpDocument,
    "\n  query ImprovementsList {\n    improvements {\n      id\n      title\n      phase\n      studyResult\n      actDecision\n      deviationIds\n    }\n  }\n": typeof types.ImprovementsListDocument,
};
const documents: Documents = {
    "\n  mutation CreateProvider($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateProviderDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation CreateProviderApiKey($input: CreateProviderApiKeyInput!) {\n    createProviderApiKey(input: $input) {\n      key\n    }\n  }\n": types.CreateProviderApiKeyDocument,
    "\n  mutation CreateProviderApiKeyWithId($input: CreateProviderApiKeyInput!) {\n    createProviderApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": types.CreateProviderApiKeyWithIdDocument,
    "\n  mutation ReportDeviation($input: ReportDeviationInput!) {\n    reportDeviation(input: $input) {\n      id\n      status\n      kind\n    }\n  }\n": types.ReportDeviationDocument,
    "\n  mutation SubmitCaseFlowReport($input: SubmitCaseFlowReportInput!) {\n    submitCaseFlowReport(input: $input) {\n      id\n    }\n  }\n": types.SubmitCaseFlowReportDocument,
    "\n  query DeviationById($id: ID!) {\n    deviation(id: $id) {\n      id\n      kind\n      status\n      description\n      redactions\n      seriousness\n      ivoReportedOn\n      ivoReference\n      actions\n      finalAssessment\n      followUpId\n      rootCauses {\n        label\n      }\n      statusHistory {\n        toStatus\n        changedBy\n      }\n      assessmentHistory {\n        seriousness\n        ivoReportedOn\n        changedBy\n      }\n    }\n  }\n": types.DeviationByIdDocument,
    "\n  query DeviationsByFilter($filter: DeviationFilter) {\n    deviations(filter: $filter) {\n      id\n      kind\n      description\n      complainant\n      complaintCategory\n    }\n  }\n": types.DeviationsByFilterDocument,
    "\n  query DeviationsPaged($filter: DeviationFilter, $paging: DeviationPaging) {\n    deviationsPage(filter: $filter, paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        occurredOn\n      }\n    }\n  }\n": types.DeviationsPagedDocument,
    "\n  mutation CreateFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      id\n    }\n  }\n": types.CreateFollowUpDocument,
    "\n  mutation LinkDeviationToFollowUp($input: LinkFollowUpInput!) {\n    linkDeviationToFollowUp(input: $input) {\n      id\n      followUpId\n    }\n  }\n": types.LinkDeviationToFollowUpDocument,
    "\n  query ImprovementsList {\n    improvements {\n      id\n      title\n      phase\n      studyResult\n      actDecision\n      deviationIds\n    }\n  }\n": types.ImprovementsListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProvider($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProviderApiKey($input: CreateProviderApiKeyInput!) {\n    createProviderApiKey(input: $input) {\n      key\n    }\n  }\n"): typeof import('./graphql').CreateProviderApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProviderApiKeyWithId($input: CreateProviderApiKeyInput!) {\n    createProviderApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateProviderApiKeyWithIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportDeviation($input: ReportDeviationInput!) {\n    reportDeviation(input: $input) {\n      id\n      status\n      kind\n    }\n  }\n"): typeof import('./graphql').ReportDeviationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCaseFlowReport($input: SubmitCaseFlowReportInput!) {\n    submitCaseFlowReport(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitCaseFlowReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationById($id: ID!) {\n    deviation(id: $id) {\n      id\n      kind\n      status\n      description\n      redactions\n      seriousness\n      ivoReportedOn\n      ivoReference\n      actions\n      finalAssessment\n      followUpId\n      rootCauses {\n        label\n      }\n      statusHistory {\n        toStatus\n        changedBy\n      }\n      assessmentHistory {\n        seriousness\n        ivoReportedOn\n        changedBy\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationsByFilter($filter: DeviationFilter) {\n    deviations(filter: $filter) {\n      id\n      kind\n      description\n      complainant\n      complaintCategory\n    }\n  }\n"): typeof import('./graphql').DeviationsByFilterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationsPaged($filter: DeviationFilter, $paging: DeviationPaging) {\n    deviationsPage(filter: $filter, paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        occurredOn\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationsPagedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkDeviationToFollowUp($input: LinkFollowUpInput!) {\n    linkDeviationToFollowUp(input: $input) {\n      id\n      followUpId\n    }\n  }\n"): typeof import('./graphql').LinkDeviationToFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImprovementsList {\n    improvements {\n      id\n      title\n      phase\n      studyResult\n      actDecision\n      deviationIds\n    }\n  }\n"): typeof import('./graphql').ImprovementsListDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
