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
    "\n  query SessionCheck {\n    __typename\n  }\n": typeof types.SessionCheckDocument,
    "\n  mutation AddContractRequirement($input: AddContractRequirementInput!) {\n    addContractRequirement(input: $input) {\n      id\n      key\n      label\n    }\n  }\n": typeof types.AddContractRequirementDocument,
    "\n  mutation UpdateContractRequirement($input: UpdateContractRequirementInput!) {\n    updateContractRequirement(input: $input) {\n      id\n      key\n      label\n    }\n  }\n": typeof types.UpdateContractRequirementDocument,
    "\n  mutation RemoveContractRequirement($requirementId: ID!) {\n    removeContractRequirement(requirementId: $requirementId) {\n      id\n      label\n    }\n  }\n": typeof types.RemoveContractRequirementDocument,
    "\n  query DeviationImportSources {\n    deviationImportSources {\n      code\n      name\n      unitCodeSystem\n      version\n      updatedAt\n      columns {\n        field\n        header\n      }\n      values {\n        field\n        from\n        to\n      }\n    }\n  }\n": typeof types.DeviationImportSourcesDocument,
    "\n  query DeviationImportPreview($csv: String!, $source: String) {\n    previewDeviationImport(csv: $csv, source: $source) {\n      accepted\n      created\n      changed\n      unchanged\n      errors {\n        line\n        column\n        rule\n        params\n      }\n      rows {\n        line\n        externalId\n        unitName\n        kind\n        occurredOn\n        reportedOn\n        status\n        categoryLabel\n        change\n      }\n    }\n  }\n": typeof types.DeviationImportPreviewDocument,
    "\n  mutation DeviationsImport($csv: String!, $source: String) {\n    importDeviations(csv: $csv, source: $source) {\n      accepted\n      imported\n      created\n      changed\n      unchanged\n      errors {\n        line\n        column\n        rule\n        params\n      }\n    }\n  }\n": typeof types.DeviationsImportDocument,
    "\n  query DeviationImportJob($id: ID!) {\n    deviationImportJob(id: $id) {\n      id\n      status\n      dryRun\n      bytesTotal\n      bytesRead\n      rowsRead\n      rowsDone\n      created\n      changed\n      unchanged\n      errorCount\n      errors {\n        line\n        column\n        rule\n        params\n      }\n      preview {\n        line\n        externalId\n        unitName\n        kind\n        occurredOn\n        reportedOn\n        status\n        categoryLabel\n        change\n      }\n    }\n  }\n": typeof types.DeviationImportJobDocument,
    "\n  mutation ForecastDataPageSubmitPlacements($input: PlacementReportInput!) {\n    submitPlacementReport(input: $input) {\n      id\n      unitId\n      month\n      form\n      version\n    }\n  }\n": typeof types.ForecastDataPageSubmitPlacementsDocument,
    "\n  query ServiceAreaList {\n    serviceAreas {\n      code\n      name\n      sectorCode\n      position\n    }\n    sectors {\n      code\n      name\n      position\n    }\n  }\n": typeof types.ServiceAreaListDocument,
    "\n  mutation SpreadsheetImportCaseFlows($csv: String!, $dryRun: Boolean!, $unitCodeSystem: String) {\n    importCaseFlowReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $unitCodeSystem) {\n      accepted\n      imported\n      created\n      changed\n      unchanged\n      errors {\n        line\n        column\n        rule\n        params\n      }\n      rows {\n        line\n        change\n        unitName\n        service\n        month\n        source\n        incoming\n        outgoing\n        closedByReason {\n          reason\n          count\n        }\n      }\n    }\n  }\n": typeof types.SpreadsheetImportCaseFlowsDocument,
    "\n  mutation SpreadsheetImportPlacements($csv: String!, $dryRun: Boolean!, $unitCodeSystem: String) {\n    importPlacementReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $unitCodeSystem) {\n      accepted\n      imported\n      created\n      changed\n      unchanged\n      errors {\n        line\n        column\n        rule\n        params\n      }\n      rows {\n        line\n        change\n        unitId\n        unitName\n        month\n        form\n        placed\n        careDays\n        costSek\n        ended\n        endedDurationDays\n      }\n    }\n  }\n": typeof types.SpreadsheetImportPlacementsDocument,
    "\n  mutation SpreadsheetImportStaffing($csv: String!, $dryRun: Boolean!, $unitCodeSystem: String) {\n    importStaffingReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $unitCodeSystem) {\n      accepted\n      imported\n      created\n      changed\n      unchanged\n      errors {\n        line\n        column\n        rule\n        params\n      }\n      rows {\n        line\n        change\n        unitName\n        year\n        half\n        version\n        managers\n        permanent\n        temporary\n        hourly\n        sickLeavePercent\n        staffTurnoverPercent\n        jobTitles {\n          title\n          headcount\n        }\n      }\n    }\n  }\n": typeof types.SpreadsheetImportStaffingDocument,
    "\n  query SpreadsheetImportClosureReasons {\n    closureReasons {\n      code\n      label\n    }\n  }\n": typeof types.SpreadsheetImportClosureReasonsDocument,
    "\n  query SpreadsheetImportUnitCodeSystems {\n    units {\n      id\n      externalCodes {\n        system\n      }\n    }\n  }\n": typeof types.SpreadsheetImportUnitCodeSystemsDocument,
    "\n  query AccessLogPage($filter: AccessLogFilter, $paging: AccessLogPaging) {\n    accessLog(filter: $filter, paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        readAt\n        readerSub\n        readerName\n        readerRoles\n        recordKind\n        recordIds\n        deviationKind\n        field\n        reason\n      }\n    }\n  }\n": typeof types.AccessLogPageDocument,
    "\n  query MyAccessLogPage($paging: AccessLogPaging) {\n    myAccessLog(paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        readAt\n        readerSub\n        readerName\n        readerRoles\n        recordKind\n        recordIds\n        deviationKind\n        field\n        reason\n      }\n    }\n  }\n": typeof types.MyAccessLogPageDocument,
    "\n  query BoardsPage {\n    boards {\n      id\n      name\n      departments {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BoardsPageDocument,
    "\n  mutation RegisterBoard($input: RegisterBoardInput!) {\n    registerBoard(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.RegisterBoardDocument,
    "\n  mutation RenameBoard($input: RenameBoardInput!) {\n    renameBoard(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.RenameBoardDocument,
    "\n  mutation RegisterDepartment($input: RegisterDepartmentInput!) {\n    registerDepartment(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.RegisterDepartmentDocument,
    "\n  query DeviationCategoriesPage {\n    deviationCategories(includeRetired: true) {\n      id\n      code\n      label\n      kinds\n      active\n    }\n  }\n": typeof types.DeviationCategoriesPageDocument,
    "\n  mutation DeviationCategoriesPageCreate($input: CreateDeviationCategoryInput!) {\n    createDeviationCategory(input: $input) {\n      id\n      label\n    }\n  }\n": typeof types.DeviationCategoriesPageCreateDocument,
    "\n  mutation DeviationCategoriesPageSetActive($input: SetDeviationCategoryActiveInput!) {\n    setDeviationCategoryActive(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.DeviationCategoriesPageSetActiveDocument,
    "\n  query DeviationDecisionsPageOpen {\n    decisionsNotExecuted(openOnly: true) {\n      id\n      serviceArea\n      law\n      gender\n      intervention\n      decidedOn\n      interruptedOn\n      reason\n      executedOn\n      unitId\n    }\n  }\n": typeof types.DeviationDecisionsPageOpenDocument,
    "\n  query DeviationDecisionsPageQuarters($year: Int!) {\n    decisionsNotExecutedByQuarter(year: $year) {\n      quarter\n      year\n      number\n      count\n      ended\n      reportedOn\n      reportedBy\n      reportedCount\n      bySector {\n        sector\n        name\n        count\n      }\n    }\n  }\n": typeof types.DeviationDecisionsPageQuartersDocument,
    "\n  query DeviationDecisionsPageQuarterReport($input: DecisionQuarterInput!) {\n    decisionsNotExecutedQuarterReport(input: $input) {\n      quarter\n      count\n      executedInQuarter\n      byIntervention {\n        key\n        numerator\n        denominator\n        share\n        executedInQuarter\n      }\n      byLaw {\n        key\n        numerator\n        denominator\n        share\n        executedInQuarter\n      }\n      byGender {\n        key\n        numerator\n        denominator\n        share\n        executedInQuarter\n      }\n      decisions {\n        id\n        intervention\n        law\n        gender\n        decidedOn\n        interruptedOn\n        executedOn\n        reason\n      }\n    }\n  }\n": typeof types.DeviationDecisionsPageQuarterReportDocument,
    "\n  mutation DeviationDecisionsPageRegister($input: RegisterDecisionNotExecutedInput!) {\n    registerDecisionNotExecuted(input: $input) {\n      id\n      intervention\n    }\n  }\n": typeof types.DeviationDecisionsPageRegisterDocument,
    "\n  mutation DeviationDecisionsPageMarkExecuted($input: MarkDecisionExecutedInput!) {\n    markDecisionExecuted(input: $input) {\n      id\n      executedOn\n    }\n  }\n": typeof types.DeviationDecisionsPageMarkExecutedDocument,
    "\n  mutation DeviationDecisionsPageRecordQuarterReported($input: DecisionQuarterInput!) {\n    recordQuarterReported(input: $input) {\n      quarter\n      reportedOn\n      reportedBy\n    }\n  }\n": typeof types.DeviationDecisionsPageRecordQuarterReportedDocument,
    "\n  mutation SaveDeviationImportSource($input: SaveImportSourceInput!) {\n    saveDeviationImportSource(input: $input) {\n      code\n      name\n      version\n    }\n  }\n": typeof types.SaveDeviationImportSourceDocument,
    "\n  query DeviationImportSourceCategories {\n    deviationCategories {\n      code\n      label\n    }\n  }\n": typeof types.DeviationImportSourceCategoriesDocument,
    "\n  query DeviationImprovementsPage {\n    improvements {\n      id\n      title\n      phase\n      plan\n      doNotes\n      studyResult\n      studyNotes\n      actDecision\n      actNotes\n      actCompletedOn\n      studyDueOn\n      deviations {\n        id\n        kind\n        reportedOn\n        description\n        unit {\n          id\n          name\n        }\n      }\n      deviationIds\n      followUpId\n    }\n  }\n": typeof types.DeviationImprovementsPageDocument,
    "\n  query DeviationImprovementsPageStatistics($interval: ImprovementInterval!, $filter: ImprovementStatisticsFilter) {\n    improvementStatistics(interval: $interval, filter: $filter) {\n      period\n      from\n      to\n      started\n      finished\n      openAtEnd\n      adopted {\n        numerator\n        denominator\n        share\n      }\n      adapted {\n        numerator\n        denominator\n        share\n      }\n      abandoned {\n        numerator\n        denominator\n        share\n      }\n    }\n  }\n": typeof types.DeviationImprovementsPageStatisticsDocument,
    "\n  query DeviationImprovementsPageUnits {\n    units {\n      id\n      name\n      providerId\n    }\n  }\n": typeof types.DeviationImprovementsPageUnitsDocument,
    "\n  query DeviationImprovementsPageSource($id: ID!) {\n    deviation(id: $id) {\n      id\n      unit {\n        id\n      }\n    }\n  }\n": typeof types.DeviationImprovementsPageSourceDocument,
    "\n  query DeviationImprovementsPageUnitDeviations($filter: DeviationFilter) {\n    deviations(filter: $filter) {\n      id\n      kind\n      reportedOn\n      description\n    }\n  }\n": typeof types.DeviationImprovementsPageUnitDeviationsDocument,
    "\n  query DeviationImprovementsPageFollowUps {\n    followUps {\n      id\n      title\n      plannedOn\n      providerId\n    }\n  }\n": typeof types.DeviationImprovementsPageFollowUpsDocument,
    "\n  mutation DeviationImprovementsPageCreate($input: CreateImprovementInput!) {\n    createImprovement(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.DeviationImprovementsPageCreateDocument,
    "\n  mutation DeviationImprovementsPageCompletePhase($input: CompleteImprovementPhaseInput!) {\n    completeImprovementPhase(input: $input) {\n      id\n      phase\n    }\n  }\n": typeof types.DeviationImprovementsPageCompletePhaseDocument,
    "\n  mutation DeviationImprovementsPageLinkDeviations($input: LinkImprovementToDeviationsInput!) {\n    linkImprovementToDeviations(input: $input) {\n      id\n      deviationIds\n    }\n  }\n": typeof types.DeviationImprovementsPageLinkDeviationsDocument,
    "\n  mutation DeviationImprovementsPageLinkFollowUp($input: LinkImprovementToFollowUpInput!) {\n    linkImprovementToFollowUp(input: $input) {\n      id\n      followUpId\n    }\n  }\n": typeof types.DeviationImprovementsPageLinkFollowUpDocument,
    "\n  query DeviationPage($id: ID!) {\n    deviation(id: $id) {\n      id\n      kind\n      status\n      serviceArea\n      occurredOn\n      reportedOn\n      description\n      redactions\n      investigationStartedOn\n      actionsRegisteredOn\n      actions\n      finalAssessedOn\n      finalAssessment\n      closedOn\n      seriousness\n      ivoReportedOn\n      ivoReference\n      complainant\n      complaintCategory\n      category {\n        code\n        label\n        active\n      }\n      unit {\n        id\n        name\n      }\n      provider {\n        id\n        name\n      }\n      twoMonthRule {\n        deadline\n        actionsInTime\n        assessedInTime\n        overdue\n      }\n      statusHistory {\n        fromStatus\n        toStatus\n        changedBy\n        changedAt\n      }\n      followUpId\n      improvements {\n        id\n        title\n        phase\n        actDecision\n      }\n      rootCauses {\n        id\n        label\n        active\n      }\n      assessmentHistory {\n        seriousness\n        ivoReportedOn\n        ivoReference\n        changedBy\n        changedAt\n      }\n    }\n  }\n": typeof types.DeviationPageDocument,
    "\n  mutation DeviationPageChangeStatus($input: ChangeDeviationStatusInput!) {\n    changeDeviationStatus(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DeviationPageChangeStatusDocument,
    "\n  mutation DeviationPageAssessSeriousness($input: AssessSeriousnessInput!) {\n    assessSeriousness(input: $input) {\n      id\n      seriousness\n    }\n  }\n": typeof types.DeviationPageAssessSeriousnessDocument,
    "\n  mutation DeviationPageReportToIvo($input: ReportToIvoInput!) {\n    reportDeviationToIvo(input: $input) {\n      id\n      ivoReportedOn\n      ivoReference\n    }\n  }\n": typeof types.DeviationPageReportToIvoDocument,
    "\n  query DeviationPageRootCauses {\n    rootCauses(includeRetired: false) {\n      id\n      label\n    }\n  }\n": typeof types.DeviationPageRootCausesDocument,
    "\n  mutation DeviationPageSetRootCauses($input: SetRootCausesInput!) {\n    setDeviationRootCauses(input: $input) {\n      id\n      rootCauses {\n        id\n      }\n    }\n  }\n": typeof types.DeviationPageSetRootCausesDocument,
    "\n  query DeviationPageCategories($kind: DeviationKind!) {\n    deviationCategories(kind: $kind) {\n      code\n      label\n    }\n  }\n": typeof types.DeviationPageCategoriesDocument,
    "\n  mutation DeviationPageSetCategory($input: SetDeviationCategoryInput!) {\n    setDeviationCategory(input: $input) {\n      id\n      categoryCode\n    }\n  }\n": typeof types.DeviationPageSetCategoryDocument,
    "\n  query DeviationPageFollowUps {\n    followUps {\n      id\n      title\n      plannedOn\n    }\n  }\n": typeof types.DeviationPageFollowUpsDocument,
    "\n  mutation DeviationPageLinkFollowUp($input: LinkFollowUpInput!) {\n    linkDeviationToFollowUp(input: $input) {\n      id\n      followUpId\n    }\n  }\n": typeof types.DeviationPageLinkFollowUpDocument,
    "\n  query DeviationPageOriginal($id: ID!, $reason: String) {\n    deviation(id: $id) {\n      id\n      protectedDescription(reason: $reason)\n    }\n  }\n": typeof types.DeviationPageOriginalDocument,
    "\n  query DeviationRootCausesPage {\n    rootCauses(includeRetired: true) {\n      id\n      code\n      label\n      active\n    }\n  }\n": typeof types.DeviationRootCausesPageDocument,
    "\n  mutation DeviationRootCausesPageCreate($input: CreateRootCauseInput!) {\n    createRootCause(input: $input) {\n      id\n      label\n    }\n  }\n": typeof types.DeviationRootCausesPageCreateDocument,
    "\n  mutation DeviationRootCausesPageSetActive($input: SetRootCauseActiveInput!) {\n    setRootCauseActive(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.DeviationRootCausesPageSetActiveDocument,
    "\n  query DeviationsPageList($filter: DeviationFilter, $paging: DeviationPaging) {\n    deviationsPage(filter: $filter, paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        kind\n        status\n        occurredOn\n        reportedOn\n        description\n        unit {\n          id\n          name\n        }\n        provider {\n          id\n          name\n        }\n        twoMonthRule {\n          deadline\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.DeviationsPageListDocument,
    "\n  query DeviationsPageStatistics($filter: StatisticsFilter) {\n    deviationStatisticsBy(groupBy: SECTOR, filter: $filter) {\n      key\n      name\n      statistics {\n        deviations\n        lexSarah\n        lexSarahReportedToIvo\n        lexMaria\n        complaints\n        overdue\n        closedWithinTwoMonths {\n          numerator\n          denominator\n          share\n        }\n        actionsRegistered {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n    deviationTrend(interval: MONTH, filter: $filter) {\n      period\n      deviations\n      complaints\n      lexSarah\n    }\n  }\n": typeof types.DeviationsPageStatisticsDocument,
    "\n  query DeviationsPageBoards {\n    boards {\n      id\n      name\n    }\n  }\n": typeof types.DeviationsPageBoardsDocument,
    "\n  query DeviationsPageUnits {\n    units {\n      id\n      name\n      provider {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DeviationsPageUnitsDocument,
    "\n  query DeviationsPageCategories($kind: DeviationKind) {\n    deviationCategories(kind: $kind) {\n      id\n      code\n      label\n    }\n  }\n": typeof types.DeviationsPageCategoriesDocument,
    "\n  query DeviationsPageBreakdowns($filter: StatisticsFilter) {\n    byCategory: deviationBreakdown(by: CATEGORY, filter: $filter) {\n      denominator\n      previousYearDenominator\n      previousYearPeriod {\n        from\n        to\n      }\n      entries {\n        key\n        label\n        count {\n          numerator\n          denominator\n          share\n        }\n        previousYear {\n          numerator\n          denominator\n          share\n        }\n        change\n      }\n    }\n    byRootCause: deviationBreakdown(by: ROOT_CAUSE, filter: $filter) {\n      denominator\n      previousYearDenominator\n      previousYearPeriod {\n        from\n        to\n      }\n      entries {\n        key\n        label\n        count {\n          numerator\n          denominator\n          share\n        }\n        previousYear {\n          numerator\n          denominator\n          share\n        }\n        change\n      }\n    }\n  }\n": typeof types.DeviationsPageBreakdownsDocument,
    "\n  mutation DeviationsPageReport($input: ReportDeviationInput!) {\n    reportDeviation(input: $input) {\n      id\n      kind\n    }\n  }\n": typeof types.DeviationsPageReportDocument,
    "\n  mutation DeviationsPageComplaint($input: RegisterComplaintInput!) {\n    registerComplaint(input: $input) {\n      id\n      kind\n    }\n  }\n": typeof types.DeviationsPageComplaintDocument,
    "\n  mutation ChangeDeviationStatus($input: ChangeDeviationStatusInput!) {\n    changeDeviationStatus(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ChangeDeviationStatusDocument,
    "\n  query FollowUpPage($id: ID!) {\n    followUp(id: $id) {\n      id\n      title\n      purpose\n      type\n      status\n      plannedOn\n      responsible\n      assistant\n      methods\n      checklist {\n        item\n        done\n      }\n      findings\n      decisionNeeded\n      reportedOn\n      publishedOn\n      closedOn\n      boardMeetingOn\n      cancellationReason\n      contract {\n        reference\n        title\n      }\n      requirementChecks {\n        requirement {\n          id\n          key\n          label\n          comparison\n          target\n          measureUnit\n        }\n        measured\n        note\n        outcome\n        judged {\n          label\n          comparison\n          target\n          measureUnit\n        }\n        changedSinceJudged\n        guideAnswers {\n          followUpTitle\n          questionText\n          unitName\n          value\n          outcome\n        }\n      }\n      actions {\n        id\n        description\n        deadline\n        status\n        actionPlan\n        completedOn\n        verifiedOn\n        rechecks {\n          checkedOn\n          met\n          note\n          newDeadline\n        }\n      }\n    }\n  }\n": typeof types.FollowUpPageDocument,
    "\n  mutation PrepareFollowUp($input: PrepareFollowUpInput!) {\n    prepareFollowUp(input: $input) {\n      id\n    }\n  }\n": typeof types.PrepareFollowUpDocument,
    "\n  mutation StartFollowUp($id: ID!) {\n    startFollowUp(id: $id) {\n      id\n    }\n  }\n": typeof types.StartFollowUpDocument,
    "\n  mutation ReportFollowUp($input: ReportFollowUpInput!) {\n    reportFollowUp(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportFollowUpDocument,
    "\n  mutation RecheckFollowUpAction($input: RecheckActionInput!) {\n    recheckFollowUpAction(input: $input) {\n      id\n    }\n  }\n": typeof types.RecheckFollowUpActionDocument,
    "\n  mutation CloseFollowUp($id: ID!) {\n    closeFollowUp(id: $id) {\n      id\n    }\n  }\n": typeof types.CloseFollowUpDocument,
    "\n  mutation PublishFollowUpReport($id: ID!) {\n    publishFollowUpReport(id: $id) {\n      id\n    }\n  }\n": typeof types.PublishFollowUpReportDocument,
    "\n  mutation CancelFollowUp($input: CancelFollowUpInput!) {\n    cancelFollowUp(input: $input) {\n      id\n    }\n  }\n": typeof types.CancelFollowUpDocument,
    "\n  mutation RecordRequirementFinding($input: RecordRequirementFindingInput!) {\n    recordRequirementFinding(input: $input) {\n      measured\n      outcome\n      requirement {\n        id\n        label\n      }\n    }\n  }\n": typeof types.RecordRequirementFindingDocument,
    "\n  query FollowUpsPage($year: Int!, $boardId: ID) {\n    boards {\n      id\n      name\n    }\n    followUpPlan(year: $year, boardId: $boardId) {\n      year\n      boardId\n      focusAreas\n      periods {\n        startsOn\n        endsOn\n        target\n      }\n      progress {\n        period\n        startsOn\n        endsOn\n        target\n        planned\n        done\n        unplanned\n      }\n    }\n    providers {\n      id\n      name\n      units {\n        id\n        name\n      }\n    }\n    contracts {\n      id\n      reference\n      title\n      status\n    }\n    boardQueue {\n      id\n      title\n      reportedOn\n      contract {\n        reference\n      }\n    }\n  }\n": typeof types.FollowUpsPageDocument,
    "\n  mutation SaveFollowUpPlan($input: FollowUpPlanInput!) {\n    saveFollowUpPlan(input: $input) {\n      year\n    }\n  }\n": typeof types.SaveFollowUpPlanDocument,
    "\n  mutation PlanFollowUps($input: PlanFollowUpsInput!) {\n    planFollowUps(input: $input) {\n      id\n      seed\n      asOf\n      shares {\n        complaints\n        ordering\n        random\n      }\n      shortfall\n      proposals {\n        rank\n        contractId\n        reference\n        third\n        reasonCode\n        orderedPosition\n        riskScore\n        complaints\n        riskParts {\n          kind\n          count\n          points\n        }\n      }\n      skippedOrdered {\n        contractId\n        reasonCode\n      }\n    }\n  }\n": typeof types.PlanFollowUpsDocument,
    "\n  mutation AcceptFollowUpProposals($id: ID!, $input: AcceptProposalsInput) {\n    acceptFollowUpProposals(selectionId: $id, contractIds: [], input: $input) {\n      id\n    }\n  }\n": typeof types.AcceptFollowUpProposalsDocument,
    "\n  mutation PresentFollowUpToBoard($input: PresentToBoardInput!) {\n    presentFollowUpToBoard(input: $input) {\n      id\n      boardMeetingOn\n    }\n  }\n": typeof types.PresentFollowUpToBoardDocument,
    "\n  query FollowUpsPageList(\n    $year: Int\n    $status: FollowUpStatus\n    $type: FollowUpType\n    $providerId: ID\n    $unitId: ID\n    $search: String\n    $sortBy: FollowUpSortField!\n    $descending: Boolean!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    followUpsPage(\n      year: $year\n      status: $status\n      type: $type\n      providerId: $providerId\n      unitId: $unitId\n      search: $search\n      sortBy: $sortBy\n      descending: $descending\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      offset\n      limit\n      items {\n        id\n        title\n        type\n        status\n        plannedOn\n        responsible\n        provider {\n          id\n          name\n        }\n        contract {\n          reference\n          units {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.FollowUpsPageListDocument,
    "\n  query FollowUpsPageOrderingList {\n    orderingList {\n      contractId\n    }\n  }\n": typeof types.FollowUpsPageOrderingListDocument,
    "\n  query FollowUpCoverage($year: Int!) {\n    followUpCoverage(year: $year) {\n      year\n      asOf\n      numerator\n      denominator\n      byServiceArea {\n        serviceArea\n        numerator\n        denominator\n      }\n      byProvider {\n        providerId\n        providerName\n        numerator\n        denominator\n      }\n      uncoveredUnits {\n        unitId\n        unitName\n        serviceArea\n        providerId\n        providerName\n      }\n      iopWithoutFollowUp {\n        contractId\n        reference\n        title\n        providerId\n        providerName\n        lastFollowedUpOn\n        dueSince\n      }\n    }\n  }\n": typeof types.FollowUpCoverageDocument,
    "\n  query ForecastDataPageUnits {\n    units {\n      id\n      name\n      serviceArea\n      provider {\n        name\n      }\n    }\n  }\n": typeof types.ForecastDataPageUnitsDocument,
    "\n  query ForecastDataPageClosureReasons {\n    closureReasons {\n      code\n      label\n    }\n  }\n": typeof types.ForecastDataPageClosureReasonsDocument,
    "\n  mutation ForecastDataPageSubmitCaseFlow($input: SubmitCaseFlowReportInput!) {\n    submitCaseFlowReport(input: $input) {\n      id\n      month\n      version\n    }\n  }\n": typeof types.ForecastDataPageSubmitCaseFlowDocument,
    "\n  mutation ForecastDataPageImportPopulation($csv: String!) {\n    importPopulation(csv: $csv) {\n      accepted\n      imported\n      problems {\n        code\n        line\n        column\n        header\n        value\n      }\n    }\n  }\n": typeof types.ForecastDataPageImportPopulationDocument,
    "\n  mutation ForecastDataPageSetUsageRates($input: UsageRatesInput!) {\n    setUsageRates(input: $input)\n  }\n": typeof types.ForecastDataPageSetUsageRatesDocument,
    "\n  query ForecastsPageUnits {\n    units {\n      id\n      name\n      serviceArea\n      places\n    }\n  }\n": typeof types.ForecastsPageUnitsDocument,
    "\n  query ForecastsPageForecast($series: ForecastSeriesInput!, $horizon: Int!) {\n    forecast(series: $series, horizon: $horizon) {\n      model\n      components\n      noAccuracyReason\n      noAccuracyParams\n      history {\n        month\n        value\n      }\n      points {\n        month\n        value\n        lower\n        upper\n      }\n      accuracy {\n        mase\n        smape\n        origins\n      }\n      baseline {\n        mase\n        smape\n        origins\n      }\n      beatsBaseline\n    }\n  }\n": typeof types.ForecastsPageForecastDocument,
    "\n  query ForecastsPageProjection($serviceArea: String!, $region: String!, $fromYear: Int!, $years: Int!) {\n    projection(serviceArea: $serviceArea, region: $region, fromYear: $fromYear, years: $years) {\n      capacity\n      runsOutIn\n      missingBands\n      years {\n        year\n        demand\n        capacity\n        shortfall\n      }\n    }\n  }\n": typeof types.ForecastsPageProjectionDocument,
    "\n  query ForecastsPageReadiness {\n    forecastReadiness {\n      unitId\n      unitName\n      months\n      monthsReported\n      needed\n      ready\n      rule\n      params\n    }\n  }\n": typeof types.ForecastsPageReadinessDocument,
    "\n  query OrderingListPage {\n    orderingList {\n      contractId\n      position\n      reason\n      addedBy\n      addedAt\n      contract {\n        id\n        reference\n        title\n        status\n      }\n    }\n    contracts {\n      id\n      reference\n      title\n      status\n    }\n  }\n": typeof types.OrderingListPageDocument,
    "\n  mutation AddToOrderingList($input: AddToOrderingListInput!) {\n    addToOrderingList(input: $input) {\n      contractId\n      position\n    }\n  }\n": typeof types.AddToOrderingListDocument,
    "\n  mutation MoveOnOrderingList($input: MoveOnOrderingListInput!) {\n    moveOnOrderingList(input: $input) {\n      contractId\n      position\n    }\n  }\n": typeof types.MoveOnOrderingListDocument,
    "\n  mutation RemoveFromOrderingList($contractId: ID!) {\n    removeFromOrderingList(contractId: $contractId) {\n      contractId\n      position\n    }\n  }\n": typeof types.RemoveFromOrderingListDocument,
    "\n  query PortalMissingMonths($from: String) {\n    missingCaseFlowMonths(from: $from) {\n      unitId\n      unitName\n      months\n    }\n  }\n": typeof types.PortalMissingMonthsDocument,
    "\n  query PortalCaseFlows($filter: CaseFlowFilter) {\n    caseFlowReports(filter: $filter) {\n      id\n      unitId\n      service\n      month\n      incoming\n      outgoing\n      closedByReason {\n        reason\n        count\n      }\n      version\n      submittedAt\n    }\n  }\n": typeof types.PortalCaseFlowsDocument,
    "\n  query PortalPlacements($filter: PlacementFilter) {\n    placementReports(filter: $filter) {\n      id\n      unitId\n      month\n      form\n      placed\n      careDays\n      costSek\n      ended\n      endedDurationDays\n      version\n    }\n  }\n": typeof types.PortalPlacementsDocument,
    "\n  query PortalDeviation($id: ID!) {\n    deviation(id: $id) {\n      id\n      kind\n      status\n      occurredOn\n      reportedOn\n      description\n      redactions\n      actions\n      actionsRegisteredOn\n      finalAssessment\n      finalAssessedOn\n      closedOn\n      seriousness\n      ivoReportedOn\n      complainant\n      complaintCategory\n      unit {\n        id\n        name\n      }\n      twoMonthRule {\n        deadline\n        overdue\n      }\n      statusHistory {\n        fromStatus\n        toStatus\n        changedBy\n        changedAt\n      }\n      assessmentHistory {\n        seriousness\n        ivoReportedOn\n        ivoReference\n        changedBy\n        changedAt\n      }\n    }\n  }\n": typeof types.PortalDeviationDocument,
    "\n  query PortalDeviations($filter: DeviationFilter, $paging: DeviationPaging) {\n    deviationsPage(filter: $filter, paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        kind\n        status\n        occurredOn\n        reportedOn\n        unit {\n          id\n          name\n        }\n        twoMonthRule {\n          deadline\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.PortalDeviationsDocument,
    "\n  query PortalFollowUps {\n    followUps {\n      id\n      title\n      type\n      status\n      plannedOn\n      reportedOn\n      contract {\n        reference\n      }\n      actions {\n        id\n        status\n        deadline\n      }\n    }\n  }\n": typeof types.PortalFollowUpsDocument,
    "\n  query PortalFollowUp($id: ID!) {\n    followUp(id: $id) {\n      id\n      title\n      purpose\n      type\n      status\n      plannedOn\n      responsible\n      findings\n      reportedOn\n      publishedOn\n      closedOn\n      contract {\n        reference\n        title\n      }\n      actions {\n        id\n        description\n        deadline\n        status\n        actionPlan\n        completedOn\n        verifiedOn\n        rechecks {\n          checkedOn\n          met\n          note\n          newDeadline\n        }\n      }\n    }\n  }\n": typeof types.PortalFollowUpDocument,
    "\n  mutation PortalSubmitActionPlan($input: ActionPlanInput!) {\n    submitActionPlan(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PortalSubmitActionPlanDocument,
    "\n  mutation PortalCompleteAction($actionId: ID!) {\n    completeFollowUpAction(actionId: $actionId) {\n      id\n      status\n      completedOn\n    }\n  }\n": typeof types.PortalCompleteActionDocument,
    "\n  query PortalPulse($week: String!) {\n    pulseOverview(week: $week) {\n      week\n      period {\n        name\n        fromWeek\n        toWeek\n      }\n      questions {\n        key\n        text\n        answerType\n      }\n      unitAnswers {\n        unit {\n          id\n          name\n        }\n        answer {\n          id\n          week\n          unitId\n          values {\n            key\n            value\n          }\n          comment\n          version\n          submittedAt\n        }\n      }\n      answeredUnits {\n        id\n        name\n      }\n      missingUnits {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PortalPulseDocument,
    "\n  mutation PortalSubmitPulse($input: SubmitPulseAnswerInput!) {\n    submitPulseAnswer(input: $input) {\n      id\n      week\n      unitId\n      version\n    }\n  }\n": typeof types.PortalSubmitPulseDocument,
    "\n  query PortalSubmittedReports {\n    staffingReports {\n      id\n      unitId\n      year\n      half\n      version\n      managers\n      permanent\n      temporary\n      hourly\n      sickLeavePercent\n      staffTurnoverPercent\n      submittedBy\n      submittedAt\n    }\n    businessReports {\n      id\n      unitId\n      year\n      version\n      submittedBy\n      submittedAt\n    }\n  }\n": typeof types.PortalSubmittedReportsDocument,
    "\n  mutation PortalSubmitStaffing($input: SubmitStaffingReportInput!) {\n    submitStaffingReport(input: $input) {\n      id\n      year\n      half\n      version\n    }\n  }\n": typeof types.PortalSubmitStaffingDocument,
    "\n  mutation PortalSubmitBusiness($input: SubmitBusinessReportInput!) {\n    submitBusinessReport(input: $input) {\n      id\n      year\n      version\n    }\n  }\n": typeof types.PortalSubmitBusinessDocument,
    "\n  query PortalReportsDue {\n    reportsDue {\n      unit {\n        id\n        name\n      }\n      kind\n      year\n      half\n      dueOn\n      state\n      latestVersion\n      lastSubmittedOn\n    }\n  }\n": typeof types.PortalReportsDueDocument,
    "\n  query PortalOpenActions {\n    followUps {\n      id\n      title\n      status\n      plannedOn\n      reportedOn\n      actions {\n        id\n        description\n        deadline\n        status\n      }\n    }\n  }\n": typeof types.PortalOpenActionsDocument,
    "\n  query PortalMissingCaseFlows($from: String) {\n    missingCaseFlowMonths(from: $from) {\n      unitId\n      unitName\n      months\n    }\n  }\n": typeof types.PortalMissingCaseFlowsDocument,
    "\n  query PortalPulseWeek($week: String!) {\n    pulseOverview(week: $week) {\n      week\n      answeredUnits {\n        id\n      }\n      missingUnits {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PortalPulseWeekDocument,
    "\n  query ProviderContacts($providerId: ID!) {\n    provider(id: $providerId) {\n      id\n      name\n      contacts {\n        id\n        name\n        email\n        topics\n      }\n    }\n  }\n": typeof types.ProviderContactsDocument,
    "\n  mutation AddProviderContact($input: AddProviderContactInput!) {\n    addProviderContact(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AddProviderContactDocument,
    "\n  mutation ChangeProviderContact($input: UpdateProviderContactInput!) {\n    updateProviderContact(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ChangeProviderContactDocument,
    "\n  mutation RemoveProviderContact($id: ID!) {\n    removeProviderContact(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.RemoveProviderContactDocument,
    "\n  query ProviderPage($id: ID!) {\n    boards {\n      id\n      name\n      departments {\n        id\n        name\n      }\n    }\n    provider(id: $id) {\n      id\n      name\n      organisationNumber\n      ownership\n      deviationStatistics {\n        total\n        deviations\n        lexSarah\n        complaints\n        overdue\n        closedWithinTwoMonths {\n          numerator\n          denominator\n          share\n        }\n      }\n      caseFlow {\n        month\n        incoming\n        outgoing\n        balance\n      }\n      units {\n        id\n        name\n        serviceArea\n        places\n        boardId\n        departmentId\n        externalCodes {\n          system\n          code\n        }\n        deviationStatistics {\n          total\n          open\n        }\n        surveyResults {\n          roundName\n          period\n          answers\n          responseRate {\n            numerator\n            denominator\n            share\n          }\n          sharePositive\n        }\n        staffingReports {\n          year\n          half\n          version\n          sickLeavePercent\n          staffTurnoverPercent\n        }\n        businessReports {\n          year\n          version\n        }\n      }\n    }\n    contracts(providerId: $id) {\n      id\n      reference\n      title\n      form\n      status\n      startDate\n      endDate\n      terminatedOn\n      terminationReason\n      boardId\n      units {\n        id\n        name\n      }\n      requirements {\n        id\n        key\n        label\n        kind\n        comparison\n        target\n        measureUnit\n      }\n      followUps {\n        id\n        title\n        type\n        status\n        plannedOn\n      }\n    }\n  }\n": typeof types.ProviderPageDocument,
    "\n  mutation RegisterUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.RegisterUnitDocument,
    "\n  mutation RegisterContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.RegisterContractDocument,
    "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      id\n      terminatedOn\n    }\n  }\n": typeof types.TerminateContractDocument,
    "\n  query ChangeHistory($entityId: ID!) {\n    changeHistory(entityId: $entityId) {\n      id\n      entityType\n      action\n      changedBy\n      changedAt\n      changes\n    }\n  }\n": typeof types.ChangeHistoryDocument,
    "\n  mutation ChangeProvider($input: UpdateProviderInput!) {\n    updateProvider(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ChangeProviderDocument,
    "\n  mutation ChangeUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ChangeUnitDocument,
    "\n  mutation ChangeContract($input: UpdateContractInput!) {\n    updateContract(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.ChangeContractDocument,
    "\n  query ProviderApiKeys($providerId: ID!) {\n    providerApiKeys(providerId: $providerId) {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ProviderApiKeysDocument,
    "\n  mutation IssueProviderApiKey($input: CreateProviderApiKeyInput!) {\n    createProviderApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": typeof types.IssueProviderApiKeyDocument,
    "\n  mutation RevokeProviderApiKey($id: ID!) {\n    revokeProviderApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeProviderApiKeyDocument,
    "\n  query ProvidersPage($page: ProvidersPageInput) {\n    providersPage(page: $page) {\n      total\n      items {\n        id\n        name\n        organisationNumber\n        ownership\n        units {\n          id\n          name\n          serviceArea\n          places\n          deviationStatistics {\n            total\n            open\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProvidersPageDocument,
    "\n  mutation RegisterProvider($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.RegisterProviderDocument,
    "\n  query PulsePeriods {\n    pulsePeriods {\n      id\n      name\n      fromWeek\n      toWeek\n      openedBy\n      openedAt\n      endedBy\n      questions {\n        key\n        text\n        answerType\n      }\n    }\n  }\n": typeof types.PulsePeriodsDocument,
    "\n  query PulseWeekOverview($week: String!) {\n    pulseOverview(week: $week) {\n      week\n      threshold\n      period {\n        id\n        name\n      }\n      questions {\n        key\n        text\n        answerType\n      }\n      answers {\n        id\n        providerId\n        unitId\n        values {\n          key\n          value\n        }\n        comment\n        version\n        submittedAt\n      }\n      unitAnswers {\n        unit {\n          id\n          name\n        }\n        providerId\n        providerName\n        answer {\n          id\n          values {\n            key\n            value\n          }\n          comment\n          version\n        }\n        signals {\n          questionKey\n          questionText\n          answerType\n          score\n        }\n        followUps {\n          id\n          unitId\n          contactedBy\n          contactedOn\n          outcome\n          outcomeText\n          recordedBy\n        }\n      }\n      missingUnits {\n        id\n        name\n        providerId\n        providerName\n      }\n      answered {\n        id\n        name\n      }\n      missing {\n        id\n        name\n      }\n      signals {\n        providerId\n        providerName\n        unitId\n        unitName\n        questionKey\n        questionText\n        answerType\n        score\n      }\n      followUps {\n        id\n        providerId\n        unitId\n        contactedBy\n        contactedOn\n        outcome\n        outcomeText\n        recordedBy\n      }\n    }\n  }\n": typeof types.PulseWeekOverviewDocument,
    "\n  query PulseTrend($periodId: ID!) {\n    pulseTrend(periodId: $periodId) {\n      threshold\n      weeks\n      units {\n        providerId\n        providerName\n        weeks {\n          week\n          answered\n          values {\n            key\n            value\n          }\n          signalKeys\n          followUps {\n            id\n            outcome\n          }\n        }\n      }\n      questions {\n        key\n        text\n        answerType\n        weeks {\n          week\n          answers\n          average\n          yes\n          no\n          signals\n        }\n      }\n    }\n  }\n": typeof types.PulseTrendDocument,
    "\n  query PulseTrendPerUnit($periodId: ID!) {\n    pulseTrend(periodId: $periodId) {\n      weeks\n      perUnit {\n        providerId\n        providerName\n        unitId\n        unitName\n        weeks {\n          week\n          answered\n          values {\n            key\n            value\n          }\n          signalKeys\n          followUps {\n            id\n            outcome\n          }\n        }\n      }\n    }\n  }\n": typeof types.PulseTrendPerUnitDocument,
    "\n  query PulseTrendOf($periodId: ID!, $unitId: ID, $providerId: ID) {\n    pulseTrend(periodId: $periodId, unitId: $unitId, providerId: $providerId) {\n      weeks\n      questions {\n        key\n        text\n        answerType\n        weeks {\n          week\n          answers\n          average\n          yes\n          no\n          signals\n        }\n      }\n    }\n  }\n": typeof types.PulseTrendOfDocument,
    "\n  mutation OpenPulsePeriod($input: OpenPulsePeriodInput!) {\n    openPulsePeriod(input: $input) {\n      id\n      name\n      fromWeek\n      toWeek\n      questions {\n        key\n      }\n    }\n  }\n": typeof types.OpenPulsePeriodDocument,
    "\n  mutation EndPulsePeriod($input: EndPulsePeriodInput!) {\n    endPulsePeriod(input: $input) {\n      id\n      name\n      toWeek\n    }\n  }\n": typeof types.EndPulsePeriodDocument,
    "\n  mutation RecordPulseFollowUp($input: RecordPulseFollowUpInput!) {\n    recordPulseFollowUp(input: $input) {\n      id\n      providerId\n      unitId\n      week\n      outcome\n    }\n  }\n": typeof types.RecordPulseFollowUpDocument,
    "\n  query QuestionGuidesPage {\n    questionGuides {\n      id\n      key\n      version\n      title\n      questions {\n        key\n        text\n        answerType\n        options\n        requirement\n        askedWhenYes\n      }\n    }\n    thematic: followUps(type: THEMATIC) {\n      id\n      title\n      plannedOn\n      status\n    }\n    overarching: followUps(type: OVERARCHING) {\n      id\n      title\n      plannedOn\n      status\n    }\n    providers {\n      id\n      name\n      units {\n        id\n        name\n        serviceArea\n      }\n    }\n  }\n": typeof types.QuestionGuidesPageDocument,
    "\n  mutation PublishQuestionGuide($input: PublishQuestionGuideInput!) {\n    publishQuestionGuide(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.PublishQuestionGuideDocument,
    "\n  mutation CreateThematicFollowUp($input: CreateThematicFollowUpInput!) {\n    createThematicFollowUp(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n": typeof types.CreateThematicFollowUpDocument,
    "\n  query RemindersPage($page: RemindersPageInput) {\n    reminders(page: $page) {\n      total\n      mailEnabled\n      items {\n        id\n        recipient\n        recipientName\n        kind\n        subject\n        body\n        state\n        error\n        createdAt\n        sentAt\n      }\n    }\n  }\n": typeof types.RemindersPageDocument,
    "\n  mutation RunReminders {\n    runReminders {\n      created\n      sent\n      bounced\n      failed\n      outbox\n      mailEnabled\n    }\n  }\n": typeof types.RunRemindersDocument,
    "\n  query ReportsPageBoards {\n    boards {\n      id\n      name\n    }\n  }\n": typeof types.ReportsPageBoardsDocument,
    "\n  query RetentionSettings {\n    retentionSettings {\n      protectedTextMonths\n      freeTextMonths\n      cron\n      scheduled\n    }\n  }\n": typeof types.RetentionSettingsDocument,
    "\n  query RetentionRuns {\n    retentionRuns {\n      id\n      ranAt\n      ranBy\n      ranByName\n      originalsClosedBy\n      freeTextsClosedBy\n      originalsRemoved\n      freeTextsAnonymised\n      accessLogReasonsAnonymised\n    }\n  }\n": typeof types.RetentionRunsDocument,
    "\n  mutation RunRetention {\n    runRetention {\n      id\n      originalsRemoved\n      freeTextsAnonymised\n      accessLogReasonsAnonymised\n    }\n  }\n": typeof types.RunRetentionDocument,
    "\n  query ServiceAreasPage {\n    sectors {\n      code\n      name\n      position\n      serviceAreas {\n        code\n        name\n        position\n      }\n    }\n  }\n": typeof types.ServiceAreasPageDocument,
    "\n  mutation RegisterSector($input: RegisterSectorInput!) {\n    registerSector(input: $input) {\n      code\n      name\n    }\n  }\n": typeof types.RegisterSectorDocument,
    "\n  mutation RenameSector($input: RenameSectorInput!) {\n    renameSector(input: $input) {\n      code\n      name\n    }\n  }\n": typeof types.RenameSectorDocument,
    "\n  mutation RegisterServiceArea($input: RegisterServiceAreaInput!) {\n    registerServiceArea(input: $input) {\n      code\n      name\n      sector {\n        code\n        name\n      }\n    }\n  }\n": typeof types.RegisterServiceAreaDocument,
    "\n  mutation UpdateServiceArea($input: UpdateServiceAreaInput!) {\n    updateServiceArea(input: $input) {\n      code\n      name\n      sector {\n        code\n        name\n      }\n    }\n  }\n": typeof types.UpdateServiceAreaDocument,
    "\n  query StartPageOverdueActions {\n    overdueFollowUpActions {\n      id\n      description\n      deadline\n      followUpId\n    }\n  }\n": typeof types.StartPageOverdueActionsDocument,
    "\n  query StartPageOverdueDeviations {\n    overdueDeviations {\n      id\n      kind\n      description\n      reportedOn\n      twoMonthRule {\n        deadline\n      }\n    }\n  }\n": typeof types.StartPageOverdueDeviationsDocument,
    "\n  query StartPageMissingReports($year: Int!, $half: Int) {\n    unitsMissingReport(kind: STAFFING, year: $year, half: $half) {\n      id\n      name\n      providerId\n      provider {\n        name\n      }\n    }\n  }\n": typeof types.StartPageMissingReportsDocument,
    "\n  query StartPagePulse($week: String!) {\n    pulseOverview(week: $week) {\n      period {\n        name\n      }\n      signals {\n        providerId\n        providerName\n        unitName\n        questionText\n        answerType\n        score\n      }\n      missing {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StartPagePulseDocument,
    "\n  query StartPageRisks {\n    contracts {\n      id\n      reference\n      title\n      status\n      providerId\n      risk {\n        score\n        parts {\n          kind\n          count\n        }\n      }\n    }\n  }\n": typeof types.StartPageRisksDocument,
    "\n  query StartPageProviderActivity {\n    providerActivity(limit: 12) {\n      kind\n      provider {\n        id\n        name\n      }\n      unit {\n        name\n      }\n      year\n      half\n      version\n      followUpId\n      action\n      by\n      at\n    }\n  }\n": typeof types.StartPageProviderActivityDocument,
    "\n  query StartPageCaseFlowDeliveries {\n    caseFlowDeliveries(limit: 6) {\n      providerId\n      providerName\n      unitName\n      months\n      reports\n      by\n      at\n    }\n  }\n": typeof types.StartPageCaseFlowDeliveriesDocument,
    "\n  query StartPageOverdueSupervision {\n    overdueSupervisionResponses {\n      caseId\n      authority\n      caseNumber\n      responseId\n      required\n      dueOn\n    }\n  }\n": typeof types.StartPageOverdueSupervisionDocument,
    "\n  query IopWithoutFollowUp {\n    iopContractsWithoutFollowUp {\n      contractId\n      reference\n      title\n      providerId\n      providerName\n      lastFollowedUpOn\n      dueSince\n    }\n  }\n": typeof types.IopWithoutFollowUpDocument,
    "\n  query SupervisionProviders {\n    providers {\n      id\n      name\n      units {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SupervisionProvidersDocument,
    "\n  query SupervisionCases($filter: SupervisionCaseFilter) {\n    supervisionCases(filter: $filter) {\n      id\n      authority\n      caseNumber\n      providerId\n      unitId\n      examined\n      openedOn\n      decision\n      decidedOn\n      decisionText\n      closedOn\n      responses {\n        id\n        required\n        dueOn\n        sentOn\n        overdue\n      }\n    }\n  }\n": typeof types.SupervisionCasesDocument,
    "\n  mutation RegisterSupervisionCase($input: RegisterSupervisionCaseInput!) {\n    registerSupervisionCase(input: $input) {\n      id\n      authority\n      caseNumber\n    }\n  }\n": typeof types.RegisterSupervisionCaseDocument,
    "\n  mutation AddSupervisionResponse($input: AddSupervisionResponseInput!) {\n    addSupervisionResponse(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddSupervisionResponseDocument,
    "\n  mutation MarkSupervisionResponseSent($input: MarkSupervisionResponseSentInput!) {\n    markSupervisionResponseSent(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.MarkSupervisionResponseSentDocument,
    "\n  mutation RecordSupervisionDecision($input: RecordSupervisionDecisionInput!) {\n    recordSupervisionDecision(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RecordSupervisionDecisionDocument,
    "\n  mutation CloseSupervisionCase($input: CloseSupervisionCaseInput!) {\n    closeSupervisionCase(input: $input) {\n      id\n      version\n      closedOn\n    }\n  }\n": typeof types.CloseSupervisionCaseDocument,
    "\n  query SurveyAnswerFormRound($id: ID!) {\n    surveyRound(id: $id) {\n      id\n      definitionId\n      status\n      units {\n        unitId\n        name\n        optedOut\n      }\n    }\n  }\n": typeof types.SurveyAnswerFormRoundDocument,
    "\n  query SurveyAnswerFormDefinition($id: ID!) {\n    surveyDefinition(id: $id) {\n      questions {\n        id\n        text\n        options {\n          code\n          label\n        }\n      }\n    }\n  }\n": typeof types.SurveyAnswerFormDefinitionDocument,
    "\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitSurveyResponseDocument,
    "\n  query SurveyByAnswerCode($code: String!) {\n    surveyByAnswerCode(code: $code) {\n      surveyName\n      unitName\n      questions {\n        id\n        text\n        options {\n          code\n          label\n        }\n      }\n    }\n  }\n": typeof types.SurveyByAnswerCodeDocument,
    "\n  mutation SubmitSurveyAnswerByCode($input: SubmitSurveyAnswerByCodeInput!) {\n    submitSurveyAnswerByCode(input: $input)\n  }\n": typeof types.SubmitSurveyAnswerByCodeDocument,
    "\n  query SurveyCoverage($id: ID!) {\n    surveyRound(id: $id) {\n      id\n      units {\n        unitId\n        name\n        offered\n        placed\n        optedOut\n        coverage {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n  }\n": typeof types.SurveyCoverageDocument,
    "\n  query SurveyCrossTab($roundId: ID!, $rowQuestionId: String!, $columnQuestionId: String!) {\n    surveyCrossTab(roundId: $roundId, rowQuestionId: $rowQuestionId, columnQuestionId: $columnQuestionId) {\n      minCell\n      rowQuestionText\n      columnQuestionText\n      answers\n      rows {\n        optionCode\n        optionLabel\n        suppressed\n        answers\n        cells {\n          optionCode\n          nonSubstantive\n          suppressed\n          count\n          share {\n            numerator\n            denominator\n            share\n          }\n        }\n      }\n      columns {\n        optionCode\n        optionLabel\n        suppressed\n        answers\n      }\n    }\n  }\n": typeof types.SurveyCrossTabDocument,
    "\n  mutation CreateSurveyDefinition($input: CreateSurveyDefinitionInput!) {\n    createSurveyDefinition(input: $input) {\n      id\n      code\n      version\n      name\n    }\n  }\n": typeof types.CreateSurveyDefinitionDocument,
    "\n  mutation ImportSurveyResponses($roundId: ID!, $csv: String!) {\n    importSurveyResponses(roundId: $roundId, csv: $csv) {\n      accepted\n      imported\n      errors {\n        line\n        column\n        rule\n        params\n      }\n    }\n  }\n": typeof types.ImportSurveyResponsesDocument,
    "\n  mutation ImportKoladaValues($json: String!) {\n    importKoladaValues(json: $json) {\n      accepted\n      imported\n      problems {\n        field\n        rule\n        params\n      }\n    }\n  }\n": typeof types.ImportKoladaValuesDocument,
    "\n  query SurveyKoladaDefinition($id: ID!) {\n    surveyDefinition(id: $id) {\n      id\n      name\n      version\n      questions {\n        id\n        text\n        koladaKpi\n        koladaKpiByServiceArea {\n          serviceArea\n          kpi\n        }\n      }\n    }\n  }\n": typeof types.SurveyKoladaDefinitionDocument,
    "\n  mutation SetSurveyQuestionKolada($input: SetSurveyQuestionKoladaInput!) {\n    setSurveyQuestionKolada(input: $input) {\n      id\n      questions {\n        id\n        koladaKpi\n        koladaKpiByServiceArea {\n          serviceArea\n          kpi\n        }\n      }\n    }\n  }\n": typeof types.SetSurveyQuestionKoladaDocument,
    "\n  query SurveyRoundAdminLinks($roundId: ID!) {\n    surveyAnswerLinks(roundId: $roundId) {\n      unitId\n      unitName\n      code\n    }\n  }\n": typeof types.SurveyRoundAdminLinksDocument,
    "\n  mutation CloseSurveyRound($roundId: ID!) {\n    closeSurveyRound(roundId: $roundId) {\n      id\n      status\n      closedOn\n    }\n  }\n": typeof types.CloseSurveyRoundDocument,
    "\n  query SurveyRoundFormDefinitions {\n    surveyDefinitions {\n      id\n      code\n      version\n      name\n    }\n  }\n": typeof types.SurveyRoundFormDefinitionsDocument,
    "\n  query SurveyRoundFormUnits {\n    units {\n      id\n      name\n      provider {\n        name\n      }\n    }\n  }\n": typeof types.SurveyRoundFormUnitsDocument,
    "\n  mutation CreateSurveyRound($input: CreateSurveyRoundInput!) {\n    createSurveyRound(input: $input) {\n      id\n      name\n      period\n    }\n  }\n": typeof types.CreateSurveyRoundDocument,
    "\n  query SurveysPageRounds {\n    surveyRounds {\n      id\n      definitionId\n      name\n      period\n      status\n    }\n  }\n": typeof types.SurveysPageRoundsDocument,
    "\n  query SurveysPageResults($roundId: ID!, $groupBy: SurveyResultGrouping!, $compareWithRoundId: ID) {\n    surveyResults(roundId: $roundId, groupBy: $groupBy, compareWithRoundId: $compareWithRoundId) {\n      key\n      name\n      answers\n      responseRate {\n        numerator\n        denominator\n        share\n        excluded {\n          reasonCode\n          units\n          count\n        }\n      }\n      previousResponseRate {\n        numerator\n        denominator\n        share\n      }\n      questions {\n        questionId\n        text\n        suppressed\n        sharePositive {\n          numerator\n          denominator\n          share\n          excluded {\n            reasonCode\n            units\n            count\n          }\n        }\n        interval {\n          low\n          high\n        }\n        national\n      }\n    }\n  }\n": typeof types.SurveysPageResultsDocument,
    "\n  query SurveysPageDistribution($roundId: ID!, $groupBy: SurveyResultGrouping!) {\n    surveyAnswerDistribution(roundId: $roundId, groupBy: $groupBy) {\n      groupKey\n      questionId\n      optionCode\n      optionLabel\n      nonSubstantive\n      suppressed\n      count\n      share {\n        numerator\n        denominator\n        share\n      }\n    }\n  }\n": typeof types.SurveysPageDistributionDocument,
    "\n  query ThematicFollowUpPage($id: ID!) {\n    thematicFollowUp(followUpId: $id) {\n      followUp {\n        id\n        title\n        purpose\n        plannedOn\n        type\n      }\n      guide {\n        title\n        version\n        questions {\n          key\n          text\n          answerType\n          options\n          requirement\n          askedWhenYes\n        }\n      }\n      scopeKind\n      serviceArea\n      units {\n        unitId\n        name\n        providerName\n        serviceArea\n        answers {\n          questionKey\n          value\n        }\n      }\n      results {\n        questionKey\n        of\n        values {\n          value\n          count\n        }\n        byProvider {\n          providerName\n          yes {\n            count\n            of\n          }\n        }\n        byServiceArea {\n          serviceArea\n          yes {\n            count\n            of\n          }\n        }\n        previous {\n          yes {\n            count\n            of\n          }\n        }\n      }\n      children {\n        id\n        title\n        parentFollowUpId\n      }\n    }\n  }\n": typeof types.ThematicFollowUpPageDocument,
    "\n  mutation RecordUnitFindings($input: RecordUnitFindingsInput!) {\n    recordUnitFindings(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n": typeof types.RecordUnitFindingsDocument,
    "\n  mutation StartSpecificFollowUps($input: StartSpecificFollowUpsInput!) {\n    startSpecificFollowUps(input: $input) {\n      id\n    }\n  }\n": typeof types.StartSpecificFollowUpsDocument,
    "\n  query PortalUnits($id: ID!) {\n    provider(id: $id) {\n      id\n      name\n      units {\n        id\n        name\n        serviceArea\n      }\n    }\n  }\n": typeof types.PortalUnitsDocument,
};
const documents: Documents = {
    "\n  query SessionCheck {\n    __typename\n  }\n": types.SessionCheckDocument,
    "\n  mutation AddContractRequirement($input: AddContractRequirementInput!) {\n    addContractRequirement(input: $input) {\n      id\n      key\n      label\n    }\n  }\n": types.AddContractRequirementDocument,
    "\n  mutation UpdateContractRequirement($input: UpdateContractRequirementInput!) {\n    updateContractRequirement(input: $input) {\n      id\n      key\n      label\n    }\n  }\n": types.UpdateContractRequirementDocument,
    "\n  mutation RemoveContractRequirement($requirementId: ID!) {\n    removeContractRequirement(requirementId: $requirementId) {\n      id\n      label\n    }\n  }\n": types.RemoveContractRequirementDocument,
    "\n  query DeviationImportSources {\n    deviationImportSources {\n      code\n      name\n      unitCodeSystem\n      version\n      updatedAt\n      columns {\n        field\n        header\n      }\n      values {\n        field\n        from\n        to\n      }\n    }\n  }\n": types.DeviationImportSourcesDocument,
    "\n  query DeviationImportPreview($csv: String!, $source: String) {\n    previewDeviationImport(csv: $csv, source: $source) {\n      accepted\n      created\n      changed\n      unchanged\n      errors {\n        line\n        column\n        rule\n        params\n      }\n      rows {\n        line\n        externalId\n        unitName\n        kind\n        occurredOn\n        reportedOn\n        status\n        categoryLabel\n        change\n      }\n    }\n  }\n": types.DeviationImportPreviewDocument,
    "\n  mutation DeviationsImport($csv: String!, $source: String) {\n    importDeviations(csv: $csv, source: $source) {\n      accepted\n      imported\n      created\n      changed\n      unchanged\n      errors {\n        line\n        column\n        rule\n        params\n      }\n    }\n  }\n": types.DeviationsImportDocument,
    "\n  query DeviationImportJob($id: ID!) {\n    deviationImportJob(id: $id) {\n      id\n      status\n      dryRun\n      bytesTotal\n      bytesRead\n      rowsRead\n      rowsDone\n      created\n      changed\n      unchanged\n      errorCount\n      errors {\n        line\n        column\n        rule\n        params\n      }\n      preview {\n        line\n        externalId\n        unitName\n        kind\n        occurredOn\n        reportedOn\n        status\n        categoryLabel\n        change\n      }\n    }\n  }\n": types.DeviationImportJobDocument,
    "\n  mutation ForecastDataPageSubmitPlacements($input: PlacementReportInput!) {\n    submitPlacementReport(input: $input) {\n      id\n      unitId\n      month\n      form\n      version\n    }\n  }\n": types.ForecastDataPageSubmitPlacementsDocument,
    "\n  query ServiceAreaList {\n    serviceAreas {\n      code\n      name\n      sectorCode\n      position\n    }\n    sectors {\n      code\n      name\n      position\n    }\n  }\n": types.ServiceAreaListDocument,
    "\n  mutation SpreadsheetImportCaseFlows($csv: String!, $dryRun: Boolean!, $unitCodeSystem: String) {\n    importCaseFlowReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $unitCodeSystem) {\n      accepted\n      imported\n      created\n      changed\n      unchanged\n      errors {\n        line\n        column\n        rule\n        params\n      }\n      rows {\n        line\n        change\n        unitName\n        service\n        month\n        source\n        incoming\n        outgoing\n        closedByReason {\n          reason\n          count\n        }\n      }\n    }\n  }\n": types.SpreadsheetImportCaseFlowsDocument,
    "\n  mutation SpreadsheetImportPlacements($csv: String!, $dryRun: Boolean!, $unitCodeSystem: String) {\n    importPlacementReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $unitCodeSystem) {\n      accepted\n      imported\n      created\n      changed\n      unchanged\n      errors {\n        line\n        column\n        rule\n        params\n      }\n      rows {\n        line\n        change\n        unitId\n        unitName\n        month\n        form\n        placed\n        careDays\n        costSek\n        ended\n        endedDurationDays\n      }\n    }\n  }\n": types.SpreadsheetImportPlacementsDocument,
    "\n  mutation SpreadsheetImportStaffing($csv: String!, $dryRun: Boolean!, $unitCodeSystem: String) {\n    importStaffingReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $unitCodeSystem) {\n      accepted\n      imported\n      created\n      changed\n      unchanged\n      errors {\n        line\n        column\n        rule\n        params\n      }\n      rows {\n        line\n        change\n        unitName\n        year\n        half\n        version\n        managers\n        permanent\n        temporary\n        hourly\n        sickLeavePercent\n        staffTurnoverPercent\n        jobTitles {\n          title\n          headcount\n        }\n      }\n    }\n  }\n": types.SpreadsheetImportStaffingDocument,
    "\n  query SpreadsheetImportClosureReasons {\n    closureReasons {\n      code\n      label\n    }\n  }\n": types.SpreadsheetImportClosureReasonsDocument,
    "\n  query SpreadsheetImportUnitCodeSystems {\n    units {\n      id\n      externalCodes {\n        system\n      }\n    }\n  }\n": types.SpreadsheetImportUnitCodeSystemsDocument,
    "\n  query AccessLogPage($filter: AccessLogFilter, $paging: AccessLogPaging) {\n    accessLog(filter: $filter, paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        readAt\n        readerSub\n        readerName\n        readerRoles\n        recordKind\n        recordIds\n        deviationKind\n        field\n        reason\n      }\n    }\n  }\n": types.AccessLogPageDocument,
    "\n  query MyAccessLogPage($paging: AccessLogPaging) {\n    myAccessLog(paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        readAt\n        readerSub\n        readerName\n        readerRoles\n        recordKind\n        recordIds\n        deviationKind\n        field\n        reason\n      }\n    }\n  }\n": types.MyAccessLogPageDocument,
    "\n  query BoardsPage {\n    boards {\n      id\n      name\n      departments {\n        id\n        name\n      }\n    }\n  }\n": types.BoardsPageDocument,
    "\n  mutation RegisterBoard($input: RegisterBoardInput!) {\n    registerBoard(input: $input) {\n      id\n      name\n    }\n  }\n": types.RegisterBoardDocument,
    "\n  mutation RenameBoard($input: RenameBoardInput!) {\n    renameBoard(input: $input) {\n      id\n      name\n    }\n  }\n": types.RenameBoardDocument,
    "\n  mutation RegisterDepartment($input: RegisterDepartmentInput!) {\n    registerDepartment(input: $input) {\n      id\n      name\n    }\n  }\n": types.RegisterDepartmentDocument,
    "\n  query DeviationCategoriesPage {\n    deviationCategories(includeRetired: true) {\n      id\n      code\n      label\n      kinds\n      active\n    }\n  }\n": types.DeviationCategoriesPageDocument,
    "\n  mutation DeviationCategoriesPageCreate($input: CreateDeviationCategoryInput!) {\n    createDeviationCategory(input: $input) {\n      id\n      label\n    }\n  }\n": types.DeviationCategoriesPageCreateDocument,
    "\n  mutation DeviationCategoriesPageSetActive($input: SetDeviationCategoryActiveInput!) {\n    setDeviationCategoryActive(input: $input) {\n      id\n      active\n    }\n  }\n": types.DeviationCategoriesPageSetActiveDocument,
    "\n  query DeviationDecisionsPageOpen {\n    decisionsNotExecuted(openOnly: true) {\n      id\n      serviceArea\n      law\n      gender\n      intervention\n      decidedOn\n      interruptedOn\n      reason\n      executedOn\n      unitId\n    }\n  }\n": types.DeviationDecisionsPageOpenDocument,
    "\n  query DeviationDecisionsPageQuarters($year: Int!) {\n    decisionsNotExecutedByQuarter(year: $year) {\n      quarter\n      year\n      number\n      count\n      ended\n      reportedOn\n      reportedBy\n      reportedCount\n      bySector {\n        sector\n        name\n        count\n      }\n    }\n  }\n": types.DeviationDecisionsPageQuartersDocument,
    "\n  query DeviationDecisionsPageQuarterReport($input: DecisionQuarterInput!) {\n    decisionsNotExecutedQuarterReport(input: $input) {\n      quarter\n      count\n      executedInQuarter\n      byIntervention {\n        key\n        numerator\n        denominator\n        share\n        executedInQuarter\n      }\n      byLaw {\n        key\n        numerator\n        denominator\n        share\n        executedInQuarter\n      }\n      byGender {\n        key\n        numerator\n        denominator\n        share\n        executedInQuarter\n      }\n      decisions {\n        id\n        intervention\n        law\n        gender\n        decidedOn\n        interruptedOn\n        executedOn\n        reason\n      }\n    }\n  }\n": types.DeviationDecisionsPageQuarterReportDocument,
    "\n  mutation DeviationDecisionsPageRegister($input: RegisterDecisionNotExecutedInput!) {\n    registerDecisionNotExecuted(input: $input) {\n      id\n      intervention\n    }\n  }\n": types.DeviationDecisionsPageRegisterDocument,
    "\n  mutation DeviationDecisionsPageMarkExecuted($input: MarkDecisionExecutedInput!) {\n    markDecisionExecuted(input: $input) {\n      id\n      executedOn\n    }\n  }\n": types.DeviationDecisionsPageMarkExecutedDocument,
    "\n  mutation DeviationDecisionsPageRecordQuarterReported($input: DecisionQuarterInput!) {\n    recordQuarterReported(input: $input) {\n      quarter\n      reportedOn\n      reportedBy\n    }\n  }\n": types.DeviationDecisionsPageRecordQuarterReportedDocument,
    "\n  mutation SaveDeviationImportSource($input: SaveImportSourceInput!) {\n    saveDeviationImportSource(input: $input) {\n      code\n      name\n      version\n    }\n  }\n": types.SaveDeviationImportSourceDocument,
    "\n  query DeviationImportSourceCategories {\n    deviationCategories {\n      code\n      label\n    }\n  }\n": types.DeviationImportSourceCategoriesDocument,
    "\n  query DeviationImprovementsPage {\n    improvements {\n      id\n      title\n      phase\n      plan\n      doNotes\n      studyResult\n      studyNotes\n      actDecision\n      actNotes\n      actCompletedOn\n      studyDueOn\n      deviations {\n        id\n        kind\n        reportedOn\n        description\n        unit {\n          id\n          name\n        }\n      }\n      deviationIds\n      followUpId\n    }\n  }\n": types.DeviationImprovementsPageDocument,
    "\n  query DeviationImprovementsPageStatistics($interval: ImprovementInterval!, $filter: ImprovementStatisticsFilter) {\n    improvementStatistics(interval: $interval, filter: $filter) {\n      period\n      from\n      to\n      started\n      finished\n      openAtEnd\n      adopted {\n        numerator\n        denominator\n        share\n      }\n      adapted {\n        numerator\n        denominator\n        share\n      }\n      abandoned {\n        numerator\n        denominator\n        share\n      }\n    }\n  }\n": types.DeviationImprovementsPageStatisticsDocument,
    "\n  query DeviationImprovementsPageUnits {\n    units {\n      id\n      name\n      providerId\n    }\n  }\n": types.DeviationImprovementsPageUnitsDocument,
    "\n  query DeviationImprovementsPageSource($id: ID!) {\n    deviation(id: $id) {\n      id\n      unit {\n        id\n      }\n    }\n  }\n": types.DeviationImprovementsPageSourceDocument,
    "\n  query DeviationImprovementsPageUnitDeviations($filter: DeviationFilter) {\n    deviations(filter: $filter) {\n      id\n      kind\n      reportedOn\n      description\n    }\n  }\n": types.DeviationImprovementsPageUnitDeviationsDocument,
    "\n  query DeviationImprovementsPageFollowUps {\n    followUps {\n      id\n      title\n      plannedOn\n      providerId\n    }\n  }\n": types.DeviationImprovementsPageFollowUpsDocument,
    "\n  mutation DeviationImprovementsPageCreate($input: CreateImprovementInput!) {\n    createImprovement(input: $input) {\n      id\n      title\n    }\n  }\n": types.DeviationImprovementsPageCreateDocument,
    "\n  mutation DeviationImprovementsPageCompletePhase($input: CompleteImprovementPhaseInput!) {\n    completeImprovementPhase(input: $input) {\n      id\n      phase\n    }\n  }\n": types.DeviationImprovementsPageCompletePhaseDocument,
    "\n  mutation DeviationImprovementsPageLinkDeviations($input: LinkImprovementToDeviationsInput!) {\n    linkImprovementToDeviations(input: $input) {\n      id\n      deviationIds\n    }\n  }\n": types.DeviationImprovementsPageLinkDeviationsDocument,
    "\n  mutation DeviationImprovementsPageLinkFollowUp($input: LinkImprovementToFollowUpInput!) {\n    linkImprovementToFollowUp(input: $input) {\n      id\n      followUpId\n    }\n  }\n": types.DeviationImprovementsPageLinkFollowUpDocument,
    "\n  query DeviationPage($id: ID!) {\n    deviation(id: $id) {\n      id\n      kind\n      status\n      serviceArea\n      occurredOn\n      reportedOn\n      description\n      redactions\n      investigationStartedOn\n      actionsRegisteredOn\n      actions\n      finalAssessedOn\n      finalAssessment\n      closedOn\n      seriousness\n      ivoReportedOn\n      ivoReference\n      complainant\n      complaintCategory\n      category {\n        code\n        label\n        active\n      }\n      unit {\n        id\n        name\n      }\n      provider {\n        id\n        name\n      }\n      twoMonthRule {\n        deadline\n        actionsInTime\n        assessedInTime\n        overdue\n      }\n      statusHistory {\n        fromStatus\n        toStatus\n        changedBy\n        changedAt\n      }\n      followUpId\n      improvements {\n        id\n        title\n        phase\n        actDecision\n      }\n      rootCauses {\n        id\n        label\n        active\n      }\n      assessmentHistory {\n        seriousness\n        ivoReportedOn\n        ivoReference\n        changedBy\n        changedAt\n      }\n    }\n  }\n": types.DeviationPageDocument,
    "\n  mutation DeviationPageChangeStatus($input: ChangeDeviationStatusInput!) {\n    changeDeviationStatus(input: $input) {\n      id\n      status\n    }\n  }\n": types.DeviationPageChangeStatusDocument,
    "\n  mutation DeviationPageAssessSeriousness($input: AssessSeriousnessInput!) {\n    assessSeriousness(input: $input) {\n      id\n      seriousness\n    }\n  }\n": types.DeviationPageAssessSeriousnessDocument,
    "\n  mutation DeviationPageReportToIvo($input: ReportToIvoInput!) {\n    reportDeviationToIvo(input: $input) {\n      id\n      ivoReportedOn\n      ivoReference\n    }\n  }\n": types.DeviationPageReportToIvoDocument,
    "\n  query DeviationPageRootCauses {\n    rootCauses(includeRetired: false) {\n      id\n      label\n    }\n  }\n": types.DeviationPageRootCausesDocument,
    "\n  mutation DeviationPageSetRootCauses($input: SetRootCausesInput!) {\n    setDeviationRootCauses(input: $input) {\n      id\n      rootCauses {\n        id\n      }\n    }\n  }\n": types.DeviationPageSetRootCausesDocument,
    "\n  query DeviationPageCategories($kind: DeviationKind!) {\n    deviationCategories(kind: $kind) {\n      code\n      label\n    }\n  }\n": types.DeviationPageCategoriesDocument,
    "\n  mutation DeviationPageSetCategory($input: SetDeviationCategoryInput!) {\n    setDeviationCategory(input: $input) {\n      id\n      categoryCode\n    }\n  }\n": types.DeviationPageSetCategoryDocument,
    "\n  query DeviationPageFollowUps {\n    followUps {\n      id\n      title\n      plannedOn\n    }\n  }\n": types.DeviationPageFollowUpsDocument,
    "\n  mutation DeviationPageLinkFollowUp($input: LinkFollowUpInput!) {\n    linkDeviationToFollowUp(input: $input) {\n      id\n      followUpId\n    }\n  }\n": types.DeviationPageLinkFollowUpDocument,
    "\n  query DeviationPageOriginal($id: ID!, $reason: String) {\n    deviation(id: $id) {\n      id\n      protectedDescription(reason: $reason)\n    }\n  }\n": types.DeviationPageOriginalDocument,
    "\n  query DeviationRootCausesPage {\n    rootCauses(includeRetired: true) {\n      id\n      code\n      label\n      active\n    }\n  }\n": types.DeviationRootCausesPageDocument,
    "\n  mutation DeviationRootCausesPageCreate($input: CreateRootCauseInput!) {\n    createRootCause(input: $input) {\n      id\n      label\n    }\n  }\n": types.DeviationRootCausesPageCreateDocument,
    "\n  mutation DeviationRootCausesPageSetActive($input: SetRootCauseActiveInput!) {\n    setRootCauseActive(input: $input) {\n      id\n      active\n    }\n  }\n": types.DeviationRootCausesPageSetActiveDocument,
    "\n  query DeviationsPageList($filter: DeviationFilter, $paging: DeviationPaging) {\n    deviationsPage(filter: $filter, paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        kind\n        status\n        occurredOn\n        reportedOn\n        description\n        unit {\n          id\n          name\n        }\n        provider {\n          id\n          name\n        }\n        twoMonthRule {\n          deadline\n          overdue\n        }\n      }\n    }\n  }\n": types.DeviationsPageListDocument,
    "\n  query DeviationsPageStatistics($filter: StatisticsFilter) {\n    deviationStatisticsBy(groupBy: SECTOR, filter: $filter) {\n      key\n      name\n      statistics {\n        deviations\n        lexSarah\n        lexSarahReportedToIvo\n        lexMaria\n        complaints\n        overdue\n        closedWithinTwoMonths {\n          numerator\n          denominator\n          share\n        }\n        actionsRegistered {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n    deviationTrend(interval: MONTH, filter: $filter) {\n      period\n      deviations\n      complaints\n      lexSarah\n    }\n  }\n": types.DeviationsPageStatisticsDocument,
    "\n  query DeviationsPageBoards {\n    boards {\n      id\n      name\n    }\n  }\n": types.DeviationsPageBoardsDocument,
    "\n  query DeviationsPageUnits {\n    units {\n      id\n      name\n      provider {\n        id\n        name\n      }\n    }\n  }\n": types.DeviationsPageUnitsDocument,
    "\n  query DeviationsPageCategories($kind: DeviationKind) {\n    deviationCategories(kind: $kind) {\n      id\n      code\n      label\n    }\n  }\n": types.DeviationsPageCategoriesDocument,
    "\n  query DeviationsPageBreakdowns($filter: StatisticsFilter) {\n    byCategory: deviationBreakdown(by: CATEGORY, filter: $filter) {\n      denominator\n      previousYearDenominator\n      previousYearPeriod {\n        from\n        to\n      }\n      entries {\n        key\n        label\n        count {\n          numerator\n          denominator\n          share\n        }\n        previousYear {\n          numerator\n          denominator\n          share\n        }\n        change\n      }\n    }\n    byRootCause: deviationBreakdown(by: ROOT_CAUSE, filter: $filter) {\n      denominator\n      previousYearDenominator\n      previousYearPeriod {\n        from\n        to\n      }\n      entries {\n        key\n        label\n        count {\n          numerator\n          denominator\n          share\n        }\n        previousYear {\n          numerator\n          denominator\n          share\n        }\n        change\n      }\n    }\n  }\n": types.DeviationsPageBreakdownsDocument,
    "\n  mutation DeviationsPageReport($input: ReportDeviationInput!) {\n    reportDeviation(input: $input) {\n      id\n      kind\n    }\n  }\n": types.DeviationsPageReportDocument,
    "\n  mutation DeviationsPageComplaint($input: RegisterComplaintInput!) {\n    registerComplaint(input: $input) {\n      id\n      kind\n    }\n  }\n": types.DeviationsPageComplaintDocument,
    "\n  mutation ChangeDeviationStatus($input: ChangeDeviationStatusInput!) {\n    changeDeviationStatus(input: $input) {\n      id\n      status\n    }\n  }\n": types.ChangeDeviationStatusDocument,
    "\n  query FollowUpPage($id: ID!) {\n    followUp(id: $id) {\n      id\n      title\n      purpose\n      type\n      status\n      plannedOn\n      responsible\n      assistant\n      methods\n      checklist {\n        item\n        done\n      }\n      findings\n      decisionNeeded\n      reportedOn\n      publishedOn\n      closedOn\n      boardMeetingOn\n      cancellationReason\n      contract {\n        reference\n        title\n      }\n      requirementChecks {\n        requirement {\n          id\n          key\n          label\n          comparison\n          target\n          measureUnit\n        }\n        measured\n        note\n        outcome\n        judged {\n          label\n          comparison\n          target\n          measureUnit\n        }\n        changedSinceJudged\n        guideAnswers {\n          followUpTitle\n          questionText\n          unitName\n          value\n          outcome\n        }\n      }\n      actions {\n        id\n        description\n        deadline\n        status\n        actionPlan\n        completedOn\n        verifiedOn\n        rechecks {\n          checkedOn\n          met\n          note\n          newDeadline\n        }\n      }\n    }\n  }\n": types.FollowUpPageDocument,
    "\n  mutation PrepareFollowUp($input: PrepareFollowUpInput!) {\n    prepareFollowUp(input: $input) {\n      id\n    }\n  }\n": types.PrepareFollowUpDocument,
    "\n  mutation StartFollowUp($id: ID!) {\n    startFollowUp(id: $id) {\n      id\n    }\n  }\n": types.StartFollowUpDocument,
    "\n  mutation ReportFollowUp($input: ReportFollowUpInput!) {\n    reportFollowUp(input: $input) {\n      id\n    }\n  }\n": types.ReportFollowUpDocument,
    "\n  mutation RecheckFollowUpAction($input: RecheckActionInput!) {\n    recheckFollowUpAction(input: $input) {\n      id\n    }\n  }\n": types.RecheckFollowUpActionDocument,
    "\n  mutation CloseFollowUp($id: ID!) {\n    closeFollowUp(id: $id) {\n      id\n    }\n  }\n": types.CloseFollowUpDocument,
    "\n  mutation PublishFollowUpReport($id: ID!) {\n    publishFollowUpReport(id: $id) {\n      id\n    }\n  }\n": types.PublishFollowUpReportDocument,
    "\n  mutation CancelFollowUp($input: CancelFollowUpInput!) {\n    cancelFollowUp(input: $input) {\n      id\n    }\n  }\n": types.CancelFollowUpDocument,
    "\n  mutation RecordRequirementFinding($input: RecordRequirementFindingInput!) {\n    recordRequirementFinding(input: $input) {\n      measured\n      outcome\n      requirement {\n        id\n        label\n      }\n    }\n  }\n": types.RecordRequirementFindingDocument,
    "\n  query FollowUpsPage($year: Int!, $boardId: ID) {\n    boards {\n      id\n      name\n    }\n    followUpPlan(year: $year, boardId: $boardId) {\n      year\n      boardId\n      focusAreas\n      periods {\n        startsOn\n        endsOn\n        target\n      }\n      progress {\n        period\n        startsOn\n        endsOn\n        target\n        planned\n        done\n        unplanned\n      }\n    }\n    providers {\n      id\n      name\n      units {\n        id\n        name\n      }\n    }\n    contracts {\n      id\n      reference\n      title\n      status\n    }\n    boardQueue {\n      id\n      title\n      reportedOn\n      contract {\n        reference\n      }\n    }\n  }\n": types.FollowUpsPageDocument,
    "\n  mutation SaveFollowUpPlan($input: FollowUpPlanInput!) {\n    saveFollowUpPlan(input: $input) {\n      year\n    }\n  }\n": types.SaveFollowUpPlanDocument,
    "\n  mutation PlanFollowUps($input: PlanFollowUpsInput!) {\n    planFollowUps(input: $input) {\n      id\n      seed\n      asOf\n      shares {\n        complaints\n        ordering\n        random\n      }\n      shortfall\n      proposals {\n        rank\n        contractId\n        reference\n        third\n        reasonCode\n        orderedPosition\n        riskScore\n        complaints\n        riskParts {\n          kind\n          count\n          points\n        }\n      }\n      skippedOrdered {\n        contractId\n        reasonCode\n      }\n    }\n  }\n": types.PlanFollowUpsDocument,
    "\n  mutation AcceptFollowUpProposals($id: ID!, $input: AcceptProposalsInput) {\n    acceptFollowUpProposals(selectionId: $id, contractIds: [], input: $input) {\n      id\n    }\n  }\n": types.AcceptFollowUpProposalsDocument,
    "\n  mutation PresentFollowUpToBoard($input: PresentToBoardInput!) {\n    presentFollowUpToBoard(input: $input) {\n      id\n      boardMeetingOn\n    }\n  }\n": types.PresentFollowUpToBoardDocument,
    "\n  query FollowUpsPageList(\n    $year: Int\n    $status: FollowUpStatus\n    $type: FollowUpType\n    $providerId: ID\n    $unitId: ID\n    $search: String\n    $sortBy: FollowUpSortField!\n    $descending: Boolean!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    followUpsPage(\n      year: $year\n      status: $status\n      type: $type\n      providerId: $providerId\n      unitId: $unitId\n      search: $search\n      sortBy: $sortBy\n      descending: $descending\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      offset\n      limit\n      items {\n        id\n        title\n        type\n        status\n        plannedOn\n        responsible\n        provider {\n          id\n          name\n        }\n        contract {\n          reference\n          units {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.FollowUpsPageListDocument,
    "\n  query FollowUpsPageOrderingList {\n    orderingList {\n      contractId\n    }\n  }\n": types.FollowUpsPageOrderingListDocument,
    "\n  query FollowUpCoverage($year: Int!) {\n    followUpCoverage(year: $year) {\n      year\n      asOf\n      numerator\n      denominator\n      byServiceArea {\n        serviceArea\n        numerator\n        denominator\n      }\n      byProvider {\n        providerId\n        providerName\n        numerator\n        denominator\n      }\n      uncoveredUnits {\n        unitId\n        unitName\n        serviceArea\n        providerId\n        providerName\n      }\n      iopWithoutFollowUp {\n        contractId\n        reference\n        title\n        providerId\n        providerName\n        lastFollowedUpOn\n        dueSince\n      }\n    }\n  }\n": types.FollowUpCoverageDocument,
    "\n  query ForecastDataPageUnits {\n    units {\n      id\n      name\n      serviceArea\n      provider {\n        name\n      }\n    }\n  }\n": types.ForecastDataPageUnitsDocument,
    "\n  query ForecastDataPageClosureReasons {\n    closureReasons {\n      code\n      label\n    }\n  }\n": types.ForecastDataPageClosureReasonsDocument,
    "\n  mutation ForecastDataPageSubmitCaseFlow($input: SubmitCaseFlowReportInput!) {\n    submitCaseFlowReport(input: $input) {\n      id\n      month\n      version\n    }\n  }\n": types.ForecastDataPageSubmitCaseFlowDocument,
    "\n  mutation ForecastDataPageImportPopulation($csv: String!) {\n    importPopulation(csv: $csv) {\n      accepted\n      imported\n      problems {\n        code\n        line\n        column\n        header\n        value\n      }\n    }\n  }\n": types.ForecastDataPageImportPopulationDocument,
    "\n  mutation ForecastDataPageSetUsageRates($input: UsageRatesInput!) {\n    setUsageRates(input: $input)\n  }\n": types.ForecastDataPageSetUsageRatesDocument,
    "\n  query ForecastsPageUnits {\n    units {\n      id\n      name\n      serviceArea\n      places\n    }\n  }\n": types.ForecastsPageUnitsDocument,
    "\n  query ForecastsPageForecast($series: ForecastSeriesInput!, $horizon: Int!) {\n    forecast(series: $series, horizon: $horizon) {\n      model\n      components\n      noAccuracyReason\n      noAccuracyParams\n      history {\n        month\n        value\n      }\n      points {\n        month\n        value\n        lower\n        upper\n      }\n      accuracy {\n        mase\n        smape\n        origins\n      }\n      baseline {\n        mase\n        smape\n        origins\n      }\n      beatsBaseline\n    }\n  }\n": types.ForecastsPageForecastDocument,
    "\n  query ForecastsPageProjection($serviceArea: String!, $region: String!, $fromYear: Int!, $years: Int!) {\n    projection(serviceArea: $serviceArea, region: $region, fromYear: $fromYear, years: $years) {\n      capacity\n      runsOutIn\n      missingBands\n      years {\n        year\n        demand\n        capacity\n        shortfall\n      }\n    }\n  }\n": types.ForecastsPageProjectionDocument,
    "\n  query ForecastsPageReadiness {\n    forecastReadiness {\n      unitId\n      unitName\n      months\n      monthsReported\n      needed\n      ready\n      rule\n      params\n    }\n  }\n": types.ForecastsPageReadinessDocument,
    "\n  query OrderingListPage {\n    orderingList {\n      contractId\n      position\n      reason\n      addedBy\n      addedAt\n      contract {\n        id\n        reference\n        title\n        status\n      }\n    }\n    contracts {\n      id\n      reference\n      title\n      status\n    }\n  }\n": types.OrderingListPageDocument,
    "\n  mutation AddToOrderingList($input: AddToOrderingListInput!) {\n    addToOrderingList(input: $input) {\n      contractId\n      position\n    }\n  }\n": types.AddToOrderingListDocument,
    "\n  mutation MoveOnOrderingList($input: MoveOnOrderingListInput!) {\n    moveOnOrderingList(input: $input) {\n      contractId\n      position\n    }\n  }\n": types.MoveOnOrderingListDocument,
    "\n  mutation RemoveFromOrderingList($contractId: ID!) {\n    removeFromOrderingList(contractId: $contractId) {\n      contractId\n      position\n    }\n  }\n": types.RemoveFromOrderingListDocument,
    "\n  query PortalMissingMonths($from: String) {\n    missingCaseFlowMonths(from: $from) {\n      unitId\n      unitName\n      months\n    }\n  }\n": types.PortalMissingMonthsDocument,
    "\n  query PortalCaseFlows($filter: CaseFlowFilter) {\n    caseFlowReports(filter: $filter) {\n      id\n      unitId\n      service\n      month\n      incoming\n      outgoing\n      closedByReason {\n        reason\n        count\n      }\n      version\n      submittedAt\n    }\n  }\n": types.PortalCaseFlowsDocument,
    "\n  query PortalPlacements($filter: PlacementFilter) {\n    placementReports(filter: $filter) {\n      id\n      unitId\n      month\n      form\n      placed\n      careDays\n      costSek\n      ended\n      endedDurationDays\n      version\n    }\n  }\n": types.PortalPlacementsDocument,
    "\n  query PortalDeviation($id: ID!) {\n    deviation(id: $id) {\n      id\n      kind\n      status\n      occurredOn\n      reportedOn\n      description\n      redactions\n      actions\n      actionsRegisteredOn\n      finalAssessment\n      finalAssessedOn\n      closedOn\n      seriousness\n      ivoReportedOn\n      complainant\n      complaintCategory\n      unit {\n        id\n        name\n      }\n      twoMonthRule {\n        deadline\n        overdue\n      }\n      statusHistory {\n        fromStatus\n        toStatus\n        changedBy\n        changedAt\n      }\n      assessmentHistory {\n        seriousness\n        ivoReportedOn\n        ivoReference\n        changedBy\n        changedAt\n      }\n    }\n  }\n": types.PortalDeviationDocument,
    "\n  query PortalDeviations($filter: DeviationFilter, $paging: DeviationPaging) {\n    deviationsPage(filter: $filter, paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        kind\n        status\n        occurredOn\n        reportedOn\n        unit {\n          id\n          name\n        }\n        twoMonthRule {\n          deadline\n          overdue\n        }\n      }\n    }\n  }\n": types.PortalDeviationsDocument,
    "\n  query PortalFollowUps {\n    followUps {\n      id\n      title\n      type\n      status\n      plannedOn\n      reportedOn\n      contract {\n        reference\n      }\n      actions {\n        id\n        status\n        deadline\n      }\n    }\n  }\n": types.PortalFollowUpsDocument,
    "\n  query PortalFollowUp($id: ID!) {\n    followUp(id: $id) {\n      id\n      title\n      purpose\n      type\n      status\n      plannedOn\n      responsible\n      findings\n      reportedOn\n      publishedOn\n      closedOn\n      contract {\n        reference\n        title\n      }\n      actions {\n        id\n        description\n        deadline\n        status\n        actionPlan\n        completedOn\n        verifiedOn\n        rechecks {\n          checkedOn\n          met\n          note\n          newDeadline\n        }\n      }\n    }\n  }\n": types.PortalFollowUpDocument,
    "\n  mutation PortalSubmitActionPlan($input: ActionPlanInput!) {\n    submitActionPlan(input: $input) {\n      id\n      status\n    }\n  }\n": types.PortalSubmitActionPlanDocument,
    "\n  mutation PortalCompleteAction($actionId: ID!) {\n    completeFollowUpAction(actionId: $actionId) {\n      id\n      status\n      completedOn\n    }\n  }\n": types.PortalCompleteActionDocument,
    "\n  query PortalPulse($week: String!) {\n    pulseOverview(week: $week) {\n      week\n      period {\n        name\n        fromWeek\n        toWeek\n      }\n      questions {\n        key\n        text\n        answerType\n      }\n      unitAnswers {\n        unit {\n          id\n          name\n        }\n        answer {\n          id\n          week\n          unitId\n          values {\n            key\n            value\n          }\n          comment\n          version\n          submittedAt\n        }\n      }\n      answeredUnits {\n        id\n        name\n      }\n      missingUnits {\n        id\n        name\n      }\n    }\n  }\n": types.PortalPulseDocument,
    "\n  mutation PortalSubmitPulse($input: SubmitPulseAnswerInput!) {\n    submitPulseAnswer(input: $input) {\n      id\n      week\n      unitId\n      version\n    }\n  }\n": types.PortalSubmitPulseDocument,
    "\n  query PortalSubmittedReports {\n    staffingReports {\n      id\n      unitId\n      year\n      half\n      version\n      managers\n      permanent\n      temporary\n      hourly\n      sickLeavePercent\n      staffTurnoverPercent\n      submittedBy\n      submittedAt\n    }\n    businessReports {\n      id\n      unitId\n      year\n      version\n      submittedBy\n      submittedAt\n    }\n  }\n": types.PortalSubmittedReportsDocument,
    "\n  mutation PortalSubmitStaffing($input: SubmitStaffingReportInput!) {\n    submitStaffingReport(input: $input) {\n      id\n      year\n      half\n      version\n    }\n  }\n": types.PortalSubmitStaffingDocument,
    "\n  mutation PortalSubmitBusiness($input: SubmitBusinessReportInput!) {\n    submitBusinessReport(input: $input) {\n      id\n      year\n      version\n    }\n  }\n": types.PortalSubmitBusinessDocument,
    "\n  query PortalReportsDue {\n    reportsDue {\n      unit {\n        id\n        name\n      }\n      kind\n      year\n      half\n      dueOn\n      state\n      latestVersion\n      lastSubmittedOn\n    }\n  }\n": types.PortalReportsDueDocument,
    "\n  query PortalOpenActions {\n    followUps {\n      id\n      title\n      status\n      plannedOn\n      reportedOn\n      actions {\n        id\n        description\n        deadline\n        status\n      }\n    }\n  }\n": types.PortalOpenActionsDocument,
    "\n  query PortalMissingCaseFlows($from: String) {\n    missingCaseFlowMonths(from: $from) {\n      unitId\n      unitName\n      months\n    }\n  }\n": types.PortalMissingCaseFlowsDocument,
    "\n  query PortalPulseWeek($week: String!) {\n    pulseOverview(week: $week) {\n      week\n      answeredUnits {\n        id\n      }\n      missingUnits {\n        id\n        name\n      }\n    }\n  }\n": types.PortalPulseWeekDocument,
    "\n  query ProviderContacts($providerId: ID!) {\n    provider(id: $providerId) {\n      id\n      name\n      contacts {\n        id\n        name\n        email\n        topics\n      }\n    }\n  }\n": types.ProviderContactsDocument,
    "\n  mutation AddProviderContact($input: AddProviderContactInput!) {\n    addProviderContact(input: $input) {\n      id\n      name\n    }\n  }\n": types.AddProviderContactDocument,
    "\n  mutation ChangeProviderContact($input: UpdateProviderContactInput!) {\n    updateProviderContact(input: $input) {\n      id\n      name\n    }\n  }\n": types.ChangeProviderContactDocument,
    "\n  mutation RemoveProviderContact($id: ID!) {\n    removeProviderContact(id: $id) {\n      id\n      name\n    }\n  }\n": types.RemoveProviderContactDocument,
    "\n  query ProviderPage($id: ID!) {\n    boards {\n      id\n      name\n      departments {\n        id\n        name\n      }\n    }\n    provider(id: $id) {\n      id\n      name\n      organisationNumber\n      ownership\n      deviationStatistics {\n        total\n        deviations\n        lexSarah\n        complaints\n        overdue\n        closedWithinTwoMonths {\n          numerator\n          denominator\n          share\n        }\n      }\n      caseFlow {\n        month\n        incoming\n        outgoing\n        balance\n      }\n      units {\n        id\n        name\n        serviceArea\n        places\n        boardId\n        departmentId\n        externalCodes {\n          system\n          code\n        }\n        deviationStatistics {\n          total\n          open\n        }\n        surveyResults {\n          roundName\n          period\n          answers\n          responseRate {\n            numerator\n            denominator\n            share\n          }\n          sharePositive\n        }\n        staffingReports {\n          year\n          half\n          version\n          sickLeavePercent\n          staffTurnoverPercent\n        }\n        businessReports {\n          year\n          version\n        }\n      }\n    }\n    contracts(providerId: $id) {\n      id\n      reference\n      title\n      form\n      status\n      startDate\n      endDate\n      terminatedOn\n      terminationReason\n      boardId\n      units {\n        id\n        name\n      }\n      requirements {\n        id\n        key\n        label\n        kind\n        comparison\n        target\n        measureUnit\n      }\n      followUps {\n        id\n        title\n        type\n        status\n        plannedOn\n      }\n    }\n  }\n": types.ProviderPageDocument,
    "\n  mutation RegisterUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n": types.RegisterUnitDocument,
    "\n  mutation RegisterContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      reference\n    }\n  }\n": types.RegisterContractDocument,
    "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      id\n      terminatedOn\n    }\n  }\n": types.TerminateContractDocument,
    "\n  query ChangeHistory($entityId: ID!) {\n    changeHistory(entityId: $entityId) {\n      id\n      entityType\n      action\n      changedBy\n      changedAt\n      changes\n    }\n  }\n": types.ChangeHistoryDocument,
    "\n  mutation ChangeProvider($input: UpdateProviderInput!) {\n    updateProvider(input: $input) {\n      id\n      name\n    }\n  }\n": types.ChangeProviderDocument,
    "\n  mutation ChangeUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n    }\n  }\n": types.ChangeUnitDocument,
    "\n  mutation ChangeContract($input: UpdateContractInput!) {\n    updateContract(input: $input) {\n      id\n      reference\n    }\n  }\n": types.ChangeContractDocument,
    "\n  query ProviderApiKeys($providerId: ID!) {\n    providerApiKeys(providerId: $providerId) {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ProviderApiKeysDocument,
    "\n  mutation IssueProviderApiKey($input: CreateProviderApiKeyInput!) {\n    createProviderApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": types.IssueProviderApiKeyDocument,
    "\n  mutation RevokeProviderApiKey($id: ID!) {\n    revokeProviderApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeProviderApiKeyDocument,
    "\n  query ProvidersPage($page: ProvidersPageInput) {\n    providersPage(page: $page) {\n      total\n      items {\n        id\n        name\n        organisationNumber\n        ownership\n        units {\n          id\n          name\n          serviceArea\n          places\n          deviationStatistics {\n            total\n            open\n          }\n        }\n      }\n    }\n  }\n": types.ProvidersPageDocument,
    "\n  mutation RegisterProvider($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      id\n      name\n    }\n  }\n": types.RegisterProviderDocument,
    "\n  query PulsePeriods {\n    pulsePeriods {\n      id\n      name\n      fromWeek\n      toWeek\n      openedBy\n      openedAt\n      endedBy\n      questions {\n        key\n        text\n        answerType\n      }\n    }\n  }\n": types.PulsePeriodsDocument,
    "\n  query PulseWeekOverview($week: String!) {\n    pulseOverview(week: $week) {\n      week\n      threshold\n      period {\n        id\n        name\n      }\n      questions {\n        key\n        text\n        answerType\n      }\n      answers {\n        id\n        providerId\n        unitId\n        values {\n          key\n          value\n        }\n        comment\n        version\n        submittedAt\n      }\n      unitAnswers {\n        unit {\n          id\n          name\n        }\n        providerId\n        providerName\n        answer {\n          id\n          values {\n            key\n            value\n          }\n          comment\n          version\n        }\n        signals {\n          questionKey\n          questionText\n          answerType\n          score\n        }\n        followUps {\n          id\n          unitId\n          contactedBy\n          contactedOn\n          outcome\n          outcomeText\n          recordedBy\n        }\n      }\n      missingUnits {\n        id\n        name\n        providerId\n        providerName\n      }\n      answered {\n        id\n        name\n      }\n      missing {\n        id\n        name\n      }\n      signals {\n        providerId\n        providerName\n        unitId\n        unitName\n        questionKey\n        questionText\n        answerType\n        score\n      }\n      followUps {\n        id\n        providerId\n        unitId\n        contactedBy\n        contactedOn\n        outcome\n        outcomeText\n        recordedBy\n      }\n    }\n  }\n": types.PulseWeekOverviewDocument,
    "\n  query PulseTrend($periodId: ID!) {\n    pulseTrend(periodId: $periodId) {\n      threshold\n      weeks\n      units {\n        providerId\n        providerName\n        weeks {\n          week\n          answered\n          values {\n            key\n            value\n          }\n          signalKeys\n          followUps {\n            id\n            outcome\n          }\n        }\n      }\n      questions {\n        key\n        text\n        answerType\n        weeks {\n          week\n          answers\n          average\n          yes\n          no\n          signals\n        }\n      }\n    }\n  }\n": types.PulseTrendDocument,
    "\n  query PulseTrendPerUnit($periodId: ID!) {\n    pulseTrend(periodId: $periodId) {\n      weeks\n      perUnit {\n        providerId\n        providerName\n        unitId\n        unitName\n        weeks {\n          week\n          answered\n          values {\n            key\n            value\n          }\n          signalKeys\n          followUps {\n            id\n            outcome\n          }\n        }\n      }\n    }\n  }\n": types.PulseTrendPerUnitDocument,
    "\n  query PulseTrendOf($periodId: ID!, $unitId: ID, $providerId: ID) {\n    pulseTrend(periodId: $periodId, unitId: $unitId, providerId: $providerId) {\n      weeks\n      questions {\n        key\n        text\n        answerType\n        weeks {\n          week\n          answers\n          average\n          yes\n          no\n          signals\n        }\n      }\n    }\n  }\n": types.PulseTrendOfDocument,
    "\n  mutation OpenPulsePeriod($input: OpenPulsePeriodInput!) {\n    openPulsePeriod(input: $input) {\n      id\n      name\n      fromWeek\n      toWeek\n      questions {\n        key\n      }\n    }\n  }\n": types.OpenPulsePeriodDocument,
    "\n  mutation EndPulsePeriod($input: EndPulsePeriodInput!) {\n    endPulsePeriod(input: $input) {\n      id\n      name\n      toWeek\n    }\n  }\n": types.EndPulsePeriodDocument,
    "\n  mutation RecordPulseFollowUp($input: RecordPulseFollowUpInput!) {\n    recordPulseFollowUp(input: $input) {\n      id\n      providerId\n      unitId\n      week\n      outcome\n    }\n  }\n": types.RecordPulseFollowUpDocument,
    "\n  query QuestionGuidesPage {\n    questionGuides {\n      id\n      key\n      version\n      title\n      questions {\n        key\n        text\n        answerType\n        options\n        requirement\n        askedWhenYes\n      }\n    }\n    thematic: followUps(type: THEMATIC) {\n      id\n      title\n      plannedOn\n      status\n    }\n    overarching: followUps(type: OVERARCHING) {\n      id\n      title\n      plannedOn\n      status\n    }\n    providers {\n      id\n      name\n      units {\n        id\n        name\n        serviceArea\n      }\n    }\n  }\n": types.QuestionGuidesPageDocument,
    "\n  mutation PublishQuestionGuide($input: PublishQuestionGuideInput!) {\n    publishQuestionGuide(input: $input) {\n      id\n      version\n    }\n  }\n": types.PublishQuestionGuideDocument,
    "\n  mutation CreateThematicFollowUp($input: CreateThematicFollowUpInput!) {\n    createThematicFollowUp(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n": types.CreateThematicFollowUpDocument,
    "\n  query RemindersPage($page: RemindersPageInput) {\n    reminders(page: $page) {\n      total\n      mailEnabled\n      items {\n        id\n        recipient\n        recipientName\n        kind\n        subject\n        body\n        state\n        error\n        createdAt\n        sentAt\n      }\n    }\n  }\n": types.RemindersPageDocument,
    "\n  mutation RunReminders {\n    runReminders {\n      created\n      sent\n      bounced\n      failed\n      outbox\n      mailEnabled\n    }\n  }\n": types.RunRemindersDocument,
    "\n  query ReportsPageBoards {\n    boards {\n      id\n      name\n    }\n  }\n": types.ReportsPageBoardsDocument,
    "\n  query RetentionSettings {\n    retentionSettings {\n      protectedTextMonths\n      freeTextMonths\n      cron\n      scheduled\n    }\n  }\n": types.RetentionSettingsDocument,
    "\n  query RetentionRuns {\n    retentionRuns {\n      id\n      ranAt\n      ranBy\n      ranByName\n      originalsClosedBy\n      freeTextsClosedBy\n      originalsRemoved\n      freeTextsAnonymised\n      accessLogReasonsAnonymised\n    }\n  }\n": types.RetentionRunsDocument,
    "\n  mutation RunRetention {\n    runRetention {\n      id\n      originalsRemoved\n      freeTextsAnonymised\n      accessLogReasonsAnonymised\n    }\n  }\n": types.RunRetentionDocument,
    "\n  query ServiceAreasPage {\n    sectors {\n      code\n      name\n      position\n      serviceAreas {\n        code\n        name\n        position\n      }\n    }\n  }\n": types.ServiceAreasPageDocument,
    "\n  mutation RegisterSector($input: RegisterSectorInput!) {\n    registerSector(input: $input) {\n      code\n      name\n    }\n  }\n": types.RegisterSectorDocument,
    "\n  mutation RenameSector($input: RenameSectorInput!) {\n    renameSector(input: $input) {\n      code\n      name\n    }\n  }\n": types.RenameSectorDocument,
    "\n  mutation RegisterServiceArea($input: RegisterServiceAreaInput!) {\n    registerServiceArea(input: $input) {\n      code\n      name\n      sector {\n        code\n        name\n      }\n    }\n  }\n": types.RegisterServiceAreaDocument,
    "\n  mutation UpdateServiceArea($input: UpdateServiceAreaInput!) {\n    updateServiceArea(input: $input) {\n      code\n      name\n      sector {\n        code\n        name\n      }\n    }\n  }\n": types.UpdateServiceAreaDocument,
    "\n  query StartPageOverdueActions {\n    overdueFollowUpActions {\n      id\n      description\n      deadline\n      followUpId\n    }\n  }\n": types.StartPageOverdueActionsDocument,
    "\n  query StartPageOverdueDeviations {\n    overdueDeviations {\n      id\n      kind\n      description\n      reportedOn\n      twoMonthRule {\n        deadline\n      }\n    }\n  }\n": types.StartPageOverdueDeviationsDocument,
    "\n  query StartPageMissingReports($year: Int!, $half: Int) {\n    unitsMissingReport(kind: STAFFING, year: $year, half: $half) {\n      id\n      name\n      providerId\n      provider {\n        name\n      }\n    }\n  }\n": types.StartPageMissingReportsDocument,
    "\n  query StartPagePulse($week: String!) {\n    pulseOverview(week: $week) {\n      period {\n        name\n      }\n      signals {\n        providerId\n        providerName\n        unitName\n        questionText\n        answerType\n        score\n      }\n      missing {\n        id\n        name\n      }\n    }\n  }\n": types.StartPagePulseDocument,
    "\n  query StartPageRisks {\n    contracts {\n      id\n      reference\n      title\n      status\n      providerId\n      risk {\n        score\n        parts {\n          kind\n          count\n        }\n      }\n    }\n  }\n": types.StartPageRisksDocument,
    "\n  query StartPageProviderActivity {\n    providerActivity(limit: 12) {\n      kind\n      provider {\n        id\n        name\n      }\n      unit {\n        name\n      }\n      year\n      half\n      version\n      followUpId\n      action\n      by\n      at\n    }\n  }\n": types.StartPageProviderActivityDocument,
    "\n  query StartPageCaseFlowDeliveries {\n    caseFlowDeliveries(limit: 6) {\n      providerId\n      providerName\n      unitName\n      months\n      reports\n      by\n      at\n    }\n  }\n": types.StartPageCaseFlowDeliveriesDocument,
    "\n  query StartPageOverdueSupervision {\n    overdueSupervisionResponses {\n      caseId\n      authority\n      caseNumber\n      responseId\n      required\n      dueOn\n    }\n  }\n": types.StartPageOverdueSupervisionDocument,
    "\n  query IopWithoutFollowUp {\n    iopContractsWithoutFollowUp {\n      contractId\n      reference\n      title\n      providerId\n      providerName\n      lastFollowedUpOn\n      dueSince\n    }\n  }\n": types.IopWithoutFollowUpDocument,
    "\n  query SupervisionProviders {\n    providers {\n      id\n      name\n      units {\n        id\n        name\n      }\n    }\n  }\n": types.SupervisionProvidersDocument,
    "\n  query SupervisionCases($filter: SupervisionCaseFilter) {\n    supervisionCases(filter: $filter) {\n      id\n      authority\n      caseNumber\n      providerId\n      unitId\n      examined\n      openedOn\n      decision\n      decidedOn\n      decisionText\n      closedOn\n      responses {\n        id\n        required\n        dueOn\n        sentOn\n        overdue\n      }\n    }\n  }\n": types.SupervisionCasesDocument,
    "\n  mutation RegisterSupervisionCase($input: RegisterSupervisionCaseInput!) {\n    registerSupervisionCase(input: $input) {\n      id\n      authority\n      caseNumber\n    }\n  }\n": types.RegisterSupervisionCaseDocument,
    "\n  mutation AddSupervisionResponse($input: AddSupervisionResponseInput!) {\n    addSupervisionResponse(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddSupervisionResponseDocument,
    "\n  mutation MarkSupervisionResponseSent($input: MarkSupervisionResponseSentInput!) {\n    markSupervisionResponseSent(input: $input) {\n      id\n      version\n    }\n  }\n": types.MarkSupervisionResponseSentDocument,
    "\n  mutation RecordSupervisionDecision($input: RecordSupervisionDecisionInput!) {\n    recordSupervisionDecision(input: $input) {\n      id\n      version\n    }\n  }\n": types.RecordSupervisionDecisionDocument,
    "\n  mutation CloseSupervisionCase($input: CloseSupervisionCaseInput!) {\n    closeSupervisionCase(input: $input) {\n      id\n      version\n      closedOn\n    }\n  }\n": types.CloseSupervisionCaseDocument,
    "\n  query SurveyAnswerFormRound($id: ID!) {\n    surveyRound(id: $id) {\n      id\n      definitionId\n      status\n      units {\n        unitId\n        name\n        optedOut\n      }\n    }\n  }\n": types.SurveyAnswerFormRoundDocument,
    "\n  query SurveyAnswerFormDefinition($id: ID!) {\n    surveyDefinition(id: $id) {\n      questions {\n        id\n        text\n        options {\n          code\n          label\n        }\n      }\n    }\n  }\n": types.SurveyAnswerFormDefinitionDocument,
    "\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      id\n    }\n  }\n": types.SubmitSurveyResponseDocument,
    "\n  query SurveyByAnswerCode($code: String!) {\n    surveyByAnswerCode(code: $code) {\n      surveyName\n      unitName\n      questions {\n        id\n        text\n        options {\n          code\n          label\n        }\n      }\n    }\n  }\n": types.SurveyByAnswerCodeDocument,
    "\n  mutation SubmitSurveyAnswerByCode($input: SubmitSurveyAnswerByCodeInput!) {\n    submitSurveyAnswerByCode(input: $input)\n  }\n": types.SubmitSurveyAnswerByCodeDocument,
    "\n  query SurveyCoverage($id: ID!) {\n    surveyRound(id: $id) {\n      id\n      units {\n        unitId\n        name\n        offered\n        placed\n        optedOut\n        coverage {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n  }\n": types.SurveyCoverageDocument,
    "\n  query SurveyCrossTab($roundId: ID!, $rowQuestionId: String!, $columnQuestionId: String!) {\n    surveyCrossTab(roundId: $roundId, rowQuestionId: $rowQuestionId, columnQuestionId: $columnQuestionId) {\n      minCell\n      rowQuestionText\n      columnQuestionText\n      answers\n      rows {\n        optionCode\n        optionLabel\n        suppressed\n        answers\n        cells {\n          optionCode\n          nonSubstantive\n          suppressed\n          count\n          share {\n            numerator\n            denominator\n            share\n          }\n        }\n      }\n      columns {\n        optionCode\n        optionLabel\n        suppressed\n        answers\n      }\n    }\n  }\n": types.SurveyCrossTabDocument,
    "\n  mutation CreateSurveyDefinition($input: CreateSurveyDefinitionInput!) {\n    createSurveyDefinition(input: $input) {\n      id\n      code\n      version\n      name\n    }\n  }\n": types.CreateSurveyDefinitionDocument,
    "\n  mutation ImportSurveyResponses($roundId: ID!, $csv: String!) {\n    importSurveyResponses(roundId: $roundId, csv: $csv) {\n      accepted\n      imported\n      errors {\n        line\n        column\n        rule\n        params\n      }\n    }\n  }\n": types.ImportSurveyResponsesDocument,
    "\n  mutation ImportKoladaValues($json: String!) {\n    importKoladaValues(json: $json) {\n      accepted\n      imported\n      problems {\n        field\n        rule\n        params\n      }\n    }\n  }\n": types.ImportKoladaValuesDocument,
    "\n  query SurveyKoladaDefinition($id: ID!) {\n    surveyDefinition(id: $id) {\n      id\n      name\n      version\n      questions {\n        id\n        text\n        koladaKpi\n        koladaKpiByServiceArea {\n          serviceArea\n          kpi\n        }\n      }\n    }\n  }\n": types.SurveyKoladaDefinitionDocument,
    "\n  mutation SetSurveyQuestionKolada($input: SetSurveyQuestionKoladaInput!) {\n    setSurveyQuestionKolada(input: $input) {\n      id\n      questions {\n        id\n        koladaKpi\n        koladaKpiByServiceArea {\n          serviceArea\n          kpi\n        }\n      }\n    }\n  }\n": types.SetSurveyQuestionKoladaDocument,
    "\n  query SurveyRoundAdminLinks($roundId: ID!) {\n    surveyAnswerLinks(roundId: $roundId) {\n      unitId\n      unitName\n      code\n    }\n  }\n": types.SurveyRoundAdminLinksDocument,
    "\n  mutation CloseSurveyRound($roundId: ID!) {\n    closeSurveyRound(roundId: $roundId) {\n      id\n      status\n      closedOn\n    }\n  }\n": types.CloseSurveyRoundDocument,
    "\n  query SurveyRoundFormDefinitions {\n    surveyDefinitions {\n      id\n      code\n      version\n      name\n    }\n  }\n": types.SurveyRoundFormDefinitionsDocument,
    "\n  query SurveyRoundFormUnits {\n    units {\n      id\n      name\n      provider {\n        name\n      }\n    }\n  }\n": types.SurveyRoundFormUnitsDocument,
    "\n  mutation CreateSurveyRound($input: CreateSurveyRoundInput!) {\n    createSurveyRound(input: $input) {\n      id\n      name\n      period\n    }\n  }\n": types.CreateSurveyRoundDocument,
    "\n  query SurveysPageRounds {\n    surveyRounds {\n      id\n      definitionId\n      name\n      period\n      status\n    }\n  }\n": types.SurveysPageRoundsDocument,
    "\n  query SurveysPageResults($roundId: ID!, $groupBy: SurveyResultGrouping!, $compareWithRoundId: ID) {\n    surveyResults(roundId: $roundId, groupBy: $groupBy, compareWithRoundId: $compareWithRoundId) {\n      key\n      name\n      answers\n      responseRate {\n        numerator\n        denominator\n        share\n        excluded {\n          reasonCode\n          units\n          count\n        }\n      }\n      previousResponseRate {\n        numerator\n        denominator\n        share\n      }\n      questions {\n        questionId\n        text\n        suppressed\n        sharePositive {\n          numerator\n          denominator\n          share\n          excluded {\n            reasonCode\n            units\n            count\n          }\n        }\n        interval {\n          low\n          high\n        }\n        national\n      }\n    }\n  }\n": types.SurveysPageResultsDocument,
    "\n  query SurveysPageDistribution($roundId: ID!, $groupBy: SurveyResultGrouping!) {\n    surveyAnswerDistribution(roundId: $roundId, groupBy: $groupBy) {\n      groupKey\n      questionId\n      optionCode\n      optionLabel\n      nonSubstantive\n      suppressed\n      count\n      share {\n        numerator\n        denominator\n        share\n      }\n    }\n  }\n": types.SurveysPageDistributionDocument,
    "\n  query ThematicFollowUpPage($id: ID!) {\n    thematicFollowUp(followUpId: $id) {\n      followUp {\n        id\n        title\n        purpose\n        plannedOn\n        type\n      }\n      guide {\n        title\n        version\n        questions {\n          key\n          text\n          answerType\n          options\n          requirement\n          askedWhenYes\n        }\n      }\n      scopeKind\n      serviceArea\n      units {\n        unitId\n        name\n        providerName\n        serviceArea\n        answers {\n          questionKey\n          value\n        }\n      }\n      results {\n        questionKey\n        of\n        values {\n          value\n          count\n        }\n        byProvider {\n          providerName\n          yes {\n            count\n            of\n          }\n        }\n        byServiceArea {\n          serviceArea\n          yes {\n            count\n            of\n          }\n        }\n        previous {\n          yes {\n            count\n            of\n          }\n        }\n      }\n      children {\n        id\n        title\n        parentFollowUpId\n      }\n    }\n  }\n": types.ThematicFollowUpPageDocument,
    "\n  mutation RecordUnitFindings($input: RecordUnitFindingsInput!) {\n    recordUnitFindings(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n": types.RecordUnitFindingsDocument,
    "\n  mutation StartSpecificFollowUps($input: StartSpecificFollowUpsInput!) {\n    startSpecificFollowUps(input: $input) {\n      id\n    }\n  }\n": types.StartSpecificFollowUpsDocument,
    "\n  query PortalUnits($id: ID!) {\n    provider(id: $id) {\n      id\n      name\n      units {\n        id\n        name\n        serviceArea\n      }\n    }\n  }\n": types.PortalUnitsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionCheck {\n    __typename\n  }\n"): typeof import('./graphql').SessionCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContractRequirement($input: AddContractRequirementInput!) {\n    addContractRequirement(input: $input) {\n      id\n      key\n      label\n    }\n  }\n"): typeof import('./graphql').AddContractRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContractRequirement($input: UpdateContractRequirementInput!) {\n    updateContractRequirement(input: $input) {\n      id\n      key\n      label\n    }\n  }\n"): typeof import('./graphql').UpdateContractRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContractRequirement($requirementId: ID!) {\n    removeContractRequirement(requirementId: $requirementId) {\n      id\n      label\n    }\n  }\n"): typeof import('./graphql').RemoveContractRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationImportSources {\n    deviationImportSources {\n      code\n      name\n      unitCodeSystem\n      version\n      updatedAt\n      columns {\n        field\n        header\n      }\n      values {\n        field\n        from\n        to\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationImportSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationImportPreview($csv: String!, $source: String) {\n    previewDeviationImport(csv: $csv, source: $source) {\n      accepted\n      created\n      changed\n      unchanged\n      errors {\n        line\n        column\n        rule\n        params\n      }\n      rows {\n        line\n        externalId\n        unitName\n        kind\n        occurredOn\n        reportedOn\n        status\n        categoryLabel\n        change\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationImportPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationsImport($csv: String!, $source: String) {\n    importDeviations(csv: $csv, source: $source) {\n      accepted\n      imported\n      created\n      changed\n      unchanged\n      errors {\n        line\n        column\n        rule\n        params\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationsImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationImportJob($id: ID!) {\n    deviationImportJob(id: $id) {\n      id\n      status\n      dryRun\n      bytesTotal\n      bytesRead\n      rowsRead\n      rowsDone\n      created\n      changed\n      unchanged\n      errorCount\n      errors {\n        line\n        column\n        rule\n        params\n      }\n      preview {\n        line\n        externalId\n        unitName\n        kind\n        occurredOn\n        reportedOn\n        status\n        categoryLabel\n        change\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationImportJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForecastDataPageSubmitPlacements($input: PlacementReportInput!) {\n    submitPlacementReport(input: $input) {\n      id\n      unitId\n      month\n      form\n      version\n    }\n  }\n"): typeof import('./graphql').ForecastDataPageSubmitPlacementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceAreaList {\n    serviceAreas {\n      code\n      name\n      sectorCode\n      position\n    }\n    sectors {\n      code\n      name\n      position\n    }\n  }\n"): typeof import('./graphql').ServiceAreaListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpreadsheetImportCaseFlows($csv: String!, $dryRun: Boolean!, $unitCodeSystem: String) {\n    importCaseFlowReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $unitCodeSystem) {\n      accepted\n      imported\n      created\n      changed\n      unchanged\n      errors {\n        line\n        column\n        rule\n        params\n      }\n      rows {\n        line\n        change\n        unitName\n        service\n        month\n        source\n        incoming\n        outgoing\n        closedByReason {\n          reason\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SpreadsheetImportCaseFlowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpreadsheetImportPlacements($csv: String!, $dryRun: Boolean!, $unitCodeSystem: String) {\n    importPlacementReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $unitCodeSystem) {\n      accepted\n      imported\n      created\n      changed\n      unchanged\n      errors {\n        line\n        column\n        rule\n        params\n      }\n      rows {\n        line\n        change\n        unitId\n        unitName\n        month\n        form\n        placed\n        careDays\n        costSek\n        ended\n        endedDurationDays\n      }\n    }\n  }\n"): typeof import('./graphql').SpreadsheetImportPlacementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpreadsheetImportStaffing($csv: String!, $dryRun: Boolean!, $unitCodeSystem: String) {\n    importStaffingReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $unitCodeSystem) {\n      accepted\n      imported\n      created\n      changed\n      unchanged\n      errors {\n        line\n        column\n        rule\n        params\n      }\n      rows {\n        line\n        change\n        unitName\n        year\n        half\n        version\n        managers\n        permanent\n        temporary\n        hourly\n        sickLeavePercent\n        staffTurnoverPercent\n        jobTitles {\n          title\n          headcount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SpreadsheetImportStaffingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpreadsheetImportClosureReasons {\n    closureReasons {\n      code\n      label\n    }\n  }\n"): typeof import('./graphql').SpreadsheetImportClosureReasonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpreadsheetImportUnitCodeSystems {\n    units {\n      id\n      externalCodes {\n        system\n      }\n    }\n  }\n"): typeof import('./graphql').SpreadsheetImportUnitCodeSystemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLogPage($filter: AccessLogFilter, $paging: AccessLogPaging) {\n    accessLog(filter: $filter, paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        readAt\n        readerSub\n        readerName\n        readerRoles\n        recordKind\n        recordIds\n        deviationKind\n        field\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').AccessLogPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccessLogPage($paging: AccessLogPaging) {\n    myAccessLog(paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        readAt\n        readerSub\n        readerName\n        readerRoles\n        recordKind\n        recordIds\n        deviationKind\n        field\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').MyAccessLogPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardsPage {\n    boards {\n      id\n      name\n      departments {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').BoardsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterBoard($input: RegisterBoardInput!) {\n    registerBoard(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RegisterBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameBoard($input: RenameBoardInput!) {\n    renameBoard(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RenameBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDepartment($input: RegisterDepartmentInput!) {\n    registerDepartment(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RegisterDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationCategoriesPage {\n    deviationCategories(includeRetired: true) {\n      id\n      code\n      label\n      kinds\n      active\n    }\n  }\n"): typeof import('./graphql').DeviationCategoriesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationCategoriesPageCreate($input: CreateDeviationCategoryInput!) {\n    createDeviationCategory(input: $input) {\n      id\n      label\n    }\n  }\n"): typeof import('./graphql').DeviationCategoriesPageCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationCategoriesPageSetActive($input: SetDeviationCategoryActiveInput!) {\n    setDeviationCategoryActive(input: $input) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').DeviationCategoriesPageSetActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationDecisionsPageOpen {\n    decisionsNotExecuted(openOnly: true) {\n      id\n      serviceArea\n      law\n      gender\n      intervention\n      decidedOn\n      interruptedOn\n      reason\n      executedOn\n      unitId\n    }\n  }\n"): typeof import('./graphql').DeviationDecisionsPageOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationDecisionsPageQuarters($year: Int!) {\n    decisionsNotExecutedByQuarter(year: $year) {\n      quarter\n      year\n      number\n      count\n      ended\n      reportedOn\n      reportedBy\n      reportedCount\n      bySector {\n        sector\n        name\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationDecisionsPageQuartersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationDecisionsPageQuarterReport($input: DecisionQuarterInput!) {\n    decisionsNotExecutedQuarterReport(input: $input) {\n      quarter\n      count\n      executedInQuarter\n      byIntervention {\n        key\n        numerator\n        denominator\n        share\n        executedInQuarter\n      }\n      byLaw {\n        key\n        numerator\n        denominator\n        share\n        executedInQuarter\n      }\n      byGender {\n        key\n        numerator\n        denominator\n        share\n        executedInQuarter\n      }\n      decisions {\n        id\n        intervention\n        law\n        gender\n        decidedOn\n        interruptedOn\n        executedOn\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationDecisionsPageQuarterReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationDecisionsPageRegister($input: RegisterDecisionNotExecutedInput!) {\n    registerDecisionNotExecuted(input: $input) {\n      id\n      intervention\n    }\n  }\n"): typeof import('./graphql').DeviationDecisionsPageRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationDecisionsPageMarkExecuted($input: MarkDecisionExecutedInput!) {\n    markDecisionExecuted(input: $input) {\n      id\n      executedOn\n    }\n  }\n"): typeof import('./graphql').DeviationDecisionsPageMarkExecutedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationDecisionsPageRecordQuarterReported($input: DecisionQuarterInput!) {\n    recordQuarterReported(input: $input) {\n      quarter\n      reportedOn\n      reportedBy\n    }\n  }\n"): typeof import('./graphql').DeviationDecisionsPageRecordQuarterReportedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDeviationImportSource($input: SaveImportSourceInput!) {\n    saveDeviationImportSource(input: $input) {\n      code\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').SaveDeviationImportSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationImportSourceCategories {\n    deviationCategories {\n      code\n      label\n    }\n  }\n"): typeof import('./graphql').DeviationImportSourceCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationImprovementsPage {\n    improvements {\n      id\n      title\n      phase\n      plan\n      doNotes\n      studyResult\n      studyNotes\n      actDecision\n      actNotes\n      actCompletedOn\n      studyDueOn\n      deviations {\n        id\n        kind\n        reportedOn\n        description\n        unit {\n          id\n          name\n        }\n      }\n      deviationIds\n      followUpId\n    }\n  }\n"): typeof import('./graphql').DeviationImprovementsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationImprovementsPageStatistics($interval: ImprovementInterval!, $filter: ImprovementStatisticsFilter) {\n    improvementStatistics(interval: $interval, filter: $filter) {\n      period\n      from\n      to\n      started\n      finished\n      openAtEnd\n      adopted {\n        numerator\n        denominator\n        share\n      }\n      adapted {\n        numerator\n        denominator\n        share\n      }\n      abandoned {\n        numerator\n        denominator\n        share\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationImprovementsPageStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationImprovementsPageUnits {\n    units {\n      id\n      name\n      providerId\n    }\n  }\n"): typeof import('./graphql').DeviationImprovementsPageUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationImprovementsPageSource($id: ID!) {\n    deviation(id: $id) {\n      id\n      unit {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationImprovementsPageSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationImprovementsPageUnitDeviations($filter: DeviationFilter) {\n    deviations(filter: $filter) {\n      id\n      kind\n      reportedOn\n      description\n    }\n  }\n"): typeof import('./graphql').DeviationImprovementsPageUnitDeviationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationImprovementsPageFollowUps {\n    followUps {\n      id\n      title\n      plannedOn\n      providerId\n    }\n  }\n"): typeof import('./graphql').DeviationImprovementsPageFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationImprovementsPageCreate($input: CreateImprovementInput!) {\n    createImprovement(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').DeviationImprovementsPageCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationImprovementsPageCompletePhase($input: CompleteImprovementPhaseInput!) {\n    completeImprovementPhase(input: $input) {\n      id\n      phase\n    }\n  }\n"): typeof import('./graphql').DeviationImprovementsPageCompletePhaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationImprovementsPageLinkDeviations($input: LinkImprovementToDeviationsInput!) {\n    linkImprovementToDeviations(input: $input) {\n      id\n      deviationIds\n    }\n  }\n"): typeof import('./graphql').DeviationImprovementsPageLinkDeviationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationImprovementsPageLinkFollowUp($input: LinkImprovementToFollowUpInput!) {\n    linkImprovementToFollowUp(input: $input) {\n      id\n      followUpId\n    }\n  }\n"): typeof import('./graphql').DeviationImprovementsPageLinkFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationPage($id: ID!) {\n    deviation(id: $id) {\n      id\n      kind\n      status\n      serviceArea\n      occurredOn\n      reportedOn\n      description\n      redactions\n      investigationStartedOn\n      actionsRegisteredOn\n      actions\n      finalAssessedOn\n      finalAssessment\n      closedOn\n      seriousness\n      ivoReportedOn\n      ivoReference\n      complainant\n      complaintCategory\n      category {\n        code\n        label\n        active\n      }\n      unit {\n        id\n        name\n      }\n      provider {\n        id\n        name\n      }\n      twoMonthRule {\n        deadline\n        actionsInTime\n        assessedInTime\n        overdue\n      }\n      statusHistory {\n        fromStatus\n        toStatus\n        changedBy\n        changedAt\n      }\n      followUpId\n      improvements {\n        id\n        title\n        phase\n        actDecision\n      }\n      rootCauses {\n        id\n        label\n        active\n      }\n      assessmentHistory {\n        seriousness\n        ivoReportedOn\n        ivoReference\n        changedBy\n        changedAt\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationPageChangeStatus($input: ChangeDeviationStatusInput!) {\n    changeDeviationStatus(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DeviationPageChangeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationPageAssessSeriousness($input: AssessSeriousnessInput!) {\n    assessSeriousness(input: $input) {\n      id\n      seriousness\n    }\n  }\n"): typeof import('./graphql').DeviationPageAssessSeriousnessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationPageReportToIvo($input: ReportToIvoInput!) {\n    reportDeviationToIvo(input: $input) {\n      id\n      ivoReportedOn\n      ivoReference\n    }\n  }\n"): typeof import('./graphql').DeviationPageReportToIvoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationPageRootCauses {\n    rootCauses(includeRetired: false) {\n      id\n      label\n    }\n  }\n"): typeof import('./graphql').DeviationPageRootCausesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationPageSetRootCauses($input: SetRootCausesInput!) {\n    setDeviationRootCauses(input: $input) {\n      id\n      rootCauses {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationPageSetRootCausesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationPageCategories($kind: DeviationKind!) {\n    deviationCategories(kind: $kind) {\n      code\n      label\n    }\n  }\n"): typeof import('./graphql').DeviationPageCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationPageSetCategory($input: SetDeviationCategoryInput!) {\n    setDeviationCategory(input: $input) {\n      id\n      categoryCode\n    }\n  }\n"): typeof import('./graphql').DeviationPageSetCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationPageFollowUps {\n    followUps {\n      id\n      title\n      plannedOn\n    }\n  }\n"): typeof import('./graphql').DeviationPageFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationPageLinkFollowUp($input: LinkFollowUpInput!) {\n    linkDeviationToFollowUp(input: $input) {\n      id\n      followUpId\n    }\n  }\n"): typeof import('./graphql').DeviationPageLinkFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationPageOriginal($id: ID!, $reason: String) {\n    deviation(id: $id) {\n      id\n      protectedDescription(reason: $reason)\n    }\n  }\n"): typeof import('./graphql').DeviationPageOriginalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationRootCausesPage {\n    rootCauses(includeRetired: true) {\n      id\n      code\n      label\n      active\n    }\n  }\n"): typeof import('./graphql').DeviationRootCausesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationRootCausesPageCreate($input: CreateRootCauseInput!) {\n    createRootCause(input: $input) {\n      id\n      label\n    }\n  }\n"): typeof import('./graphql').DeviationRootCausesPageCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationRootCausesPageSetActive($input: SetRootCauseActiveInput!) {\n    setRootCauseActive(input: $input) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').DeviationRootCausesPageSetActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationsPageList($filter: DeviationFilter, $paging: DeviationPaging) {\n    deviationsPage(filter: $filter, paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        kind\n        status\n        occurredOn\n        reportedOn\n        description\n        unit {\n          id\n          name\n        }\n        provider {\n          id\n          name\n        }\n        twoMonthRule {\n          deadline\n          overdue\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationsPageListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationsPageStatistics($filter: StatisticsFilter) {\n    deviationStatisticsBy(groupBy: SECTOR, filter: $filter) {\n      key\n      name\n      statistics {\n        deviations\n        lexSarah\n        lexSarahReportedToIvo\n        lexMaria\n        complaints\n        overdue\n        closedWithinTwoMonths {\n          numerator\n          denominator\n          share\n        }\n        actionsRegistered {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n    deviationTrend(interval: MONTH, filter: $filter) {\n      period\n      deviations\n      complaints\n      lexSarah\n    }\n  }\n"): typeof import('./graphql').DeviationsPageStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationsPageBoards {\n    boards {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').DeviationsPageBoardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationsPageUnits {\n    units {\n      id\n      name\n      provider {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationsPageUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationsPageCategories($kind: DeviationKind) {\n    deviationCategories(kind: $kind) {\n      id\n      code\n      label\n    }\n  }\n"): typeof import('./graphql').DeviationsPageCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationsPageBreakdowns($filter: StatisticsFilter) {\n    byCategory: deviationBreakdown(by: CATEGORY, filter: $filter) {\n      denominator\n      previousYearDenominator\n      previousYearPeriod {\n        from\n        to\n      }\n      entries {\n        key\n        label\n        count {\n          numerator\n          denominator\n          share\n        }\n        previousYear {\n          numerator\n          denominator\n          share\n        }\n        change\n      }\n    }\n    byRootCause: deviationBreakdown(by: ROOT_CAUSE, filter: $filter) {\n      denominator\n      previousYearDenominator\n      previousYearPeriod {\n        from\n        to\n      }\n      entries {\n        key\n        label\n        count {\n          numerator\n          denominator\n          share\n        }\n        previousYear {\n          numerator\n          denominator\n          share\n        }\n        change\n      }\n    }\n  }\n"): typeof import('./graphql').DeviationsPageBreakdownsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationsPageReport($input: ReportDeviationInput!) {\n    reportDeviation(input: $input) {\n      id\n      kind\n    }\n  }\n"): typeof import('./graphql').DeviationsPageReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviationsPageComplaint($input: RegisterComplaintInput!) {\n    registerComplaint(input: $input) {\n      id\n      kind\n    }\n  }\n"): typeof import('./graphql').DeviationsPageComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeDeviationStatus($input: ChangeDeviationStatusInput!) {\n    changeDeviationStatus(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ChangeDeviationStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpPage($id: ID!) {\n    followUp(id: $id) {\n      id\n      title\n      purpose\n      type\n      status\n      plannedOn\n      responsible\n      assistant\n      methods\n      checklist {\n        item\n        done\n      }\n      findings\n      decisionNeeded\n      reportedOn\n      publishedOn\n      closedOn\n      boardMeetingOn\n      cancellationReason\n      contract {\n        reference\n        title\n      }\n      requirementChecks {\n        requirement {\n          id\n          key\n          label\n          comparison\n          target\n          measureUnit\n        }\n        measured\n        note\n        outcome\n        judged {\n          label\n          comparison\n          target\n          measureUnit\n        }\n        changedSinceJudged\n        guideAnswers {\n          followUpTitle\n          questionText\n          unitName\n          value\n          outcome\n        }\n      }\n      actions {\n        id\n        description\n        deadline\n        status\n        actionPlan\n        completedOn\n        verifiedOn\n        rechecks {\n          checkedOn\n          met\n          note\n          newDeadline\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrepareFollowUp($input: PrepareFollowUpInput!) {\n    prepareFollowUp(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PrepareFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartFollowUp($id: ID!) {\n    startFollowUp(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportFollowUp($input: ReportFollowUpInput!) {\n    reportFollowUp(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReportFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecheckFollowUpAction($input: RecheckActionInput!) {\n    recheckFollowUpAction(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecheckFollowUpActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseFollowUp($id: ID!) {\n    closeFollowUp(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').CloseFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishFollowUpReport($id: ID!) {\n    publishFollowUpReport(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PublishFollowUpReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelFollowUp($input: CancelFollowUpInput!) {\n    cancelFollowUp(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CancelFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRequirementFinding($input: RecordRequirementFindingInput!) {\n    recordRequirementFinding(input: $input) {\n      measured\n      outcome\n      requirement {\n        id\n        label\n      }\n    }\n  }\n"): typeof import('./graphql').RecordRequirementFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpsPage($year: Int!, $boardId: ID) {\n    boards {\n      id\n      name\n    }\n    followUpPlan(year: $year, boardId: $boardId) {\n      year\n      boardId\n      focusAreas\n      periods {\n        startsOn\n        endsOn\n        target\n      }\n      progress {\n        period\n        startsOn\n        endsOn\n        target\n        planned\n        done\n        unplanned\n      }\n    }\n    providers {\n      id\n      name\n      units {\n        id\n        name\n      }\n    }\n    contracts {\n      id\n      reference\n      title\n      status\n    }\n    boardQueue {\n      id\n      title\n      reportedOn\n      contract {\n        reference\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFollowUpPlan($input: FollowUpPlanInput!) {\n    saveFollowUpPlan(input: $input) {\n      year\n    }\n  }\n"): typeof import('./graphql').SaveFollowUpPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanFollowUps($input: PlanFollowUpsInput!) {\n    planFollowUps(input: $input) {\n      id\n      seed\n      asOf\n      shares {\n        complaints\n        ordering\n        random\n      }\n      shortfall\n      proposals {\n        rank\n        contractId\n        reference\n        third\n        reasonCode\n        orderedPosition\n        riskScore\n        complaints\n        riskParts {\n          kind\n          count\n          points\n        }\n      }\n      skippedOrdered {\n        contractId\n        reasonCode\n      }\n    }\n  }\n"): typeof import('./graphql').PlanFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptFollowUpProposals($id: ID!, $input: AcceptProposalsInput) {\n    acceptFollowUpProposals(selectionId: $id, contractIds: [], input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AcceptFollowUpProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresentFollowUpToBoard($input: PresentToBoardInput!) {\n    presentFollowUpToBoard(input: $input) {\n      id\n      boardMeetingOn\n    }\n  }\n"): typeof import('./graphql').PresentFollowUpToBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpsPageList(\n    $year: Int\n    $status: FollowUpStatus\n    $type: FollowUpType\n    $providerId: ID\n    $unitId: ID\n    $search: String\n    $sortBy: FollowUpSortField!\n    $descending: Boolean!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    followUpsPage(\n      year: $year\n      status: $status\n      type: $type\n      providerId: $providerId\n      unitId: $unitId\n      search: $search\n      sortBy: $sortBy\n      descending: $descending\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      offset\n      limit\n      items {\n        id\n        title\n        type\n        status\n        plannedOn\n        responsible\n        provider {\n          id\n          name\n        }\n        contract {\n          reference\n          units {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpsPageListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpsPageOrderingList {\n    orderingList {\n      contractId\n    }\n  }\n"): typeof import('./graphql').FollowUpsPageOrderingListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpCoverage($year: Int!) {\n    followUpCoverage(year: $year) {\n      year\n      asOf\n      numerator\n      denominator\n      byServiceArea {\n        serviceArea\n        numerator\n        denominator\n      }\n      byProvider {\n        providerId\n        providerName\n        numerator\n        denominator\n      }\n      uncoveredUnits {\n        unitId\n        unitName\n        serviceArea\n        providerId\n        providerName\n      }\n      iopWithoutFollowUp {\n        contractId\n        reference\n        title\n        providerId\n        providerName\n        lastFollowedUpOn\n        dueSince\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForecastDataPageUnits {\n    units {\n      id\n      name\n      serviceArea\n      provider {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ForecastDataPageUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForecastDataPageClosureReasons {\n    closureReasons {\n      code\n      label\n    }\n  }\n"): typeof import('./graphql').ForecastDataPageClosureReasonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForecastDataPageSubmitCaseFlow($input: SubmitCaseFlowReportInput!) {\n    submitCaseFlowReport(input: $input) {\n      id\n      month\n      version\n    }\n  }\n"): typeof import('./graphql').ForecastDataPageSubmitCaseFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForecastDataPageImportPopulation($csv: String!) {\n    importPopulation(csv: $csv) {\n      accepted\n      imported\n      problems {\n        code\n        line\n        column\n        header\n        value\n      }\n    }\n  }\n"): typeof import('./graphql').ForecastDataPageImportPopulationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForecastDataPageSetUsageRates($input: UsageRatesInput!) {\n    setUsageRates(input: $input)\n  }\n"): typeof import('./graphql').ForecastDataPageSetUsageRatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForecastsPageUnits {\n    units {\n      id\n      name\n      serviceArea\n      places\n    }\n  }\n"): typeof import('./graphql').ForecastsPageUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForecastsPageForecast($series: ForecastSeriesInput!, $horizon: Int!) {\n    forecast(series: $series, horizon: $horizon) {\n      model\n      components\n      noAccuracyReason\n      noAccuracyParams\n      history {\n        month\n        value\n      }\n      points {\n        month\n        value\n        lower\n        upper\n      }\n      accuracy {\n        mase\n        smape\n        origins\n      }\n      baseline {\n        mase\n        smape\n        origins\n      }\n      beatsBaseline\n    }\n  }\n"): typeof import('./graphql').ForecastsPageForecastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForecastsPageProjection($serviceArea: String!, $region: String!, $fromYear: Int!, $years: Int!) {\n    projection(serviceArea: $serviceArea, region: $region, fromYear: $fromYear, years: $years) {\n      capacity\n      runsOutIn\n      missingBands\n      years {\n        year\n        demand\n        capacity\n        shortfall\n      }\n    }\n  }\n"): typeof import('./graphql').ForecastsPageProjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForecastsPageReadiness {\n    forecastReadiness {\n      unitId\n      unitName\n      months\n      monthsReported\n      needed\n      ready\n      rule\n      params\n    }\n  }\n"): typeof import('./graphql').ForecastsPageReadinessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderingListPage {\n    orderingList {\n      contractId\n      position\n      reason\n      addedBy\n      addedAt\n      contract {\n        id\n        reference\n        title\n        status\n      }\n    }\n    contracts {\n      id\n      reference\n      title\n      status\n    }\n  }\n"): typeof import('./graphql').OrderingListPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToOrderingList($input: AddToOrderingListInput!) {\n    addToOrderingList(input: $input) {\n      contractId\n      position\n    }\n  }\n"): typeof import('./graphql').AddToOrderingListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOnOrderingList($input: MoveOnOrderingListInput!) {\n    moveOnOrderingList(input: $input) {\n      contractId\n      position\n    }\n  }\n"): typeof import('./graphql').MoveOnOrderingListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromOrderingList($contractId: ID!) {\n    removeFromOrderingList(contractId: $contractId) {\n      contractId\n      position\n    }\n  }\n"): typeof import('./graphql').RemoveFromOrderingListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMissingMonths($from: String) {\n    missingCaseFlowMonths(from: $from) {\n      unitId\n      unitName\n      months\n    }\n  }\n"): typeof import('./graphql').PortalMissingMonthsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalCaseFlows($filter: CaseFlowFilter) {\n    caseFlowReports(filter: $filter) {\n      id\n      unitId\n      service\n      month\n      incoming\n      outgoing\n      closedByReason {\n        reason\n        count\n      }\n      version\n      submittedAt\n    }\n  }\n"): typeof import('./graphql').PortalCaseFlowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPlacements($filter: PlacementFilter) {\n    placementReports(filter: $filter) {\n      id\n      unitId\n      month\n      form\n      placed\n      careDays\n      costSek\n      ended\n      endedDurationDays\n      version\n    }\n  }\n"): typeof import('./graphql').PortalPlacementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalDeviation($id: ID!) {\n    deviation(id: $id) {\n      id\n      kind\n      status\n      occurredOn\n      reportedOn\n      description\n      redactions\n      actions\n      actionsRegisteredOn\n      finalAssessment\n      finalAssessedOn\n      closedOn\n      seriousness\n      ivoReportedOn\n      complainant\n      complaintCategory\n      unit {\n        id\n        name\n      }\n      twoMonthRule {\n        deadline\n        overdue\n      }\n      statusHistory {\n        fromStatus\n        toStatus\n        changedBy\n        changedAt\n      }\n      assessmentHistory {\n        seriousness\n        ivoReportedOn\n        ivoReference\n        changedBy\n        changedAt\n      }\n    }\n  }\n"): typeof import('./graphql').PortalDeviationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalDeviations($filter: DeviationFilter, $paging: DeviationPaging) {\n    deviationsPage(filter: $filter, paging: $paging) {\n      total\n      offset\n      limit\n      items {\n        id\n        kind\n        status\n        occurredOn\n        reportedOn\n        unit {\n          id\n          name\n        }\n        twoMonthRule {\n          deadline\n          overdue\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalDeviationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalFollowUps {\n    followUps {\n      id\n      title\n      type\n      status\n      plannedOn\n      reportedOn\n      contract {\n        reference\n      }\n      actions {\n        id\n        status\n        deadline\n      }\n    }\n  }\n"): typeof import('./graphql').PortalFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalFollowUp($id: ID!) {\n    followUp(id: $id) {\n      id\n      title\n      purpose\n      type\n      status\n      plannedOn\n      responsible\n      findings\n      reportedOn\n      publishedOn\n      closedOn\n      contract {\n        reference\n        title\n      }\n      actions {\n        id\n        description\n        deadline\n        status\n        actionPlan\n        completedOn\n        verifiedOn\n        rechecks {\n          checkedOn\n          met\n          note\n          newDeadline\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSubmitActionPlan($input: ActionPlanInput!) {\n    submitActionPlan(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PortalSubmitActionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalCompleteAction($actionId: ID!) {\n    completeFollowUpAction(actionId: $actionId) {\n      id\n      status\n      completedOn\n    }\n  }\n"): typeof import('./graphql').PortalCompleteActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPulse($week: String!) {\n    pulseOverview(week: $week) {\n      week\n      period {\n        name\n        fromWeek\n        toWeek\n      }\n      questions {\n        key\n        text\n        answerType\n      }\n      unitAnswers {\n        unit {\n          id\n          name\n        }\n        answer {\n          id\n          week\n          unitId\n          values {\n            key\n            value\n          }\n          comment\n          version\n          submittedAt\n        }\n      }\n      answeredUnits {\n        id\n        name\n      }\n      missingUnits {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PortalPulseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSubmitPulse($input: SubmitPulseAnswerInput!) {\n    submitPulseAnswer(input: $input) {\n      id\n      week\n      unitId\n      version\n    }\n  }\n"): typeof import('./graphql').PortalSubmitPulseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSubmittedReports {\n    staffingReports {\n      id\n      unitId\n      year\n      half\n      version\n      managers\n      permanent\n      temporary\n      hourly\n      sickLeavePercent\n      staffTurnoverPercent\n      submittedBy\n      submittedAt\n    }\n    businessReports {\n      id\n      unitId\n      year\n      version\n      submittedBy\n      submittedAt\n    }\n  }\n"): typeof import('./graphql').PortalSubmittedReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSubmitStaffing($input: SubmitStaffingReportInput!) {\n    submitStaffingReport(input: $input) {\n      id\n      year\n      half\n      version\n    }\n  }\n"): typeof import('./graphql').PortalSubmitStaffingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSubmitBusiness($input: SubmitBusinessReportInput!) {\n    submitBusinessReport(input: $input) {\n      id\n      year\n      version\n    }\n  }\n"): typeof import('./graphql').PortalSubmitBusinessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalReportsDue {\n    reportsDue {\n      unit {\n        id\n        name\n      }\n      kind\n      year\n      half\n      dueOn\n      state\n      latestVersion\n      lastSubmittedOn\n    }\n  }\n"): typeof import('./graphql').PortalReportsDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalOpenActions {\n    followUps {\n      id\n      title\n      status\n      plannedOn\n      reportedOn\n      actions {\n        id\n        description\n        deadline\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').PortalOpenActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMissingCaseFlows($from: String) {\n    missingCaseFlowMonths(from: $from) {\n      unitId\n      unitName\n      months\n    }\n  }\n"): typeof import('./graphql').PortalMissingCaseFlowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPulseWeek($week: String!) {\n    pulseOverview(week: $week) {\n      week\n      answeredUnits {\n        id\n      }\n      missingUnits {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PortalPulseWeekDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderContacts($providerId: ID!) {\n    provider(id: $providerId) {\n      id\n      name\n      contacts {\n        id\n        name\n        email\n        topics\n      }\n    }\n  }\n"): typeof import('./graphql').ProviderContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProviderContact($input: AddProviderContactInput!) {\n    addProviderContact(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AddProviderContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeProviderContact($input: UpdateProviderContactInput!) {\n    updateProviderContact(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ChangeProviderContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProviderContact($id: ID!) {\n    removeProviderContact(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RemoveProviderContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderPage($id: ID!) {\n    boards {\n      id\n      name\n      departments {\n        id\n        name\n      }\n    }\n    provider(id: $id) {\n      id\n      name\n      organisationNumber\n      ownership\n      deviationStatistics {\n        total\n        deviations\n        lexSarah\n        complaints\n        overdue\n        closedWithinTwoMonths {\n          numerator\n          denominator\n          share\n        }\n      }\n      caseFlow {\n        month\n        incoming\n        outgoing\n        balance\n      }\n      units {\n        id\n        name\n        serviceArea\n        places\n        boardId\n        departmentId\n        externalCodes {\n          system\n          code\n        }\n        deviationStatistics {\n          total\n          open\n        }\n        surveyResults {\n          roundName\n          period\n          answers\n          responseRate {\n            numerator\n            denominator\n            share\n          }\n          sharePositive\n        }\n        staffingReports {\n          year\n          half\n          version\n          sickLeavePercent\n          staffTurnoverPercent\n        }\n        businessReports {\n          year\n          version\n        }\n      }\n    }\n    contracts(providerId: $id) {\n      id\n      reference\n      title\n      form\n      status\n      startDate\n      endDate\n      terminatedOn\n      terminationReason\n      boardId\n      units {\n        id\n        name\n      }\n      requirements {\n        id\n        key\n        label\n        kind\n        comparison\n        target\n        measureUnit\n      }\n      followUps {\n        id\n        title\n        type\n        status\n        plannedOn\n      }\n    }\n  }\n"): typeof import('./graphql').ProviderPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RegisterUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      reference\n    }\n  }\n"): typeof import('./graphql').RegisterContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      id\n      terminatedOn\n    }\n  }\n"): typeof import('./graphql').TerminateContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeHistory($entityId: ID!) {\n    changeHistory(entityId: $entityId) {\n      id\n      entityType\n      action\n      changedBy\n      changedAt\n      changes\n    }\n  }\n"): typeof import('./graphql').ChangeHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeProvider($input: UpdateProviderInput!) {\n    updateProvider(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ChangeProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ChangeUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeContract($input: UpdateContractInput!) {\n    updateContract(input: $input) {\n      id\n      reference\n    }\n  }\n"): typeof import('./graphql').ChangeContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderApiKeys($providerId: ID!) {\n    providerApiKeys(providerId: $providerId) {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').ProviderApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueProviderApiKey($input: CreateProviderApiKeyInput!) {\n    createProviderApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').IssueProviderApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeProviderApiKey($id: ID!) {\n    revokeProviderApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeProviderApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersPage($page: ProvidersPageInput) {\n    providersPage(page: $page) {\n      total\n      items {\n        id\n        name\n        organisationNumber\n        ownership\n        units {\n          id\n          name\n          serviceArea\n          places\n          deviationStatistics {\n            total\n            open\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterProvider($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RegisterProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulsePeriods {\n    pulsePeriods {\n      id\n      name\n      fromWeek\n      toWeek\n      openedBy\n      openedAt\n      endedBy\n      questions {\n        key\n        text\n        answerType\n      }\n    }\n  }\n"): typeof import('./graphql').PulsePeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseWeekOverview($week: String!) {\n    pulseOverview(week: $week) {\n      week\n      threshold\n      period {\n        id\n        name\n      }\n      questions {\n        key\n        text\n        answerType\n      }\n      answers {\n        id\n        providerId\n        unitId\n        values {\n          key\n          value\n        }\n        comment\n        version\n        submittedAt\n      }\n      unitAnswers {\n        unit {\n          id\n          name\n        }\n        providerId\n        providerName\n        answer {\n          id\n          values {\n            key\n            value\n          }\n          comment\n          version\n        }\n        signals {\n          questionKey\n          questionText\n          answerType\n          score\n        }\n        followUps {\n          id\n          unitId\n          contactedBy\n          contactedOn\n          outcome\n          outcomeText\n          recordedBy\n        }\n      }\n      missingUnits {\n        id\n        name\n        providerId\n        providerName\n      }\n      answered {\n        id\n        name\n      }\n      missing {\n        id\n        name\n      }\n      signals {\n        providerId\n        providerName\n        unitId\n        unitName\n        questionKey\n        questionText\n        answerType\n        score\n      }\n      followUps {\n        id\n        providerId\n        unitId\n        contactedBy\n        contactedOn\n        outcome\n        outcomeText\n        recordedBy\n      }\n    }\n  }\n"): typeof import('./graphql').PulseWeekOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseTrend($periodId: ID!) {\n    pulseTrend(periodId: $periodId) {\n      threshold\n      weeks\n      units {\n        providerId\n        providerName\n        weeks {\n          week\n          answered\n          values {\n            key\n            value\n          }\n          signalKeys\n          followUps {\n            id\n            outcome\n          }\n        }\n      }\n      questions {\n        key\n        text\n        answerType\n        weeks {\n          week\n          answers\n          average\n          yes\n          no\n          signals\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PulseTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseTrendPerUnit($periodId: ID!) {\n    pulseTrend(periodId: $periodId) {\n      weeks\n      perUnit {\n        providerId\n        providerName\n        unitId\n        unitName\n        weeks {\n          week\n          answered\n          values {\n            key\n            value\n          }\n          signalKeys\n          followUps {\n            id\n            outcome\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PulseTrendPerUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseTrendOf($periodId: ID!, $unitId: ID, $providerId: ID) {\n    pulseTrend(periodId: $periodId, unitId: $unitId, providerId: $providerId) {\n      weeks\n      questions {\n        key\n        text\n        answerType\n        weeks {\n          week\n          answers\n          average\n          yes\n          no\n          signals\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PulseTrendOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenPulsePeriod($input: OpenPulsePeriodInput!) {\n    openPulsePeriod(input: $input) {\n      id\n      name\n      fromWeek\n      toWeek\n      questions {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql').OpenPulsePeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPulsePeriod($input: EndPulsePeriodInput!) {\n    endPulsePeriod(input: $input) {\n      id\n      name\n      toWeek\n    }\n  }\n"): typeof import('./graphql').EndPulsePeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPulseFollowUp($input: RecordPulseFollowUpInput!) {\n    recordPulseFollowUp(input: $input) {\n      id\n      providerId\n      unitId\n      week\n      outcome\n    }\n  }\n"): typeof import('./graphql').RecordPulseFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionGuidesPage {\n    questionGuides {\n      id\n      key\n      version\n      title\n      questions {\n        key\n        text\n        answerType\n        options\n        requirement\n        askedWhenYes\n      }\n    }\n    thematic: followUps(type: THEMATIC) {\n      id\n      title\n      plannedOn\n      status\n    }\n    overarching: followUps(type: OVERARCHING) {\n      id\n      title\n      plannedOn\n      status\n    }\n    providers {\n      id\n      name\n      units {\n        id\n        name\n        serviceArea\n      }\n    }\n  }\n"): typeof import('./graphql').QuestionGuidesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishQuestionGuide($input: PublishQuestionGuideInput!) {\n    publishQuestionGuide(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').PublishQuestionGuideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThematicFollowUp($input: CreateThematicFollowUpInput!) {\n    createThematicFollowUp(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateThematicFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemindersPage($page: RemindersPageInput) {\n    reminders(page: $page) {\n      total\n      mailEnabled\n      items {\n        id\n        recipient\n        recipientName\n        kind\n        subject\n        body\n        state\n        error\n        createdAt\n        sentAt\n      }\n    }\n  }\n"): typeof import('./graphql').RemindersPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunReminders {\n    runReminders {\n      created\n      sent\n      bounced\n      failed\n      outbox\n      mailEnabled\n    }\n  }\n"): typeof import('./graphql').RunRemindersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsPageBoards {\n    boards {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ReportsPageBoardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionSettings {\n    retentionSettings {\n      protectedTextMonths\n      freeTextMonths\n      cron\n      scheduled\n    }\n  }\n"): typeof import('./graphql').RetentionSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionRuns {\n    retentionRuns {\n      id\n      ranAt\n      ranBy\n      ranByName\n      originalsClosedBy\n      freeTextsClosedBy\n      originalsRemoved\n      freeTextsAnonymised\n      accessLogReasonsAnonymised\n    }\n  }\n"): typeof import('./graphql').RetentionRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunRetention {\n    runRetention {\n      id\n      originalsRemoved\n      freeTextsAnonymised\n      accessLogReasonsAnonymised\n    }\n  }\n"): typeof import('./graphql').RunRetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceAreasPage {\n    sectors {\n      code\n      name\n      position\n      serviceAreas {\n        code\n        name\n        position\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceAreasPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterSector($input: RegisterSectorInput!) {\n    registerSector(input: $input) {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').RegisterSectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameSector($input: RenameSectorInput!) {\n    renameSector(input: $input) {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').RenameSectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterServiceArea($input: RegisterServiceAreaInput!) {\n    registerServiceArea(input: $input) {\n      code\n      name\n      sector {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterServiceAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServiceArea($input: UpdateServiceAreaInput!) {\n    updateServiceArea(input: $input) {\n      code\n      name\n      sector {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateServiceAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartPageOverdueActions {\n    overdueFollowUpActions {\n      id\n      description\n      deadline\n      followUpId\n    }\n  }\n"): typeof import('./graphql').StartPageOverdueActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartPageOverdueDeviations {\n    overdueDeviations {\n      id\n      kind\n      description\n      reportedOn\n      twoMonthRule {\n        deadline\n      }\n    }\n  }\n"): typeof import('./graphql').StartPageOverdueDeviationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartPageMissingReports($year: Int!, $half: Int) {\n    unitsMissingReport(kind: STAFFING, year: $year, half: $half) {\n      id\n      name\n      providerId\n      provider {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StartPageMissingReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartPagePulse($week: String!) {\n    pulseOverview(week: $week) {\n      period {\n        name\n      }\n      signals {\n        providerId\n        providerName\n        unitName\n        questionText\n        answerType\n        score\n      }\n      missing {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StartPagePulseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartPageRisks {\n    contracts {\n      id\n      reference\n      title\n      status\n      providerId\n      risk {\n        score\n        parts {\n          kind\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StartPageRisksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartPageProviderActivity {\n    providerActivity(limit: 12) {\n      kind\n      provider {\n        id\n        name\n      }\n      unit {\n        name\n      }\n      year\n      half\n      version\n      followUpId\n      action\n      by\n      at\n    }\n  }\n"): typeof import('./graphql').StartPageProviderActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartPageCaseFlowDeliveries {\n    caseFlowDeliveries(limit: 6) {\n      providerId\n      providerName\n      unitName\n      months\n      reports\n      by\n      at\n    }\n  }\n"): typeof import('./graphql').StartPageCaseFlowDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartPageOverdueSupervision {\n    overdueSupervisionResponses {\n      caseId\n      authority\n      caseNumber\n      responseId\n      required\n      dueOn\n    }\n  }\n"): typeof import('./graphql').StartPageOverdueSupervisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IopWithoutFollowUp {\n    iopContractsWithoutFollowUp {\n      contractId\n      reference\n      title\n      providerId\n      providerName\n      lastFollowedUpOn\n      dueSince\n    }\n  }\n"): typeof import('./graphql').IopWithoutFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionProviders {\n    providers {\n      id\n      name\n      units {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionCases($filter: SupervisionCaseFilter) {\n    supervisionCases(filter: $filter) {\n      id\n      authority\n      caseNumber\n      providerId\n      unitId\n      examined\n      openedOn\n      decision\n      decidedOn\n      decisionText\n      closedOn\n      responses {\n        id\n        required\n        dueOn\n        sentOn\n        overdue\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterSupervisionCase($input: RegisterSupervisionCaseInput!) {\n    registerSupervisionCase(input: $input) {\n      id\n      authority\n      caseNumber\n    }\n  }\n"): typeof import('./graphql').RegisterSupervisionCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSupervisionResponse($input: AddSupervisionResponseInput!) {\n    addSupervisionResponse(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AddSupervisionResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkSupervisionResponseSent($input: MarkSupervisionResponseSentInput!) {\n    markSupervisionResponseSent(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').MarkSupervisionResponseSentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSupervisionDecision($input: RecordSupervisionDecisionInput!) {\n    recordSupervisionDecision(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RecordSupervisionDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSupervisionCase($input: CloseSupervisionCaseInput!) {\n    closeSupervisionCase(input: $input) {\n      id\n      version\n      closedOn\n    }\n  }\n"): typeof import('./graphql').CloseSupervisionCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyAnswerFormRound($id: ID!) {\n    surveyRound(id: $id) {\n      id\n      definitionId\n      status\n      units {\n        unitId\n        name\n        optedOut\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyAnswerFormRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyAnswerFormDefinition($id: ID!) {\n    surveyDefinition(id: $id) {\n      questions {\n        id\n        text\n        options {\n          code\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyAnswerFormDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitSurveyResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyByAnswerCode($code: String!) {\n    surveyByAnswerCode(code: $code) {\n      surveyName\n      unitName\n      questions {\n        id\n        text\n        options {\n          code\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyByAnswerCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSurveyAnswerByCode($input: SubmitSurveyAnswerByCodeInput!) {\n    submitSurveyAnswerByCode(input: $input)\n  }\n"): typeof import('./graphql').SubmitSurveyAnswerByCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyCoverage($id: ID!) {\n    surveyRound(id: $id) {\n      id\n      units {\n        unitId\n        name\n        offered\n        placed\n        optedOut\n        coverage {\n          numerator\n          denominator\n          share\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyCrossTab($roundId: ID!, $rowQuestionId: String!, $columnQuestionId: String!) {\n    surveyCrossTab(roundId: $roundId, rowQuestionId: $rowQuestionId, columnQuestionId: $columnQuestionId) {\n      minCell\n      rowQuestionText\n      columnQuestionText\n      answers\n      rows {\n        optionCode\n        optionLabel\n        suppressed\n        answers\n        cells {\n          optionCode\n          nonSubstantive\n          suppressed\n          count\n          share {\n            numerator\n            denominator\n            share\n          }\n        }\n      }\n      columns {\n        optionCode\n        optionLabel\n        suppressed\n        answers\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyCrossTabDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurveyDefinition($input: CreateSurveyDefinitionInput!) {\n    createSurveyDefinition(input: $input) {\n      id\n      code\n      version\n      name\n    }\n  }\n"): typeof import('./graphql').CreateSurveyDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSurveyResponses($roundId: ID!, $csv: String!) {\n    importSurveyResponses(roundId: $roundId, csv: $csv) {\n      accepted\n      imported\n      errors {\n        line\n        column\n        rule\n        params\n      }\n    }\n  }\n"): typeof import('./graphql').ImportSurveyResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportKoladaValues($json: String!) {\n    importKoladaValues(json: $json) {\n      accepted\n      imported\n      problems {\n        field\n        rule\n        params\n      }\n    }\n  }\n"): typeof import('./graphql').ImportKoladaValuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyKoladaDefinition($id: ID!) {\n    surveyDefinition(id: $id) {\n      id\n      name\n      version\n      questions {\n        id\n        text\n        koladaKpi\n        koladaKpiByServiceArea {\n          serviceArea\n          kpi\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyKoladaDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSurveyQuestionKolada($input: SetSurveyQuestionKoladaInput!) {\n    setSurveyQuestionKolada(input: $input) {\n      id\n      questions {\n        id\n        koladaKpi\n        koladaKpiByServiceArea {\n          serviceArea\n          kpi\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SetSurveyQuestionKoladaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyRoundAdminLinks($roundId: ID!) {\n    surveyAnswerLinks(roundId: $roundId) {\n      unitId\n      unitName\n      code\n    }\n  }\n"): typeof import('./graphql').SurveyRoundAdminLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurveyRound($roundId: ID!) {\n    closeSurveyRound(roundId: $roundId) {\n      id\n      status\n      closedOn\n    }\n  }\n"): typeof import('./graphql').CloseSurveyRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyRoundFormDefinitions {\n    surveyDefinitions {\n      id\n      code\n      version\n      name\n    }\n  }\n"): typeof import('./graphql').SurveyRoundFormDefinitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyRoundFormUnits {\n    units {\n      id\n      name\n      provider {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyRoundFormUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurveyRound($input: CreateSurveyRoundInput!) {\n    createSurveyRound(input: $input) {\n      id\n      name\n      period\n    }\n  }\n"): typeof import('./graphql').CreateSurveyRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveysPageRounds {\n    surveyRounds {\n      id\n      definitionId\n      name\n      period\n      status\n    }\n  }\n"): typeof import('./graphql').SurveysPageRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveysPageResults($roundId: ID!, $groupBy: SurveyResultGrouping!, $compareWithRoundId: ID) {\n    surveyResults(roundId: $roundId, groupBy: $groupBy, compareWithRoundId: $compareWithRoundId) {\n      key\n      name\n      answers\n      responseRate {\n        numerator\n        denominator\n        share\n        excluded {\n          reasonCode\n          units\n          count\n        }\n      }\n      previousResponseRate {\n        numerator\n        denominator\n        share\n      }\n      questions {\n        questionId\n        text\n        suppressed\n        sharePositive {\n          numerator\n          denominator\n          share\n          excluded {\n            reasonCode\n            units\n            count\n          }\n        }\n        interval {\n          low\n          high\n        }\n        national\n      }\n    }\n  }\n"): typeof import('./graphql').SurveysPageResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveysPageDistribution($roundId: ID!, $groupBy: SurveyResultGrouping!) {\n    surveyAnswerDistribution(roundId: $roundId, groupBy: $groupBy) {\n      groupKey\n      questionId\n      optionCode\n      optionLabel\n      nonSubstantive\n      suppressed\n      count\n      share {\n        numerator\n        denominator\n        share\n      }\n    }\n  }\n"): typeof import('./graphql').SurveysPageDistributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThematicFollowUpPage($id: ID!) {\n    thematicFollowUp(followUpId: $id) {\n      followUp {\n        id\n        title\n        purpose\n        plannedOn\n        type\n      }\n      guide {\n        title\n        version\n        questions {\n          key\n          text\n          answerType\n          options\n          requirement\n          askedWhenYes\n        }\n      }\n      scopeKind\n      serviceArea\n      units {\n        unitId\n        name\n        providerName\n        serviceArea\n        answers {\n          questionKey\n          value\n        }\n      }\n      results {\n        questionKey\n        of\n        values {\n          value\n          count\n        }\n        byProvider {\n          providerName\n          yes {\n            count\n            of\n          }\n        }\n        byServiceArea {\n          serviceArea\n          yes {\n            count\n            of\n          }\n        }\n        previous {\n          yes {\n            count\n            of\n          }\n        }\n      }\n      children {\n        id\n        title\n        parentFollowUpId\n      }\n    }\n  }\n"): typeof import('./graphql').ThematicFollowUpPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordUnitFindings($input: RecordUnitFindingsInput!) {\n    recordUnitFindings(input: $input) {\n      followUp {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RecordUnitFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSpecificFollowUps($input: StartSpecificFollowUpsInput!) {\n    startSpecificFollowUps(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartSpecificFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalUnits($id: ID!) {\n    provider(id: $id) {\n      id\n      name\n      units {\n        id\n        name\n        serviceArea\n      }\n    }\n  }\n"): typeof import('./graphql').PortalUnitsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
