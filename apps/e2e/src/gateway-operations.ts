import { graphql } from './__generated__';

/**
 * The operations the e2e tests' helpers set the stage with, typed from the public schema: the
 * register (providers, units, keys) and the first write in each service.
 */

export const CREATE_PROVIDER = graphql(`
  mutation CreateProvider($input: CreateProviderInput!) {
    createProvider(input: $input) {
      id
      name
    }
  }
`);

export const CREATE_UNIT = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      name
    }
  }
`);

export const CREATE_PROVIDER_API_KEY = graphql(`
  mutation CreateProviderApiKey($input: CreateProviderApiKeyInput!) {
    createProviderApiKey(input: $input) {
      key
    }
  }
`);

/** The key with its id, for a test that revokes it. */
export const CREATE_PROVIDER_API_KEY_WITH_ID = graphql(`
  mutation CreateProviderApiKeyWithId($input: CreateProviderApiKeyInput!) {
    createProviderApiKey(input: $input) {
      key
      apiKey {
        id
      }
    }
  }
`);

export const REPORT_DEVIATION = graphql(`
  mutation ReportDeviation($input: ReportDeviationInput!) {
    reportDeviation(input: $input) {
      id
      status
      kind
    }
  }
`);

export const SUBMIT_CASE_FLOW_REPORT = graphql(`
  mutation SubmitCaseFlowReport($input: SubmitCaseFlowReportInput!) {
    submitCaseFlowReport(input: $input) {
      id
    }
  }
`);

export const SURVEY_DEFINITION_CODES = graphql(`
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
`);

export const SURVEY_ROUNDS_WITH_UNITS = graphql(`
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
`);

export const SURVEY_ANSWER_LINKS = graphql(`
  query SurveyAnswerLinksOf($roundId: ID!) {
    surveyAnswerLinks(roundId: $roundId) {
      unitId
      unitName
      code
    }
  }
`);

/** What a respondent's tablet asks for without signing in. */
export const ANONYMOUS_SURVEY = graphql(`
  query AnonymousSurvey($code: String!) {
    surveyByAnswerCode(code: $code) {
      surveyName
      unitName
      questions {
        id
      }
    }
  }
`);

export const ANONYMOUS_ANSWER = graphql(`
  mutation AnonymousAnswer($input: SubmitSurveyAnswerByCodeInput!) {
    submitSurveyAnswerByCode(input: $input)
  }
`);
