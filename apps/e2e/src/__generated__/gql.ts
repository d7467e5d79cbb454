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
    "\n  query RegisterProviders {\n    providers {\n      id\n      name\n      organisationNumber\n      ownership\n      units {\n        id\n        name\n        serviceArea\n        places\n      }\n    }\n  }\n": typeof types.RegisterProvidersDocument,
    "\n  query RegisterContracts($providerId: ID!) {\n    contracts(providerId: $providerId) {\n      id\n      reference\n      title\n      form\n      startDate\n      endDate\n      terminatedOn\n      terminationReason\n      units {\n        id\n      }\n    }\n  }\n": typeof types.RegisterContractsDocument,
    "\n  query RegisterHistory($entityId: ID!) {\n    changeHistory(entityId: $entityId) {\n      action\n      changes\n    }\n  }\n": typeof types.RegisterHistoryDocument,
    "\n  mutation CreateContractForFollowUp($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.CreateContractForFollowUpDocument,
    "\n  query FollowUpsOfYear($year: Int!) {\n    followUps(year: $year) {\n      id\n      title\n      status\n      responsible\n      plannedOn\n      selectionId\n      contract {\n        id\n        reference\n      }\n    }\n  }\n": typeof types.FollowUpsOfYearDocument,
    "\n  query FollowUpState($id: ID!) {\n    followUp(id: $id) {\n      id\n      status\n      closedOn\n      publishedOn\n      boardMeetingOn\n      cancellationReason\n      actions {\n        id\n        description\n        status\n        deadline\n        rechecks {\n          met\n          note\n          newDeadline\n        }\n      }\n    }\n  }\n": typeof types.FollowUpStateDocument,
    "\n  mutation SubmitActionPlan($input: ActionPlanInput!) {\n    submitActionPlan(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitActionPlanDocument,
    "\n  mutation CompleteFollowUpAction($actionId: ID!) {\n    completeFollowUpAction(actionId: $actionId) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteFollowUpActionDocument,
    "\n  query DeviationById($id: ID!) {\n    deviation(id: $id) {\n      id\n      kind\n      status\n      description\n      redactions\n      seriousness\n      ivoReportedOn\n      ivoReference\n      actions\n      finalAssessment\n      followUpId\n      rootCauses {\n        label\n      }\n      statusHistory {\n        toStatus\n        changedBy\n      }\n      assessmentHistory {\n        seriousness\n        ivoReportedOn\n        changedBy\n      }\n    }\n  }\n": typeof types.DeviationByIdDocument,
    "\n  query DeviationsByFilter($filter: DeviationFilter) {\n    deviations(filter: $filter) {\n      id\n      kind\n      description\n      complainant\n      complaintCategory\n    }\n  }\n": typeof types.DeviationsByFilterDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateContractDocument,
    "\n  mutation ImportDeviations($csv: String!) {\n    importDeviations(csv: $csv) {\n      accepted\n      imported\n    }\n  }\n": typeof types.ImportDeviationsDocument,
    "\n  query OverdueDeviationIds {\n    overdueDeviations {\n      id\n    }\n  }\n": typeof types.OverdueDeviationIdsDocument,
    "\n  query CaseFlowReports($filter: CaseFlowFilter) {\n    caseFlowReports(filter: $filter) {\n      month\n      version\n      incoming\n      outgoing\n      closedByReason {\n        reason\n        count\n      }\n    }\n  }\n": typeof types.CaseFlowReportsDocument,
    "\n  query PlacementReports($filter: PlacementFilter) {\n    placementReports(filter: $filter) {\n      unitId\n      month\n      form\n      placed\n      careDays\n      version\n    }\n  }\n": typeof types.PlacementReportsDocument,
    "\n  query PlacementSummary($from: String!, $to: String!) {\n    placementSummary(from: $from, to: $to) {\n      form\n      placed\n      careDays\n    }\n  }\n": typeof types.PlacementSummaryDocument,
    "\n  query Projection($serviceArea: String!, $region: String!, $fromYear: Int!, $years: Int!) {\n    projection(serviceArea: $serviceArea, region: $region, fromYear: $fromYear, years: $years) {\n      years {\n        year\n        population\n        demand\n      }\n    }\n  }\n": typeof types.ProjectionDocument,
    "\n  query ForecastReadiness {\n    forecastReadiness {\n      unitId\n      monthsReported\n      ready\n    }\n  }\n": typeof types.ForecastReadinessDocument,
    "\n  mutation CreateFollowUpForList($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateFollowUpForListDocument,
    "\n  query SurveyDefinitionCodes {\n    surveyDefinitions {\n      id\n      code\n      name\n      questions {\n        id\n        options {\n          code\n          label\n          positive\n          nonSubstantive\n        }\n      }\n    }\n  }\n": typeof types.SurveyDefinitionCodesDocument,
    "\n  query SurveyRoundsWithUnits {\n    surveyRounds {\n      id\n      name\n      status\n      minCell\n      units {\n        unitId\n        offered\n        optedOut\n        optOutReason\n      }\n    }\n  }\n": typeof types.SurveyRoundsWithUnitsDocument,
    "\n  query SurveyAnswerLinksOf($roundId: ID!) {\n    surveyAnswerLinks(roundId: $roundId) {\n      unitId\n      unitName\n      code\n    }\n  }\n": typeof types.SurveyAnswerLinksOfDocument,
    "\n  query AnonymousSurvey($code: String!) {\n    surveyByAnswerCode(code: $code) {\n      surveyName\n      unitName\n      questions {\n        id\n      }\n    }\n  }\n": typeof types.AnonymousSurveyDocument,
    "\n  mutation AnonymousAnswer($input: SubmitSurveyAnswerByCodeInput!) {\n    submitSurveyAnswerByCode(input: $input)\n  }\n": typeof types.AnonymousAnswerDocument,
    "\n  query DeviationsPaged($filter: DeviationFilter, $paging: DeviationPaging) {\n    deviationsPage(filter: $filter, paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        occurredOn\n      }\n    }\n  }\n": typeof types.DeviationsPagedDocument,
    "\n  mutation LinkDeviationToFollowUp($input: LinkFollowUpInput!) {\n    linkDeviationToFollowUp(input: $input) {\n      id\n      followUpId\n    }\n  }\n": typeof types.LinkDeviationToFollowUpDocument,
    "\n  query ImprovementsList {\n    improvements {\n      id\n      title\n      phase\n      studyResult\n      actDecision\n      deviationIds\n    }\n  }\n": typeof types.ImprovementsListDocument,
    "\n  query ContactsOfProvider($id: ID!) {\n    provider(id: $id) {\n      contacts {\n        name\n        email\n        topics\n      }\n    }\n  }\n": typeof types.ContactsOfProviderDocument,
    "\n  query RecordedReminders {\n    reminders(page: { limit: 100 }) {\n      total\n      items {\n        recipient\n        kind\n        state\n        subject\n      }\n    }\n  }\n": typeof types.RecordedRemindersDocument,
    "\n  query StaffingReportsOfUnit($unitId: ID!) {\n    staffingReports(unitId: $unitId) {\n      year\n      half\n      version\n      managers\n      sickLeavePercent\n      jobTitles {\n        title\n        headcount\n      }\n    }\n  }\n": typeof types.StaffingReportsOfUnitDocument,
    "\n  query PulsePeriodWeeks {\n    pulsePeriods {\n      name\n      fromWeek\n      toWeek\n    }\n  }\n": typeof types.PulsePeriodWeeksDocument,
    "\n  query PulseWeekFollowUps($week: String!) {\n    pulseOverview(week: $week) {\n      missing {\n        id\n      }\n      missingUnits {\n        id\n        providerId\n      }\n      signals {\n        unitId\n        unitName\n        questionKey\n      }\n      period {\n        name\n        questions {\n          key\n          text\n          answerType\n        }\n      }\n      answers {\n        providerId\n        unitId\n        values {\n          key\n          value\n        }\n      }\n      followUps {\n        providerId\n        unitId\n        contactedBy\n        contactedOn\n        outcome\n        outcomeText\n      }\n    }\n  }\n": typeof types.PulseWeekFollowUpsDocument,
    "\n  mutation RunRemindersNow {\n    runReminders {\n      created\n      sent\n    }\n  }\n": typeof types.RunRemindersNowDocument,
    "\n  query SupervisionCasesOfProvider($providerId: ID!) {\n    supervisionCases(filter: { providerId: $providerId }) {\n      id\n      caseNumber\n      unitId\n      openedOn\n      closedOn\n      responses {\n        dueOn\n        sentOn\n        overdue\n      }\n    }\n  }\n": typeof types.SupervisionCasesOfProviderDocument,
    "\n  query ContractRisk($id: ID!) {\n    contract(id: $id) {\n      risk {\n        score\n        parts {\n          kind\n          count\n          points\n        }\n      }\n    }\n  }\n": typeof types.ContractRiskDocument,
    "\n  query KeptOrderingList {\n    orderingList {\n      contractId\n      position\n      reason\n      addedBy\n    }\n  }\n": typeof types.KeptOrderingListDocument,
    "\n  mutation RemoveFromKeptOrderingList($contractId: ID!) {\n    removeFromOrderingList(contractId: $contractId) {\n      contractId\n    }\n  }\n": typeof types.RemoveFromKeptOrderingListDocument,
    "\n  query ThematicState($id: ID!) {\n    thematicFollowUp(followUpId: $id) {\n      units {\n        unitId\n        name\n        answers {\n          questionKey\n          value\n        }\n      }\n      results {\n        questionKey\n        of\n        values {\n          value\n          count\n        }\n      }\n      children {\n        id\n        type\n        parentFollowUpId\n      }\n    }\n  }\n": typeof types.ThematicStateDocument,
    "\n  query FollowUpParent($id: ID!) {\n    followUp(id: $id) {\n      type\n      contractId\n      parentFollowUpId\n    }\n  }\n": typeof types.FollowUpParentDocument,
    "\n  query ContractRequirementsOf($id: ID!) {\n    contract(id: $id) {\n      requirements {\n        key\n        label\n        kind\n        comparison\n        target\n        measureUnit\n      }\n    }\n  }\n": typeof types.ContractRequirementsOfDocument,
    "\n  query RequirementChecksOf($id: ID!) {\n    followUp(id: $id) {\n      requirementChecks {\n        requirement {\n          key\n        }\n        measured\n        note\n        outcome\n      }\n    }\n  }\n": typeof types.RequirementChecksOfDocument,
    "\n  query CoverageOfYear($year: Int!) {\n    followUpCoverage(year: $year) {\n      numerator\n      denominator\n      uncoveredUnits {\n        unitId\n      }\n      iopWithoutFollowUp {\n        contractId\n        dueSince\n      }\n    }\n  }\n": typeof types.CoverageOfYearDocument,
    "\n  query AllDecisionsNotExecuted {\n    decisionsNotExecuted(openOnly: false) {\n      id\n      law\n      gender\n      intervention\n      decidedOn\n      interruptedOn\n      executedOn\n    }\n  }\n": typeof types.AllDecisionsNotExecutedDocument,
    "\n  query DecisionQuarters($year: Int!) {\n    decisionsNotExecutedByQuarter(year: $year) {\n      quarter\n      count\n      ended\n      reportedOn\n      reportedBy\n      reportedCount\n    }\n  }\n": typeof types.DecisionQuartersDocument,
    "\n  query BoardsWithDepartments {\n    boards {\n      id\n      name\n      departments {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BoardsWithDepartmentsDocument,
    "\n  query UnitPlacement($id: ID!) {\n    unit(id: $id) {\n      boardId\n      departmentId\n    }\n  }\n": typeof types.UnitPlacementDocument,
    "\n  query FollowUpPlanOfBoard($year: Int!, $boardId: ID) {\n    followUpPlan(year: $year, boardId: $boardId) {\n      boardId\n      periods {\n        startsOn\n        endsOn\n        target\n      }\n    }\n  }\n": typeof types.FollowUpPlanOfBoardDocument,
    "\n  query DeviationStatisticsOfBoard($boardId: ID) {\n    deviationStatistics(filter: { boardId: $boardId }) {\n      deviations\n    }\n  }\n": typeof types.DeviationStatisticsOfBoardDocument,
    "\n  query ServiceAreasWithSectors {\n    serviceAreas {\n      code\n      name\n      sectorCode\n      sector {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ServiceAreasWithSectorsDocument,
    "\n  query DeviationStatisticsBySector {\n    deviationStatisticsBy(groupBy: SECTOR) {\n      key\n      name\n      statistics {\n        deviations\n      }\n    }\n  }\n": typeof types.DeviationStatisticsBySectorDocument,
    "\n  query RequirementJudgedOf($id: ID!) {\n    followUp(id: $id) {\n      requirementChecks {\n        requirement {\n          target\n        }\n        judged {\n          target\n        }\n        changedSinceJudged\n        outcome\n      }\n    }\n  }\n": typeof types.RequirementJudgedOfDocument,
    "\n  query ContractBoards($providerId: ID!) {\n    contracts(providerId: $providerId) {\n      reference\n      boardId\n    }\n  }\n": typeof types.ContractBoardsDocument,
    "\n  query UnitExternalCodes($id: ID!) {\n    unit(id: $id) {\n      externalCodes {\n        system\n        code\n      }\n    }\n  }\n": typeof types.UnitExternalCodesDocument,
    "\n  query DeviationImportSourceList {\n    deviationImportSources {\n      code\n      version\n      columns {\n        field\n        header\n      }\n      values {\n        field\n        from\n        to\n      }\n    }\n  }\n": typeof types.DeviationImportSourceListDocument,
    "\n  query ImportedDeviations($filter: DeviationFilter) {\n    deviations(filter: $filter) {\n      id\n      externalId\n      importSource\n      kind\n      status\n      categoryCode\n    }\n  }\n": typeof types.ImportedDeviationsDocument,
    "\n  mutation SetDeviationCategory($input: SetDeviationCategoryInput!) {\n    setDeviationCategory(input: $input) {\n      id\n      categoryCode\n    }\n  }\n": typeof types.SetDeviationCategoryDocument,
    "\n  query DeviationBreakdownOfUnit($by: DeviationBreakdownBy!, $filter: StatisticsFilter) {\n    deviationBreakdown(by: $by, filter: $filter) {\n      denominator\n      previousYearDenominator\n      entries {\n        key\n        count {\n          numerator\n          denominator\n        }\n        previousYear {\n          numerator\n          denominator\n        }\n        change\n      }\n    }\n  }\n": typeof types.DeviationBreakdownOfUnitDocument,
    "\n  query DeviationTotal($filter: StatisticsFilter) {\n    deviationStatistics(filter: $filter) {\n      total\n    }\n  }\n": typeof types.DeviationTotalDocument,
    "\n  query RetentionRunsCulled {\n    retentionRuns {\n      id\n      originalsRemoved\n      freeTextsAnonymised\n      originalsRemovedFrom\n      freeTextsAnonymisedIn\n    }\n  }\n": typeof types.RetentionRunsCulledDocument,
    "\n  mutation RegisterDecisionNotExecuted($input: RegisterDecisionNotExecutedInput!) {\n    registerDecisionNotExecuted(input: $input) {\n      id\n    }\n  }\n": typeof types.RegisterDecisionNotExecutedDocument,
    "\n  mutation PortalStageContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalStageContractDocument,
    "\n  mutation PortalStageFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalStageFollowUpDocument,
    "\n  mutation PortalStagePrepare($input: PrepareFollowUpInput!) {\n    prepareFollowUp(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalStagePrepareDocument,
    "\n  mutation PortalStageStart($id: ID!) {\n    startFollowUp(id: $id) {\n      id\n    }\n  }\n": typeof types.PortalStageStartDocument,
    "\n  mutation PortalStageReport($input: ReportFollowUpInput!) {\n    reportFollowUp(input: $input) {\n      id\n      actions {\n        id\n      }\n    }\n  }\n": typeof types.PortalStageReportDocument,
    "\n  query PortalStagedStaffing($unitId: ID) {\n    staffingReports(unitId: $unitId) {\n      year\n      half\n      version\n      permanent\n      jobTitles {\n        title\n        headcount\n      }\n    }\n  }\n": typeof types.PortalStagedStaffingDocument,
    "\n  query PortalStagedAction($id: ID!) {\n    followUp(id: $id) {\n      actions {\n        status\n        actionPlan\n      }\n    }\n  }\n": typeof types.PortalStagedActionDocument,
    "\n  mutation PortalStageStaffing($input: SubmitStaffingReportInput!) {\n    submitStaffingReport(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalStageStaffingDocument,
    "\n  query PortalStagedDue {\n    reportsDue {\n      unit {\n        id\n      }\n      kind\n      year\n      half\n      dueOn\n      state\n      latestVersion\n    }\n  }\n": typeof types.PortalStagedDueDocument,
    "\n  query PortalTestPulseOfWeek($week: String!) {\n    pulseOverview(week: $week) {\n      missing {\n        id\n      }\n      missingUnits {\n        id\n      }\n      answers {\n        providerId\n        unitId\n        version\n        values {\n          key\n          value\n        }\n        comment\n      }\n    }\n  }\n": typeof types.PortalTestPulseOfWeekDocument,
    "\n  query PortalTestApiKeys($providerId: ID!) {\n    providerApiKeys(providerId: $providerId) {\n      id\n      name\n      prefix\n      lastUsedAt\n    }\n  }\n": typeof types.PortalTestApiKeysDocument,
    "\n  query PortalTestUnitsInForecasting {\n    forecastReadiness {\n      unitId\n    }\n  }\n": typeof types.PortalTestUnitsInForecastingDocument,
};
const documents: Documents = {
    "\n  mutation CreateProvider($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateProviderDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation CreateProviderApiKey($input: CreateProviderApiKeyInput!) {\n    createProviderApiKey(input: $input) {\n      key\n    }\n  }\n": types.CreateProviderApiKeyDocument,
    "\n  mutation CreateProviderApiKeyWithId($input: CreateProviderApiKeyInput!) {\n    createProviderApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": types.CreateProviderApiKeyWithIdDocument,
    "\n  mutation ReportDeviation($input: ReportDeviationInput!) {\n    reportDeviation(input: $input) {\n      id\n      status\n      kind\n    }\n  }\n": types.ReportDeviationDocument,
    "\n  mutation SubmitCaseFlowReport($input: SubmitCaseFlowReportInput!) {\n    submitCaseFlowReport(input: $input) {\n      id\n    }\n  }\n": types.SubmitCaseFlowReportDocument,
    "\n  query RegisterProviders {\n    providers {\n      id\n      name\n      organisationNumber\n      ownership\n      units {\n        id\n        name\n        serviceArea\n        places\n      }\n    }\n  }\n": types.RegisterProvidersDocument,
    "\n  query RegisterContracts($providerId: ID!) {\n    contracts(providerId: $providerId) {\n      id\n      reference\n      title\n      form\n      startDate\n      endDate\n      terminatedOn\n      terminationReason\n      units {\n        id\n      }\n    }\n  }\n": types.RegisterContractsDocument,
    "\n  query RegisterHistory($entityId: ID!) {\n    changeHistory(entityId: $entityId) {\n      action\n      changes\n    }\n  }\n": types.RegisterHistoryDocument,
    "\n  mutation CreateContractForFollowUp($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      reference\n    }\n  }\n": types.CreateContractForFollowUpDocument,
    "\n  query FollowUpsOfYear($year: Int!) {\n    followUps(year: $year) {\n      id\n      title\n      status\n      responsible\n      plannedOn\n      selectionId\n      contract {\n        id\n        reference\n      }\n    }\n  }\n": types.FollowUpsOfYearDocument,
    "\n  query FollowUpState($id: ID!) {\n    followUp(id: $id) {\n      id\n      status\n      closedOn\n      publishedOn\n      boardMeetingOn\n      cancellationReason\n      actions {\n        id\n        description\n        status\n        deadline\n        rechecks {\n          met\n          note\n          newDeadline\n        }\n      }\n    }\n  }\n": types.FollowUpStateDocument,
    "\n  mutation SubmitActionPlan($input: ActionPlanInput!) {\n    submitActionPlan(input: $input) {\n      id\n      status\n    }\n  }\n": types.SubmitActionPlanDocument,
    "\n  mutation CompleteFollowUpAction($actionId: ID!) {\n    completeFollowUpAction(actionId: $actionId) {\n      id\n      status\n    }\n  }\n": types.CompleteFollowUpActionDocument,
    "\n  query DeviationById($id: ID!) {\n    deviation(id: $id) {\n      id\n      kind\n      status\n      description\n      redactions\n      seriousness\n      ivoReportedOn\n      ivoReference\n      actions\n      finalAssessment\n      followUpId\n      rootCauses {\n        label\n      }\n      statusHistory {\n        toStatus\n        changedBy\n      }\n      assessmentHistory {\n        seriousness\n        ivoReportedOn\n        changedBy\n      }\n    }\n  }\n": types.DeviationByIdDocument,
    "\n  query DeviationsByFilter($filter: DeviationFilter) {\n    deviations(filter: $filter) {\n      id\n      kind\n      description\n      complainant\n      complaintCategory\n    }\n  }\n": types.DeviationsByFilterDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n    }\n  }\n": types.CreateContractDocument,
    "\n  mutation ImportDeviations($csv: String!) {\n    importDeviations(csv: $csv) {\n      accepted\n      imported\n    }\n  }\n": types.ImportDeviationsDocument,
    "\n  query OverdueDeviationIds {\n    overdueDeviations {\n      id\n    }\n  }\n": types.OverdueDeviationIdsDocument,
    "\n  query CaseFlowReports($filter: CaseFlowFilter) {\n    caseFlowReports(filter: $filter) {\n      month\n      version\n      incoming\n      outgoing\n      closedByReason {\n        reason\n        count\n      }\n    }\n  }\n": types.CaseFlowReportsDocument,
    "\n  query PlacementReports($filter: PlacementFilter) {\n    placementReports(filter: $filter) {\n      unitId\n      month\n      form\n      placed\n      careDays\n      version\n    }\n  }\n": types.PlacementReportsDocument,
    "\n  query PlacementSummary($from: String!, $to: String!) {\n    placementSummary(from: $from, to: $to) {\n      form\n      placed\n      careDays\n    }\n  }\n": types.PlacementSummaryDocument,
    "\n  query Projection($serviceArea: String!, $region: String!, $fromYear: Int!, $years: Int!) {\n    projection(serviceArea: $serviceArea, region: $region, fromYear: $fromYear, years: $years) {\n      years {\n        year\n        population\n        demand\n      }\n    }\n  }\n": types.ProjectionDocument,
    "\n  query ForecastReadiness {\n    forecastReadiness {\n      unitId\n      monthsReported\n      ready\n    }\n  }\n": types.ForecastReadinessDocument,
    "\n  mutation CreateFollowUpForList($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      id\n    }\n  }\n": types.CreateFollowUpForListDocument,
    "\n  query SurveyDefinitionCodes {\n    surveyDefinitions {\n      id\n      code\n      name\n      questions {\n        id\n        options {\n          code\n          label\n          positive\n          nonSubstantive\n        }\n      }\n    }\n  }\n": types.SurveyDefinitionCodesDocument,
    "\n  query SurveyRoundsWithUnits {\n    surveyRounds {\n      id\n      name\n      status\n      minCell\n      units {\n        unitId\n        offered\n        optedOut\n        optOutReason\n      }\n    }\n  }\n": types.SurveyRoundsWithUnitsDocument,
    "\n  query SurveyAnswerLinksOf($roundId: ID!) {\n    surveyAnswerLinks(roundId: $roundId) {\n      unitId\n      unitName\n      code\n    }\n  }\n": types.SurveyAnswerLinksOfDocument,
    "\n  query AnonymousSurvey($code: String!) {\n    surveyByAnswerCode(code: $code) {\n      surveyName\n      unitName\n      questions {\n        id\n      }\n    }\n  }\n": types.AnonymousSurveyDocument,
    "\n  mutation AnonymousAnswer($input: SubmitSurveyAnswerByCodeInput!) {\n    submitSurveyAnswerByCode(input: $input)\n  }\n": types.AnonymousAnswerDocument,
    "\n  query DeviationsPaged($filter: DeviationFilter, $paging: DeviationPaging) {\n    deviationsPage(filter: $filter, paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        occurredOn\n      }\n    }\n  }\n": types.DeviationsPagedDocument,
    "\n  mutation LinkDeviationToFollowUp($input: LinkFollowUpInput!) {\n    linkDeviationToFollowUp(input: $input) {\n      id\n      followUpId\n    }\n  }\n": types.LinkDeviationToFollowUpDocument,
    "\n  query ImprovementsList {\n    improvements {\n      id\n      title\n      phase\n      studyResult\n      actDecision\n      deviationIds\n    }\n  }\n": types.ImprovementsListDocument,
    "\n  query ContactsOfProvider($id: ID!) {\n    provider(id: $id) {\n      contacts {\n        name\n        email\n        topics\n      }\n    }\n  }\n": types.ContactsOfProviderDocument,
    "\n  query RecordedReminders {\n    reminders(page: { limit: 100 }) {\n      total\n      items {\n        recipient\n        kind\n        state\n        subject\n      }\n    }\n  }\n": types.RecordedRemindersDocument,
    "\n  query StaffingReportsOfUnit($unitId: ID!) {\n    staffingReports(unitId: $unitId) {\n      year\n      half\n      version\n      managers\n      sickLeavePercent\n      jobTitles {\n        title\n        headcount\n      }\n    }\n  }\n": types.StaffingReportsOfUnitDocument,
    "\n  query PulsePeriodWeeks {\n    pulsePeriods {\n      name\n      fromWeek\n      toWeek\n    }\n  }\n": types.PulsePeriodWeeksDocument,
    "\n  query PulseWeekFollowUps($week: String!) {\n    pulseOverview(week: $week) {\n      missing {\n        id\n      }\n      missingUnits {\n        id\n        providerId\n      }\n      signals {\n        unitId\n        unitName\n        questionKey\n      }\n      period {\n        name\n        questions {\n          key\n          text\n          answerType\n        }\n      }\n      answers {\n        providerId\n        unitId\n        values {\n          key\n          value\n        }\n      }\n      followUps {\n        providerId\n        unitId\n        contactedBy\n        contactedOn\n        outcome\n        outcomeText\n      }\n    }\n  }\n": types.PulseWeekFollowUpsDocument,
    "\n  mutation RunRemindersNow {\n    runReminders {\n      created\n      sent\n    }\n  }\n": types.RunRemindersNowDocument,
    "\n  query SupervisionCasesOfProvider($providerId: ID!) {\n    supervisionCases(filter: { providerId: $providerId }) {\n      id\n      caseNumber\n      unitId\n      openedOn\n      closedOn\n      responses {\n        dueOn\n        sentOn\n        overdue\n      }\n    }\n  }\n": types.SupervisionCasesOfProviderDocument,
    "\n  query ContractRisk($id: ID!) {\n    contract(id: $id) {\n      risk {\n        score\n        parts {\n          kind\n          count\n          points\n        }\n      }\n    }\n  }\n": types.ContractRiskDocument,
    "\n  query KeptOrderingList {\n    orderingList {\n      contractId\n      position\n      reason\n      addedBy\n    }\n  }\n": types.KeptOrderingListDocument,
    "\n  mutation RemoveFromKeptOrderingList($contractId: ID!) {\n    removeFromOrderingList(contractId: $contractId) {\n      contractId\n    }\n  }\n": types.RemoveFromKeptOrderingListDocument,
    "\n  query ThematicState($id: ID!) {\n    thematicFollowUp(followUpId: $id) {\n      units {\n        unitId\n        name\n        answers {\n          questionKey\n          value\n        }\n      }\n      results {\n        questionKey\n        of\n        values {\n          value\n          count\n        }\n      }\n      children {\n        id\n        type\n        parentFollowUpId\n      }\n    }\n  }\n": types.ThematicStateDocument,
    "\n  query FollowUpParent($id: ID!) {\n    followUp(id: $id) {\n      type\n      contractId\n      parentFollowUpId\n    }\n  }\n": types.FollowUpParentDocument,
    "\n  query ContractRequirementsOf($id: ID!) {\n    contract(id: $id) {\n      requirements {\n        key\n        label\n        kind\n        comparison\n        target\n        measureUnit\n      }\n    }\n  }\n": types.ContractRequirementsOfDocument,
    "\n  query RequirementChecksOf($id: ID!) {\n    followUp(id: $id) {\n      requirementChecks {\n        requirement {\n          key\n        }\n        measured\n        note\n        outcome\n      }\n    }\n  }\n": types.RequirementChecksOfDocument,
    "\n  query CoverageOfYear($year: Int!) {\n    followUpCoverage(year: $year) {\n      numerator\n      denominator\n      uncoveredUnits {\n        unitId\n      }\n      iopWithoutFollowUp {\n        contractId\n        dueSince\n      }\n    }\n  }\n": types.CoverageOfYearDocument,
    "\n  query AllDecisionsNotExecuted {\n    decisionsNotExecuted(openOnly: false) {\n      id\n      law\n      gender\n      intervention\n      decidedOn\n      interruptedOn\n      executedOn\n    }\n  }\n": types.AllDecisionsNotExecutedDocument,
    "\n  query DecisionQuarters($year: Int!) {\n    decisionsNotExecutedByQuarter(year: $year) {\n      quarter\n      count\n      ended\n      reportedOn\n      reportedBy\n      reportedCount\n    }\n  }\n": types.DecisionQuartersDocument,
    "\n  query BoardsWithDepartments {\n    boards {\n      id\n      name\n      departments {\n        id\n        name\n      }\n    }\n  }\n": types.BoardsWithDepartmentsDocument,
    "\n  query UnitPlacement($id: ID!) {\n    unit(id: $id) {\n      boardId\n      departmentId\n    }\n  }\n": types.UnitPlacementDocument,
    "\n  query FollowUpPlanOfBoard($year: Int!, $boardId: ID) {\n    followUpPlan(year: $year, boardId: $boardId) {\n      boardId\n      periods {\n        startsOn\n        endsOn\n        target\n      }\n    }\n  }\n": types.FollowUpPlanOfBoardDocument,
    "\n  query DeviationStatisticsOfBoard($boardId: ID) {\n    deviationStatistics(filter: { boardId: $boardId }) {\n      deviations\n    }\n  }\n": types.DeviationStatisticsOfBoardDocument,
    "\n  query ServiceAreasWithSectors {\n    serviceAreas {\n      code\n      name\n      sectorCode\n      sector {\n        code\n        name\n      }\n    }\n  }\n": types.ServiceAreasWithSectorsDocument,
    "\n  query DeviationStatisticsBySector {\n    deviationStatisticsBy(groupBy: SECTOR) {\n      key\n      name\n      statistics {\n        deviations\n      }\n    }\n  }\n": types.DeviationStatisticsBySectorDocument,
    "\n  query RequirementJudgedOf($id: ID!) {\n    followUp(id: $id) {\n      requirementChecks {\n        requirement {\n          target\n        }\n        judged {\n          target\n        }\n        changedSinceJudged\n        outcome\n      }\n    }\n  }\n": types.RequirementJudgedOfDocument,
    "\n  query ContractBoards($providerId: ID!) {\n    contracts(providerId: $providerId) {\n      reference\n      boardId\n    }\n  }\n": types.ContractBoardsDocument,
    "\n  query UnitExternalCodes($id: ID!) {\n    unit(id: $id) {\n      externalCodes {\n        system\n        code\n      }\n    }\n  }\n": types.UnitExternalCodesDocument,
    "\n  query DeviationImportSourceList {\n    deviationImportSources {\n      code\n      version\n      columns {\n        field\n        header\n      }\n      values {\n        field\n        from\n        to\n      }\n    }\n  }\n": types.DeviationImportSourceListDocument,
    "\n  query ImportedDeviations($filter: DeviationFilter) {\n    deviations(filter: $filter) {\n      id\n      externalId\n      importSource\n      kind\n      status\n      categoryCode\n    }\n  }\n": types.ImportedDeviationsDocument,
    "\n  mutation SetDeviationCategory($input: SetDeviationCategoryInput!) {\n    setDeviationCategory(input: $input) {\n      id\n      categoryCode\n    }\n  }\n": types.SetDeviationCategoryDocument,
    "\n  query DeviationBreakdownOfUnit($by: DeviationBreakdownBy!, $filter: StatisticsFilter) {\n    deviationBreakdown(by: $by, filter: $filter) {\n      denominator\n      previousYearDenominator\n      entries {\n        key\n        count {\n          numerator\n          denominator\n        }\n        previousYear {\n          numerator\n          denominator\n        }\n        change\n      }\n    }\n  }\n": types.DeviationBreakdownOfUnitDocument,
    "\n  query DeviationTotal($filter: StatisticsFilter) {\n    deviationStatistics(filter: $filter) {\n      total\n    }\n  }\n": types.DeviationTotalDocument,
    "\n  query RetentionRunsCulled {\n    retentionRuns {\n      id\n      originalsRemoved\n      freeTextsAnonymised\n      originalsRemovedFrom\n      freeTextsAnonymisedIn\n    }\n  }\n": types.RetentionRunsCulledDocument,
    "\n  mutation RegisterDecisionNotExecuted($input: RegisterDecisionNotExecutedInput!) {\n    registerDecisionNotExecuted(input: $input) {\n      id\n    }\n  }\n": types.RegisterDecisionNotExecutedDocument,
    "\n  mutation PortalStageContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n    }\n  }\n": types.PortalStageContractDocument,
    "\n  mutation PortalStageFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      id\n    }\n  }\n": types.PortalStageFollowUpDocument,
    "\n  mutation PortalStagePrepare($input: PrepareFollowUpInput!) {\n    prepareFollowUp(input: $input) {\n      id\n    }\n  }\n": types.PortalStagePrepareDocument,
    "\n  mutation PortalStageStart($id: ID!) {\n    startFollowUp(id: $id) {\n      id\n    }\n  }\n": types.PortalStageStartDocument,
    "\n  mutation PortalStageReport($input: ReportFollowUpInput!) {\n    reportFollowUp(input: $input) {\n      id\n      actions {\n        id\n      }\n    }\n  }\n": types.PortalStageReportDocument,
    "\n  query PortalStagedStaffing($unitId: ID) {\n    staffingReports(unitId: $unitId) {\n      year\n      half\n      version\n      permanent\n      jobTitles {\n        title\n        headcount\n      }\n    }\n  }\n": types.PortalStagedStaffingDocument,
    "\n  query PortalStagedAction($id: ID!) {\n    followUp(id: $id) {\n      actions {\n        status\n        actionPlan\n      }\n    }\n  }\n": types.PortalStagedActionDocument,
    "\n  mutation PortalStageStaffing($input: SubmitStaffingReportInput!) {\n    submitStaffingReport(input: $input) {\n      id\n    }\n  }\n": types.PortalStageStaffingDocument,
    "\n  query PortalStagedDue {\n    reportsDue {\n      unit {\n        id\n      }\n      kind\n      year\n      half\n      dueOn\n      state\n      latestVersion\n    }\n  }\n": types.PortalStagedDueDocument,
    "\n  query PortalTestPulseOfWeek($week: String!) {\n    pulseOverview(week: $week) {\n      missing {\n        id\n      }\n      missingUnits {\n        id\n      }\n      answers {\n        providerId\n        unitId\n        version\n        values {\n          key\n          value\n        }\n        comment\n      }\n    }\n  }\n": types.PortalTestPulseOfWeekDocument,
    "\n  query PortalTestApiKeys($providerId: ID!) {\n    providerApiKeys(providerId: $providerId) {\n      id\n      name\n      prefix\n      lastUsedAt\n    }\n  }\n": types.PortalTestApiKeysDocument,
    "\n  query PortalTestUnitsInForecasting {\n    forecastReadiness {\n      unitId\n    }\n  }\n": types.PortalTestUnitsInForecastingDocument,
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
export function graphql(source: "\n  query RegisterProviders {\n    providers {\n      id\n      name\n      organisationNumber\n      ownership\n      units {\n        id\n        name\n        serviceArea\n        places\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterContracts($providerId: ID!) {\n    contracts(providerId: $providerId) {\n      id\n      reference\n      title\n      form\n      startDate\n      endDate\n      terminatedOn\n      terminationReason\n      units {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterHistory($entityId: ID!) {\n    changeHistory(entityId: $entityId) {\n      action\n      changes\n    }\n  }\n"): typeof import('./graphql').RegisterHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContractForFollowUp($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      reference\n    }\n  }\n"): typeof import('./graphql').CreateContractForFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpsOfYear($year: Int!) {\n    followUps(year: $year) {\n      id\n      title\n      status\n      responsible\n      plannedOn\n      selectionId\n      contract {\n        id\n        reference\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpsOfYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpState($id: ID!) {\n    followUp(id: $id) {\n      id\n      status\n      closedOn\n      publishedOn\n      boardMeetingOn\n      cancellationReason\n      actions {\n        id\n        description\n        status\n        deadline\n        rechecks {\n          met\n          note\n          newDeadline\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitActionPlan($input: ActionPlanInput!) {\n    submitActionPlan(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitActionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteFollowUpAction($actionId: ID!) {\n    completeFollowUpAction(actionId: $actionId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CompleteFollowUpActionDocument;
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
export function graphql(source: "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDeviations($csv: String!) {\n    importDeviations(csv: $csv) {\n      accepted\n      imported\n    }\n  }\n"): typeof import('./graphql').ImportDeviationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueDeviationIds {\n    overdueDeviations {\n      id\n    }\n  }\n"): typeof import('./graphql').OverdueDeviationIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseFlowReports($filter: CaseFlowFilter) {\n    caseFlowReports(filter: $filter) {\n      month\n      version\n      incoming\n      outgoing\n      closedByReason {\n        reason\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').CaseFlowReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementReports($filter: PlacementFilter) {\n    placementReports(filter: $filter) {\n      unitId\n      month\n      form\n      placed\n      careDays\n      version\n    }\n  }\n"): typeof import('./graphql').PlacementReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementSummary($from: String!, $to: String!) {\n    placementSummary(from: $from, to: $to) {\n      form\n      placed\n      careDays\n    }\n  }\n"): typeof import('./graphql').PlacementSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projection($serviceArea: String!, $region: String!, $fromYear: Int!, $years: Int!) {\n    projection(serviceArea: $serviceArea, region: $region, fromYear: $fromYear, years: $years) {\n      years {\n        year\n        population\n        demand\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForecastReadiness {\n    forecastReadiness {\n      unitId\n      monthsReported\n      ready\n    }\n  }\n"): typeof import('./graphql').ForecastReadinessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFollowUpForList($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateFollowUpForListDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationsPaged($filter: DeviationFilter, $paging: DeviationPaging) {\n    deviationsPage(filter: $filter, paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        occurredOn\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationsPagedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkDeviationToFollowUp($input: LinkFollowUpInput!) {\n    linkDeviationToFollowUp(input: $input) {\n      id\n      followUpId\n    }\n  }\n"): typeof import('./graphql').LinkDeviationToFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImprovementsList {\n    improvements {\n      id\n      title\n      phase\n      studyResult\n      actDecision\n      deviationIds\n    }\n  }\n"): typeof import('./graphql').ImprovementsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsOfProvider($id: ID!) {\n    provider(id: $id) {\n      contacts {\n        name\n        email\n        topics\n      }\n    }\n  }\n"): typeof import('./graphql').ContactsOfProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordedReminders {\n    reminders(page: { limit: 100 }) {\n      total\n      items {\n        recipient\n        kind\n        state\n        subject\n      }\n    }\n  }\n"): typeof import('./graphql').RecordedRemindersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffingReportsOfUnit($unitId: ID!) {\n    staffingReports(unitId: $unitId) {\n      year\n      half\n      version\n      managers\n      sickLeavePercent\n      jobTitles {\n        title\n        headcount\n      }\n    }\n  }\n"): typeof import('./graphql').StaffingReportsOfUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulsePeriodWeeks {\n    pulsePeriods {\n      name\n      fromWeek\n      toWeek\n    }\n  }\n"): typeof import('./graphql').PulsePeriodWeeksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseWeekFollowUps($week: String!) {\n    pulseOverview(week: $week) {\n      missing {\n        id\n      }\n      missingUnits {\n        id\n        providerId\n      }\n      signals {\n        unitId\n        unitName\n        questionKey\n      }\n      period {\n        name\n        questions {\n          key\n          text\n          answerType\n        }\n      }\n      answers {\n        providerId\n        unitId\n        values {\n          key\n          value\n        }\n      }\n      followUps {\n        providerId\n        unitId\n        contactedBy\n        contactedOn\n        outcome\n        outcomeText\n      }\n    }\n  }\n"): typeof import('./graphql').PulseWeekFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunRemindersNow {\n    runReminders {\n      created\n      sent\n    }\n  }\n"): typeof import('./graphql').RunRemindersNowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionCasesOfProvider($providerId: ID!) {\n    supervisionCases(filter: { providerId: $providerId }) {\n      id\n      caseNumber\n      unitId\n      openedOn\n      closedOn\n      responses {\n        dueOn\n        sentOn\n        overdue\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionCasesOfProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractRisk($id: ID!) {\n    contract(id: $id) {\n      risk {\n        score\n        parts {\n          kind\n          count\n          points\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContractRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeptOrderingList {\n    orderingList {\n      contractId\n      position\n      reason\n      addedBy\n    }\n  }\n"): typeof import('./graphql').KeptOrderingListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromKeptOrderingList($contractId: ID!) {\n    removeFromOrderingList(contractId: $contractId) {\n      contractId\n    }\n  }\n"): typeof import('./graphql').RemoveFromKeptOrderingListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThematicState($id: ID!) {\n    thematicFollowUp(followUpId: $id) {\n      units {\n        unitId\n        name\n        answers {\n          questionKey\n          value\n        }\n      }\n      results {\n        questionKey\n        of\n        values {\n          value\n          count\n        }\n      }\n      children {\n        id\n        type\n        parentFollowUpId\n      }\n    }\n  }\n"): typeof import('./graphql').ThematicStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpParent($id: ID!) {\n    followUp(id: $id) {\n      type\n      contractId\n      parentFollowUpId\n    }\n  }\n"): typeof import('./graphql').FollowUpParentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractRequirementsOf($id: ID!) {\n    contract(id: $id) {\n      requirements {\n        key\n        label\n        kind\n        comparison\n        target\n        measureUnit\n      }\n    }\n  }\n"): typeof import('./graphql').ContractRequirementsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequirementChecksOf($id: ID!) {\n    followUp(id: $id) {\n      requirementChecks {\n        requirement {\n          key\n        }\n        measured\n        note\n        outcome\n      }\n    }\n  }\n"): typeof import('./graphql').RequirementChecksOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageOfYear($year: Int!) {\n    followUpCoverage(year: $year) {\n      numerator\n      denominator\n      uncoveredUnits {\n        unitId\n      }\n      iopWithoutFollowUp {\n        contractId\n        dueSince\n      }\n    }\n  }\n"): typeof import('./graphql').CoverageOfYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllDecisionsNotExecuted {\n    decisionsNotExecuted(openOnly: false) {\n      id\n      law\n      gender\n      intervention\n      decidedOn\n      interruptedOn\n      executedOn\n    }\n  }\n"): typeof import('./graphql').AllDecisionsNotExecutedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionQuarters($year: Int!) {\n    decisionsNotExecutedByQuarter(year: $year) {\n      quarter\n      count\n      ended\n      reportedOn\n      reportedBy\n      reportedCount\n    }\n  }\n"): typeof import('./graphql').DecisionQuartersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardsWithDepartments {\n    boards {\n      id\n      name\n      departments {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').BoardsWithDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPlacement($id: ID!) {\n    unit(id: $id) {\n      boardId\n      departmentId\n    }\n  }\n"): typeof import('./graphql').UnitPlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpPlanOfBoard($year: Int!, $boardId: ID) {\n    followUpPlan(year: $year, boardId: $boardId) {\n      boardId\n      periods {\n        startsOn\n        endsOn\n        target\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpPlanOfBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationStatisticsOfBoard($boardId: ID) {\n    deviationStatistics(filter: { boardId: $boardId }) {\n      deviations\n    }\n  }\n"): typeof import('./graphql').DeviationStatisticsOfBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceAreasWithSectors {\n    serviceAreas {\n      code\n      name\n      sectorCode\n      sector {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceAreasWithSectorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationStatisticsBySector {\n    deviationStatisticsBy(groupBy: SECTOR) {\n      key\n      name\n      statistics {\n        deviations\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationStatisticsBySectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequirementJudgedOf($id: ID!) {\n    followUp(id: $id) {\n      requirementChecks {\n        requirement {\n          target\n        }\n        judged {\n          target\n        }\n        changedSinceJudged\n        outcome\n      }\n    }\n  }\n"): typeof import('./graphql').RequirementJudgedOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractBoards($providerId: ID!) {\n    contracts(providerId: $providerId) {\n      reference\n      boardId\n    }\n  }\n"): typeof import('./graphql').ContractBoardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitExternalCodes($id: ID!) {\n    unit(id: $id) {\n      externalCodes {\n        system\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').UnitExternalCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationImportSourceList {\n    deviationImportSources {\n      code\n      version\n      columns {\n        field\n        header\n      }\n      values {\n        field\n        from\n        to\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationImportSourceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportedDeviations($filter: DeviationFilter) {\n    deviations(filter: $filter) {\n      id\n      externalId\n      importSource\n      kind\n      status\n      categoryCode\n    }\n  }\n"): typeof import('./graphql').ImportedDeviationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDeviationCategory($input: SetDeviationCategoryInput!) {\n    setDeviationCategory(input: $input) {\n      id\n      categoryCode\n    }\n  }\n"): typeof import('./graphql').SetDeviationCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationBreakdownOfUnit($by: DeviationBreakdownBy!, $filter: StatisticsFilter) {\n    deviationBreakdown(by: $by, filter: $filter) {\n      denominator\n      previousYearDenominator\n      entries {\n        key\n        count {\n          numerator\n          denominator\n        }\n        previousYear {\n          numerator\n          denominator\n        }\n        change\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationBreakdownOfUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationTotal($filter: StatisticsFilter) {\n    deviationStatistics(filter: $filter) {\n      total\n    }\n  }\n"): typeof import('./graphql').DeviationTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionRunsCulled {\n    retentionRuns {\n      id\n      originalsRemoved\n      freeTextsAnonymised\n      originalsRemovedFrom\n      freeTextsAnonymisedIn\n    }\n  }\n"): typeof import('./graphql').RetentionRunsCulledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDecisionNotExecuted($input: RegisterDecisionNotExecutedInput!) {\n    registerDecisionNotExecuted(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RegisterDecisionNotExecutedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalStageContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PortalStageContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalStageFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PortalStageFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalStagePrepare($input: PrepareFollowUpInput!) {\n    prepareFollowUp(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PortalStagePrepareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalStageStart($id: ID!) {\n    startFollowUp(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PortalStageStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalStageReport($input: ReportFollowUpInput!) {\n    reportFollowUp(input: $input) {\n      id\n      actions {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').PortalStageReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalStagedStaffing($unitId: ID) {\n    staffingReports(unitId: $unitId) {\n      year\n      half\n      version\n      permanent\n      jobTitles {\n        title\n        headcount\n      }\n    }\n  }\n"): typeof import('./graphql').PortalStagedStaffingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalStagedAction($id: ID!) {\n    followUp(id: $id) {\n      actions {\n        status\n        actionPlan\n      }\n    }\n  }\n"): typeof import('./graphql').PortalStagedActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalStageStaffing($input: SubmitStaffingReportInput!) {\n    submitStaffingReport(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PortalStageStaffingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalStagedDue {\n    reportsDue {\n      unit {\n        id\n      }\n      kind\n      year\n      half\n      dueOn\n      state\n      latestVersion\n    }\n  }\n"): typeof import('./graphql').PortalStagedDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalTestPulseOfWeek($week: String!) {\n    pulseOverview(week: $week) {\n      missing {\n        id\n      }\n      missingUnits {\n        id\n      }\n      answers {\n        providerId\n        unitId\n        version\n        values {\n          key\n          value\n        }\n        comment\n      }\n    }\n  }\n"): typeof import('./graphql').PortalTestPulseOfWeekDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalTestApiKeys($providerId: ID!) {\n    providerApiKeys(providerId: $providerId) {\n      id\n      name\n      prefix\n      lastUsedAt\n    }\n  }\n"): typeof import('./graphql').PortalTestApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalTestUnitsInForecasting {\n    forecastReadiness {\n      unitId\n    }\n  }\n"): typeof import('./graphql').PortalTestUnitsInForecastingDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
