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
    "\n  query SurveyDefinitionCodes {\n    surveyDefinitions {\n      id\n      code\n      name\n      questions {\n        id\n        options {\n          code\n          label\n          positive\n          nonSubstantive\n        }\n      }\n    }\n  }\n": typeof types.SurveyDefinitionCodesDocument,
    "\n  query SurveyRoundsWithUnits {\n    surveyRounds {\n      id\n      name\n      status\n      minCell\n      units {\n        unitId\n        offered\n        optedOut\n        optOutReason\n      }\n    }\n  }\n": typeof types.SurveyRoundsWithUnitsDocument,
    "\n  query SurveyAnswerLinksOf($roundId: ID!) {\n    surveyAnswerLinks(roundId: $roundId) {\n      unitId\n      unitName\n      code\n    }\n  }\n": typeof types.SurveyAnswerLinksOfDocument,
    "\n  query AnonymousSurvey($code: String!) {\n    surveyByAnswerCode(code: $code) {\n      surveyName\n      unitName\n      questions {\n        id\n      }\n    }\n  }\n": typeof types.AnonymousSurveyDocument,
    "\n  mutation AnonymousAnswer($input: SubmitSurveyAnswerByCodeInput!) {\n    submitSurveyAnswerByCode(input: $input)\n  }\n": typeof types.AnonymousAnswerDocument,
};
const documents: Documents = {
    "\n  mutation CreateProvider($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateProviderDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation CreateProviderApiKey($input: CreateProviderApiKeyInput!) {\n    createProviderApiKey(input: $input) {\n      key\n    }\n  }\n": types.CreateProviderApiKeyDocument,
    "\n  mutation CreateProviderApiKeyWithId($input: CreateProviderApiKeyInput!) {\n    createProviderApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": types.CreateProviderApiKeyWithIdDocument,
    "\n  mutation ReportDeviation($input: ReportDeviationInput!) {\n    reportDeviation(input: $input) {\n      id\n      status\n      kind\n    }\n  }\n": types.ReportDeviationDocument,
    "\n  mutation SubmitCaseFlowReport($input: SubmitCaseFlowReportInput!) {\n    submitCaseFlowReport(input: $input) {\n      id\n    }\n  }\n": types.SubmitCaseFlowReportDocument,
    "\n  query SurveyDefinitionCodes {\n    surveyDefinitions {\n      id\n      code\n      name\n      questions {\n        id\n        options {\n          code\n          label\n          positive\n          nonSubstantive\n        }\n      }\n    }\n  }\n": types.SurveyDefinitionCodesDocument,
    "\n  query SurveyRoundsWithUnits {\n    surveyRounds {\n      id\n      name\n      status\n      minCell\n      units {\n        unitId\n        offered\n        optedOut\n        optOutReason\n      }\n    }\n  }\n": types.SurveyRoundsWithUnitsDocument,
    "\n  query SurveyAnswerLinksOf($roundId: ID!) {\n    surveyAnswerLinks(roundId: $roundId) {\n      unitId\n      unitName\n      code\n    }\n  }\n": types.SurveyAnswerLinksOfDocument,
    "\n  query AnonymousSurvey($code: String!) {\n    surveyByAnswerCode(code: $code) {\n      surveyName\n      unitName\n      questions {\n        id\n      }\n    }\n  }\n": types.AnonymousSurveyDocument,
    "\n  mutation AnonymousAnswer($input: SubmitSurveyAnswerByCodeInput!) {\n    submitSurveyAnswerByCode(input: $input)\n  }\n": types.AnonymousAnswerDocument,
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
export function graphql(source: "\n  query SurveyDefinitionCodes {\n    surveyDefinitions {\n      id\n      code\n      name\n      questions {\n        id\n        options {\n          code\n          label\n          positive\n          nonSubstantive\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyDefinitionCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyRoundsWithUnits {\n    surveyRounds {\n      id\n      name\n      status\n      minCell\n      units {\n        unitId\n        offered\n        optedOut\n        optOutReason\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyRoundsWithUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyAnswerLinksOf($roundId: ID!) {\n    surveyAnswerLinks(roundId: $roundId) {\n      unitId\n      unitName\n      code\n    }\n  }\n"): typeof import('./graphql').SurveyAnswerLinksOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnonymousSurvey($code: String!) {\n    surveyByAnswerCode(code: $code) {\n      surveyName\n      unitName\n      questions {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AnonymousSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnonymousAnswer($input: SubmitSurveyAnswerByCodeInput!) {\n    submitSurveyAnswerByCode(input: $input)\n  }\n"): typeof import('./graphql').AnonymousAnswerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
