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

/** The register as the web's register screens leave it, for checking what they stored. */
export const REGISTER_PROVIDERS = graphql(`
  query RegisterProviders {
    providers {
      id
      name
      organisationNumber
      ownership
      units {
        id
        name
        serviceArea
        places
      }
    }
  }
`);

export const REGISTER_CONTRACTS = graphql(`
  query RegisterContracts($providerId: ID!) {
    contracts(providerId: $providerId) {
      id
      reference
      title
      form
      startDate
      endDate
      terminatedOn
      terminationReason
      units {
        id
      }
    }
  }
`);

export const REGISTER_HISTORY = graphql(`
  query RegisterHistory($entityId: ID!) {
    changeHistory(entityId: $entityId) {
      action
      changes
    }
  }
`);

// Follow-ups: the contracts a selection draws from, what the web planned, and the provider's side of the actions.

export const CREATE_CONTRACT_FOR_FOLLOW_UP = graphql(`
  mutation CreateContractForFollowUp($input: CreateContractInput!) {
    createContract(input: $input) {
      id
      reference
    }
  }
`);

export const FOLLOW_UPS_OF_YEAR = graphql(`
  query FollowUpsOfYear($year: Int!) {
    followUps(year: $year) {
      id
      title
      status
      responsible
      plannedOn
      selectionId
      contract {
        id
        reference
      }
    }
  }
`);

export const FOLLOW_UP_STATE = graphql(`
  query FollowUpState($id: ID!) {
    followUp(id: $id) {
      id
      status
      closedOn
      publishedOn
      boardMeetingOn
      cancellationReason
      actions {
        id
        description
        status
        deadline
        rechecks {
          met
          note
          newDeadline
        }
      }
    }
  }
`);

export const SUBMIT_ACTION_PLAN = graphql(`
  mutation SubmitActionPlan($input: ActionPlanInput!) {
    submitActionPlan(input: $input) {
      id
      status
    }
  }
`);

export const COMPLETE_FOLLOW_UP_ACTION = graphql(`
  mutation CompleteFollowUpAction($actionId: ID!) {
    completeFollowUpAction(actionId: $actionId) {
      id
      status
    }
  }
`);

export const DEVIATION_BY_ID = graphql(`
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
`);

export const DEVIATIONS_BY_FILTER = graphql(`
  query DeviationsByFilter($filter: DeviationFilter) {
    deviations(filter: $filter) {
      id
      kind
      description
      complainant
      complaintCategory
    }
  }
`);

// Forecasting's figures, as the web's forecasting screens store them (web-forecasting.e2e-spec.ts).

export const CREATE_CONTRACT = graphql(`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      id
    }
  }
`);

export const IMPORT_DEVIATIONS = graphql(`
  mutation ImportDeviations($csv: String!) {
    importDeviations(csv: $csv) {
      accepted
      imported
    }
  }
`);

export const OVERDUE_DEVIATION_IDS = graphql(`
  query OverdueDeviationIds {
    overdueDeviations {
      id
    }
  }
`);

export const CASE_FLOW_REPORTS = graphql(`
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
`);

export const PLACEMENT_REPORTS = graphql(`
  query PlacementReports($filter: PlacementFilter) {
    placementReports(filter: $filter) {
      unitId
      month
      form
      placed
      careDays
      version
    }
  }
`);

export const PLACEMENT_SUMMARY = graphql(`
  query PlacementSummary($from: String!, $to: String!) {
    placementSummary(from: $from, to: $to) {
      form
      placed
      careDays
    }
  }
`);

export const PROJECTION = graphql(`
  query Projection($serviceArea: String!, $region: String!, $fromYear: Int!, $years: Int!) {
    projection(serviceArea: $serviceArea, region: $region, fromYear: $fromYear, years: $years) {
      years {
        year
        population
        demand
      }
    }
  }
`);

export const FORECAST_READINESS = graphql(`
  query ForecastReadiness {
    forecastReadiness {
      unitId
      monthsReported
      ready
    }
  }
`);

export const CREATE_FOLLOW_UP = graphql(`
  mutation CreateFollowUpForList($input: CreateFollowUpInput!) {
    createFollowUp(input: $input) {
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

export const DEVIATIONS_PAGE = graphql(`
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
`);

export const LINK_DEVIATION_TO_FOLLOW_UP = graphql(`
  mutation LinkDeviationToFollowUp($input: LinkFollowUpInput!) {
    linkDeviationToFollowUp(input: $input) {
      id
      followUpId
    }
  }
`);

export const IMPROVEMENTS_LIST = graphql(`
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
`);

// Reminders: who at a provider gets them, and what was recorded.
export const CONTACTS_OF_PROVIDER = graphql(`
  query ContactsOfProvider($id: ID!) {
    provider(id: $id) {
      contacts {
        name
        email
        topics
      }
    }
  }
`);

export const RECORDED_REMINDERS = graphql(`
  query RecordedReminders {
    reminders(page: { limit: 100 }) {
      total
      items {
        recipient
        kind
        state
        subject
      }
    }
  }
`);

export const STAFFING_REPORTS_OF_UNIT = graphql(`
  query StaffingReportsOfUnit($unitId: ID!) {
    staffingReports(unitId: $unitId) {
      year
      half
      version
      managers
      sickLeavePercent
      jobTitles {
        title
        headcount
      }
    }
  }
`);

// The crisis pulse: its periods, and the run of reminders that asks for it.
export const PULSE_PERIOD_WEEKS = graphql(`
  query PulsePeriodWeeks {
    pulsePeriods {
      name
      fromWeek
      toWeek
    }
  }
`);

/** A week's pulse answers and the officials' follow-ups of its signals (web-pulse-follow-up.e2e-spec.ts). */
export const PULSE_WEEK_FOLLOW_UPS = graphql(`
  query PulseWeekFollowUps($week: String!) {
    pulseOverview(week: $week) {
      missing {
        id
      }
      missingUnits {
        id
        providerId
      }
      signals {
        unitId
        unitName
        questionKey
      }
      period {
        name
        questions {
          key
          text
          answerType
        }
      }
      answers {
        providerId
        unitId
        values {
          key
          value
        }
      }
      followUps {
        providerId
        unitId
        contactedBy
        contactedOn
        outcome
        outcomeText
      }
    }
  }
`);

export const RUN_REMINDERS_NOW = graphql(`
  mutation RunRemindersNow {
    runReminders {
      created
      sent
    }
  }
`);

// The supervision register, as its browser test checks what the web stored (web-supervision.e2e-spec.ts).

export const SUPERVISION_CASES_OF_PROVIDER = graphql(`
  query SupervisionCasesOfProvider($providerId: ID!) {
    supervisionCases(filter: { providerId: $providerId }) {
      id
      caseNumber
      unitId
      openedOn
      closedOn
      responses {
        dueOn
        sentOn
        overdue
      }
    }
  }
`);

export const CONTRACT_RISK = graphql(`
  query ContractRisk($id: ID!) {
    contract(id: $id) {
      risk {
        score
        parts {
          kind
          count
          points
        }
      }
    }
  }
`);

// The ordering function's kept list and the MAS/MAR's deviations (web-roles.e2e-spec.ts).
export const KEPT_ORDERING_LIST = graphql(`
  query KeptOrderingList {
    orderingList {
      contractId
      position
      reason
      addedBy
    }
  }
`);

export const REMOVE_FROM_ORDERING_LIST = graphql(`
  mutation RemoveFromKeptOrderingList($contractId: ID!) {
    removeFromOrderingList(contractId: $contractId) {
      contractId
    }
  }
`);

// A thematic follow-up's answers, results and the specific follow-ups it started (web-thematic-follow-up.e2e-spec.ts).
export const THEMATIC_STATE = graphql(`
  query ThematicState($id: ID!) {
    thematicFollowUp(followUpId: $id) {
      units {
        unitId
        name
        answers {
          questionKey
          value
        }
      }
      results {
        questionKey
        of
        values {
          value
          count
        }
      }
      children {
        id
        type
        parentFollowUpId
      }
    }
  }
`);

export const FOLLOW_UP_PARENT = graphql(`
  query FollowUpParent($id: ID!) {
    followUp(id: $id) {
      type
      contractId
      parentFollowUpId
    }
  }
`);

export const CONTRACT_REQUIREMENTS = graphql(`
  query ContractRequirementsOf($id: ID!) {
    contract(id: $id) {
      requirements {
        key
        label
        kind
        comparison
        target
        measureUnit
      }
    }
  }
`);

export const REQUIREMENT_CHECKS = graphql(`
  query RequirementChecksOf($id: ID!) {
    followUp(id: $id) {
      requirementChecks {
        requirement {
          key
        }
        measured
        note
        outcome
      }
    }
  }
`);

export const COVERAGE_OF_YEAR = graphql(`
  query CoverageOfYear($year: Int!) {
    followUpCoverage(year: $year) {
      numerator
      denominator
      uncoveredUnits {
        unitId
      }
      iopWithoutFollowUp {
        contractId
        dueSince
      }
    }
  }
`);

export const ALL_DECISIONS_NOT_EXECUTED = graphql(`
  query AllDecisionsNotExecuted {
    decisionsNotExecuted(openOnly: false) {
      id
      law
      gender
      intervention
      decidedOn
      interruptedOn
      executedOn
    }
  }
`);

export const DECISION_QUARTERS = graphql(`
  query DecisionQuarters($year: Int!) {
    decisionsNotExecutedByQuarter(year: $year) {
      quarter
      count
      ended
      reportedOn
      reportedBy
      reportedCount
    }
  }
`);

export const BOARDS_WITH_DEPARTMENTS = graphql(`
  query BoardsWithDepartments {
    boards {
      id
      name
      departments {
        id
        name
      }
    }
  }
`);

export const UNIT_PLACEMENT = graphql(`
  query UnitPlacement($id: ID!) {
    unit(id: $id) {
      boardId
      departmentId
    }
  }
`);

export const FOLLOW_UP_PLAN_OF_BOARD = graphql(`
  query FollowUpPlanOfBoard($year: Int!, $boardId: ID) {
    followUpPlan(year: $year, boardId: $boardId) {
      boardId
      periods {
        startsOn
        endsOn
        target
      }
    }
  }
`);

export const DEVIATION_STATISTICS_OF_BOARD = graphql(`
  query DeviationStatisticsOfBoard($boardId: ID) {
    deviationStatistics(filter: { boardId: $boardId }) {
      deviations
    }
  }
`);

export const SERVICE_AREAS_WITH_SECTORS = graphql(`
  query ServiceAreasWithSectors {
    serviceAreas {
      code
      name
      sectorCode
      sector {
        code
        name
      }
    }
  }
`);

export const DEVIATION_STATISTICS_BY_SECTOR = graphql(`
  query DeviationStatisticsBySector {
    deviationStatisticsBy(groupBy: SECTOR) {
      key
      name
      statistics {
        deviations
      }
    }
  }
`);

export const REQUIREMENT_JUDGED = graphql(`
  query RequirementJudgedOf($id: ID!) {
    followUp(id: $id) {
      requirementChecks {
        requirement {
          target
        }
        judged {
          target
        }
        changedSinceJudged
        outcome
      }
    }
  }
`);

export const CONTRACT_BOARDS = graphql(`
  query ContractBoards($providerId: ID!) {
    contracts(providerId: $providerId) {
      reference
      boardId
    }
  }
`);

// Imports as the case system exports them (web-deviation-import.e2e-spec.ts).
export const UNIT_EXTERNAL_CODES = graphql(`
  query UnitExternalCodes($id: ID!) {
    unit(id: $id) {
      externalCodes {
        system
        code
      }
    }
  }
`);

export const DEVIATION_IMPORT_SOURCE_LIST = graphql(`
  query DeviationImportSourceList {
    deviationImportSources {
      code
      version
      columns {
        field
        header
      }
      values {
        field
        from
        to
      }
    }
  }
`);

export const IMPORTED_DEVIATIONS = graphql(`
  query ImportedDeviations($filter: DeviationFilter) {
    deviations(filter: $filter) {
      id
      externalId
      importSource
      kind
      status
      categoryCode
    }
  }
`);

// What deviations are about (web-deviation-categories.e2e-spec.ts).

export const SET_DEVIATION_CATEGORY = graphql(`
  mutation SetDeviationCategory($input: SetDeviationCategoryInput!) {
    setDeviationCategory(input: $input) {
      id
      categoryCode
    }
  }
`);

export const DEVIATION_BREAKDOWN = graphql(`
  query DeviationBreakdownOfUnit($by: DeviationBreakdownBy!, $filter: StatisticsFilter) {
    deviationBreakdown(by: $by, filter: $filter) {
      denominator
      previousYearDenominator
      entries {
        key
        count {
          numerator
          denominator
        }
        previousYear {
          numerator
          denominator
        }
        change
      }
    }
  }
`);

export const DEVIATION_TOTAL = graphql(`
  query DeviationTotal($filter: StatisticsFilter) {
    deviationStatistics(filter: $filter) {
      total
    }
  }
`);

// Retention (gallring), as its browser test checks what a run culled (web-retention.e2e-spec.ts).
export const RETENTION_RUNS_CULLED = graphql(`
  query RetentionRunsCulled {
    retentionRuns {
      id
      originalsRemoved
      freeTextsAnonymised
      originalsRemovedFrom
      freeTextsAnonymisedIn
    }
  }
`);

export const REGISTER_DECISION_NOT_EXECUTED = graphql(`
  mutation RegisterDecisionNotExecuted($input: RegisterDecisionNotExecutedInput!) {
    registerDecisionNotExecuted(input: $input) {
      id
    }
  }
`);
