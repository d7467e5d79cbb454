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

export type ActionPlanInput = {
  actionId: string;
  /** The provider's action plan (åtgärdsplan). */
  plan: string;
};

export type AnswerInput = {
  /** The option code; null for a question left unanswered. */
  option?: string | null | undefined;
  questionId: string;
};

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

export type ChecklistEntryInput = {
  done: boolean;
  item: ChecklistItem;
  note?: string | null | undefined;
};

/** A preparation step: read the contract, complaints, the business report, MAS/MAR input, system data. */
export type ChecklistItem =
  | 'BUSINESS_REPORT'
  | 'COMPLAINTS'
  | 'CONTRACT'
  | 'MAS_MAR_INPUT'
  | 'SYSTEM_DATA';

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

/** What a provider contact is told about: REPORTS (business and staffing reports due or late), ACTIONS (required actions nearing or passing their deadline), PULSE (the weekly pulse survey). */
export type ContactTopic =
  | 'ACTIONS'
  | 'PULSE'
  | 'REPORTS';

/** Procurement under LOU, choice system under LOV, the municipal assignment, or an IOP. */
export type ContractForm =
  | 'IOP'
  | 'LOU'
  | 'LOV'
  | 'MUNICIPAL_ASSIGNMENT';

export type CreateContractInput = {
  /** The board (nämnd) it belongs to; by default its units' board when they share one. */
  boardId?: string | null | undefined;
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
  /** The board (nämnd) the unit belongs to. */
  boardId?: string | null | undefined;
  /** One of the board's departments; gives the board when none is named. */
  departmentId?: string | null | undefined;
  /** The unit's codes in other systems, one per system; on update the whole set, `[]` removes them. */
  externalCodes?: Array<ExternalCodeInput> | null | undefined;
  name: string;
  places?: number | null | undefined;
  providerId: string;
  /** A code from `serviceAreas`, e.g. HOME_CARE. */
  serviceArea: string;
};

/** SoL or LSS. */
export type DecisionLaw =
  | 'LSS'
  | 'SOL';

/** What deviations are counted by: category (deviations, lex Sarah/Maria), root cause, complaint category or complainant (complaints). */
export type DeviationBreakdownBy =
  | 'CATEGORY'
  | 'COMPLAINANT'
  | 'COMPLAINT_CATEGORY'
  | 'ROOT_CAUSE';

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

/** The unit's code in another system, e.g. the case system's unit code. */
export type ExternalCodeInput = {
  /** The code that system gives the unit. */
  code: string;
  /** The system as an UPPER_SNAKE code, e.g. TRESERVA. */
  system: string;
};

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

export type Gender =
  | 'MAN'
  | 'NOT_STATED'
  | 'WOMAN';

/** Plan, do, study, act (PDSA), then done. */
export type ImprovementPhase =
  | 'ACT'
  | 'DO'
  | 'DONE'
  | 'PLAN'
  | 'STUDY';

export type JobTitleCountInput = {
  headcount: number;
  title: string;
};

export type LinkFollowUpInput = {
  deviationId: string;
  followUpId: string;
};

export type PlacementFilter = {
  from?: string | null | undefined;
  providerId?: string | null | undefined;
  to?: string | null | undefined;
  unitId?: string | null | undefined;
};

/** Only the fields given change. */
export type PrepareFollowUpInput = {
  assistant?: string | null | undefined;
  checklist?: Array<ChecklistEntryInput> | null | undefined;
  followUpId: string;
  /** Several allowed. */
  methods?: Array<FollowUpMethod> | null | undefined;
  plannedOn?: string | null | undefined;
  responsible?: string | null | undefined;
};

/** Municipal, private company or non-profit (idéburen). */
export type ProviderOwnership =
  | 'MUNICIPAL'
  | 'NON_PROFIT'
  | 'PRIVATE';

/** BUSINESS (yearly) or STAFFING (per half-year). */
export type ProviderReportKind =
  | 'BUSINESS'
  | 'STAFFING';

/** How a pulse question is answered: SCALE 1 (no problem) to 5 (severe), a signal at the threshold; YES_NO 1 (yes, a signal) or 0 (no). */
export type PulseAnswerType =
  | 'SCALE'
  | 'YES_NO';

/** What came of contacting a provider about a pulse signal: RESOLVED, ACTION_NEEDED (more is to be done), NO_ACTION (nothing needed). */
export type PulseFollowUpOutcome =
  | 'ACTION_NEEDED'
  | 'NO_ACTION'
  | 'RESOLVED';

export type ReasonCountInput = {
  count: number;
  reason: string;
};

export type RegisterDecisionNotExecutedInput = {
  decidedOn: string;
  /** The person's gender, as IVO asks. */
  gender: Gender;
  /** When an executed intervention was interrupted and not resumed; the three months run from it. */
  interruptedOn?: string | null | undefined;
  intervention: string;
  /** SoL or LSS. */
  law: DecisionLaw;
  reason: string;
  /** A code from serviceAreas. */
  serviceArea: string;
  unitId?: string | null | undefined;
};

/** A report due within 14 days or past its date, a required action due within 7 days or past its deadline, the weekly digest to officials, or a pulse week a provider has not yet answered. */
export type ReminderKind =
  | 'ACTION_DUE_SOON'
  | 'ACTION_OVERDUE'
  | 'OVERDUE_DIGEST'
  | 'PULSE_WEEK'
  | 'REPORT_DUE_SOON'
  | 'REPORT_OVERDUE';

/** PENDING (claimed, not yet sent), SENT, BOUNCED (the mail server refused the recipient), FAILED (to be tried again), OUTBOX (mail is off here: kept, not sent). */
export type ReminderState =
  | 'BOUNCED'
  | 'FAILED'
  | 'OUTBOX'
  | 'PENDING'
  | 'SENT';

export type ReportDeviationInput = {
  /** What it is about: an active code from deviationCategories(kind) for the kind. */
  categoryCode?: string | null | undefined;
  /** Personal identity numbers are removed before the text is stored for everyone to read. */
  description: string;
  /** COMPLAINT goes through registerComplaint. */
  kind: DeviationKind;
  /** The day it happened, YYYY-MM-DD. */
  occurredOn: string;
  unitId: string;
};

export type ReportFollowUpInput = {
  /** Required actions, each with a deadline. */
  actions: Array<RequiredActionInput>;
  /** The report leads to a decision case for the next board meeting. */
  decisionNeeded: boolean;
  findings: string;
  followUpId: string;
};

/** SUBMITTED (by the due date), SUBMITTED_LATE, DUE (not yet, the date not passed) or OVERDUE. */
export type ReportState =
  | 'DUE'
  | 'OVERDUE'
  | 'SUBMITTED'
  | 'SUBMITTED_LATE';

export type RequiredActionInput = {
  deadline: string;
  description: string;
};

/** How a finding is compared with the target: at least, at most, exactly. */
export type RequirementComparison =
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'EXACTLY';

/** Staffing level, qualified share of staff (percent), hours, or another measurable requirement. */
export type RequirementKind =
  | 'HOURS'
  | 'OTHER'
  | 'QUALIFIED_SHARE'
  | 'STAFFING_LEVEL';

/** A requirement against the finding: met, not met, or not assessed (no value found). */
export type RequirementOutcome =
  | 'MET'
  | 'NOT_ASSESSED'
  | 'NOT_MET';

/** A kind of signal that adds to a risk score. */
export type RiskSignalKind =
  | 'COMPLAINT'
  | 'DECISION_NOT_EXECUTED'
  | 'HSL'
  | 'IOP_NOT_FOLLOWED_UP'
  | 'LEX_MARIA'
  | 'LEX_SARAH'
  | 'LOW_SURVEY_RESULT'
  | 'MISSING_BUSINESS_REPORT'
  | 'MISSING_CASE_FLOW_MONTH'
  | 'MISSING_STAFFING_REPORT'
  | 'OPEN_SUPERVISION'
  | 'SOL_LSS';

/** Lex Sarah: a serious impropriety (allvarligt missförhållande) or not; lex Maria: a serious care injury or not. */
export type Seriousness =
  | 'NOT_SERIOUS'
  | 'SERIOUS';

/** Sets what a deviation is about, from its kind's active categories; null takes it away. */
export type SetDeviationCategoryInput = {
  categoryCode?: string | null | undefined;
  deviationId: string;
};

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

export type SubmitStaffingReportInput = {
  /** 1 for January–June, 2 for July–December. */
  half: number;
  hourly: number;
  jobTitles: Array<JobTitleCountInput>;
  managers: number;
  permanent: number;
  sickLeavePercent: number;
  staffTurnoverPercent: number;
  temporary: number;
  unitId: string;
  year: number;
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

export type RegisterProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterProvidersQuery = { providers: Array<{ id: string, name: string, organisationNumber: string, ownership: ProviderOwnership, units: Array<{ id: string, name: string, serviceArea: string, places: number | null }> }> };

export type RegisterContractsQueryVariables = Exact<{
  providerId: string;
}>;


export type RegisterContractsQuery = { contracts: Array<{ id: string, reference: string, title: string, form: ContractForm, startDate: string, endDate: string | null, terminatedOn: string | null, terminationReason: string | null, units: Array<{ id: string }> }> };

export type RegisterHistoryQueryVariables = Exact<{
  entityId: string;
}>;


export type RegisterHistoryQuery = { changeHistory: Array<{ action: string, changes: string }> };

export type CreateContractForFollowUpMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type CreateContractForFollowUpMutation = { createContract: { id: string, reference: string } };

export type FollowUpsOfYearQueryVariables = Exact<{
  year: number;
}>;


export type FollowUpsOfYearQuery = { followUps: Array<{ id: string, title: string, status: FollowUpStatus, responsible: string | null, plannedOn: string, selectionId: string | null, contract: { id: string, reference: string } | null }> };

export type FollowUpStateQueryVariables = Exact<{
  id: string;
}>;


export type FollowUpStateQuery = { followUp: { id: string, status: FollowUpStatus, closedOn: string | null, publishedOn: string | null, boardMeetingOn: string | null, cancellationReason: string | null, actions: Array<{ id: string, description: string, status: FollowUpActionStatus, deadline: string, rechecks: Array<{ met: boolean, note: string, newDeadline: string | null }> }> } | null };

export type SubmitActionPlanMutationVariables = Exact<{
  input: ActionPlanInput;
}>;


export type SubmitActionPlanMutation = { submitActionPlan: { id: string, status: FollowUpActionStatus } };

export type CompleteFollowUpActionMutationVariables = Exact<{
  actionId: string;
}>;


export type CompleteFollowUpActionMutation = { completeFollowUpAction: { id: string, status: FollowUpActionStatus } };

export type DeviationByIdQueryVariables = Exact<{
  id: string;
}>;


export type DeviationByIdQuery = { deviation: { id: string, kind: DeviationKind, status: DeviationStatus, description: string, redactions: number, seriousness: Seriousness | null, ivoReportedOn: string | null, ivoReference: string | null, actions: string | null, finalAssessment: string | null, followUpId: string | null, rootCauses: Array<{ label: string }>, statusHistory: Array<{ toStatus: DeviationStatus, changedBy: string }>, assessmentHistory: Array<{ seriousness: Seriousness | null, ivoReportedOn: string | null, changedBy: string }> } | null };

export type DeviationsByFilterQueryVariables = Exact<{
  filter?: DeviationFilter | null | undefined;
}>;


export type DeviationsByFilterQuery = { deviations: Array<{ id: string, kind: DeviationKind, description: string, complainant: Complainant | null, complaintCategory: ComplaintCategory | null }> };

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

export type PlacementReportsQueryVariables = Exact<{
  filter?: PlacementFilter | null | undefined;
}>;


export type PlacementReportsQuery = { placementReports: Array<{ unitId: string | null, month: string, form: string, placed: number, careDays: number, version: number }> };

export type PlacementSummaryQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PlacementSummaryQuery = { placementSummary: Array<{ form: string, placed: number, careDays: number }> };

export type ProjectionQueryVariables = Exact<{
  serviceArea: string;
  region: string;
  fromYear: number;
  years: number;
}>;


export type ProjectionQuery = { projection: { years: Array<{ year: number, population: number, demand: number }> } };

export type ForecastReadinessQueryVariables = Exact<{ [key: string]: never; }>;


export type ForecastReadinessQuery = { forecastReadiness: Array<{ unitId: string, monthsReported: number, ready: boolean }> };

export type CreateFollowUpForListMutationVariables = Exact<{
  input: CreateFollowUpInput;
}>;


export type CreateFollowUpForListMutation = { createFollowUp: { id: string } };

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

export type DeviationsPagedQueryVariables = Exact<{
  filter?: DeviationFilter | null | undefined;
  paging?: DeviationPaging | null | undefined;
}>;


export type DeviationsPagedQuery = { deviationsPage: { total: number, offset: number, limit: number, items: Array<{ id: string, occurredOn: string }> } };

export type LinkDeviationToFollowUpMutationVariables = Exact<{
  input: LinkFollowUpInput;
}>;


export type LinkDeviationToFollowUpMutation = { linkDeviationToFollowUp: { id: string, followUpId: string | null } };

export type ImprovementsListQueryVariables = Exact<{ [key: string]: never; }>;


export type ImprovementsListQuery = { improvements: Array<{ id: string, title: string, phase: ImprovementPhase, studyResult: StudyResult | null, actDecision: ActDecision | null, deviationIds: Array<string> }> };

export type ContactsOfProviderQueryVariables = Exact<{
  id: string;
}>;


export type ContactsOfProviderQuery = { provider: { contacts: Array<{ name: string, email: string, topics: Array<ContactTopic> }> } | null };

export type RecordedRemindersQueryVariables = Exact<{ [key: string]: never; }>;


export type RecordedRemindersQuery = { reminders: { total: number, items: Array<{ recipient: string, kind: ReminderKind, state: ReminderState, subject: string }> } };

export type StaffingReportsOfUnitQueryVariables = Exact<{
  unitId: string;
}>;


export type StaffingReportsOfUnitQuery = { staffingReports: Array<{ year: number, half: number, version: number, managers: number, sickLeavePercent: number, jobTitles: Array<{ title: string, headcount: number }> }> };

export type PulsePeriodWeeksQueryVariables = Exact<{ [key: string]: never; }>;


export type PulsePeriodWeeksQuery = { pulsePeriods: Array<{ name: string, fromWeek: string, toWeek: string | null }> };

export type PulseWeekFollowUpsQueryVariables = Exact<{
  week: string;
}>;


export type PulseWeekFollowUpsQuery = { pulseOverview: { missing: Array<{ id: string }>, missingUnits: Array<{ id: string, providerId: string }>, signals: Array<{ unitId: string | null, unitName: string | null, questionKey: string }>, period: { name: string, questions: Array<{ key: string, text: string, answerType: PulseAnswerType }> } | null, answers: Array<{ providerId: string, unitId: string | null, values: Array<{ key: string, value: number }> }>, followUps: Array<{ providerId: string, unitId: string | null, contactedBy: string, contactedOn: string, outcome: PulseFollowUpOutcome, outcomeText: string }> } };

export type RunRemindersNowMutationVariables = Exact<{ [key: string]: never; }>;


export type RunRemindersNowMutation = { runReminders: { created: number, sent: number } };

export type SupervisionCasesOfProviderQueryVariables = Exact<{
  providerId: string;
}>;


export type SupervisionCasesOfProviderQuery = { supervisionCases: Array<{ id: string, caseNumber: string, unitId: string | null, openedOn: string, closedOn: string | null, responses: Array<{ dueOn: string, sentOn: string | null, overdue: boolean }> }> };

export type ContractRiskQueryVariables = Exact<{
  id: string;
}>;


export type ContractRiskQuery = { contract: { risk: { score: number, parts: Array<{ kind: RiskSignalKind, count: number, points: number }> } } | null };

export type KeptOrderingListQueryVariables = Exact<{ [key: string]: never; }>;


export type KeptOrderingListQuery = { orderingList: Array<{ contractId: string, position: number, reason: string, addedBy: string }> };

export type RemoveFromKeptOrderingListMutationVariables = Exact<{
  contractId: string;
}>;


export type RemoveFromKeptOrderingListMutation = { removeFromOrderingList: Array<{ contractId: string }> };

export type ThematicStateQueryVariables = Exact<{
  id: string;
}>;


export type ThematicStateQuery = { thematicFollowUp: { units: Array<{ unitId: string, name: string, answers: Array<{ questionKey: string, value: string }> | null }>, results: Array<{ questionKey: string, of: number, values: Array<{ value: string, count: number }> }>, children: Array<{ id: string, type: FollowUpType, parentFollowUpId: string | null }> } | null };

export type FollowUpParentQueryVariables = Exact<{
  id: string;
}>;


export type FollowUpParentQuery = { followUp: { type: FollowUpType, contractId: string | null, parentFollowUpId: string | null } | null };

export type ContractRequirementsOfQueryVariables = Exact<{
  id: string;
}>;


export type ContractRequirementsOfQuery = { contract: { requirements: Array<{ key: string, label: string, kind: RequirementKind, comparison: RequirementComparison, target: number, measureUnit: string | null }> } | null };

export type RequirementChecksOfQueryVariables = Exact<{
  id: string;
}>;


export type RequirementChecksOfQuery = { followUp: { requirementChecks: Array<{ measured: number | null, note: string | null, outcome: RequirementOutcome, requirement: { key: string } }> } | null };

export type CoverageOfYearQueryVariables = Exact<{
  year: number;
}>;


export type CoverageOfYearQuery = { followUpCoverage: { numerator: number, denominator: number, uncoveredUnits: Array<{ unitId: string }>, iopWithoutFollowUp: Array<{ contractId: string, dueSince: string }> } };

export type AllDecisionsNotExecutedQueryVariables = Exact<{ [key: string]: never; }>;


export type AllDecisionsNotExecutedQuery = { decisionsNotExecuted: Array<{ id: string, law: DecisionLaw, gender: Gender, intervention: string, decidedOn: string, interruptedOn: string | null, executedOn: string | null }> };

export type DecisionQuartersQueryVariables = Exact<{
  year: number;
}>;


export type DecisionQuartersQuery = { decisionsNotExecutedByQuarter: Array<{ quarter: string, count: number, ended: boolean, reportedOn: string | null, reportedBy: string | null, reportedCount: number | null }> };

export type BoardsWithDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardsWithDepartmentsQuery = { boards: Array<{ id: string, name: string, departments: Array<{ id: string, name: string }> }> };

export type UnitPlacementQueryVariables = Exact<{
  id: string;
}>;


export type UnitPlacementQuery = { unit: { boardId: string | null, departmentId: string | null } | null };

export type FollowUpPlanOfBoardQueryVariables = Exact<{
  year: number;
  boardId?: string | null | undefined;
}>;


export type FollowUpPlanOfBoardQuery = { followUpPlan: { boardId: string | null, periods: Array<{ startsOn: string, endsOn: string, target: number }> } | null };

export type DeviationStatisticsOfBoardQueryVariables = Exact<{
  boardId?: string | null | undefined;
}>;


export type DeviationStatisticsOfBoardQuery = { deviationStatistics: { deviations: number } };

export type ServiceAreasWithSectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceAreasWithSectorsQuery = { serviceAreas: Array<{ code: string, name: string, sectorCode: string, sector: { code: string, name: string } }> };

export type DeviationStatisticsBySectorQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviationStatisticsBySectorQuery = { deviationStatisticsBy: Array<{ key: string, name: string | null, statistics: { deviations: number } }> };

export type RequirementJudgedOfQueryVariables = Exact<{
  id: string;
}>;


export type RequirementJudgedOfQuery = { followUp: { requirementChecks: Array<{ changedSinceJudged: boolean, outcome: RequirementOutcome, requirement: { target: number }, judged: { target: number } | null }> } | null };

export type ContractBoardsQueryVariables = Exact<{
  providerId: string;
}>;


export type ContractBoardsQuery = { contracts: Array<{ reference: string, boardId: string | null }> };

export type UnitExternalCodesQueryVariables = Exact<{
  id: string;
}>;


export type UnitExternalCodesQuery = { unit: { externalCodes: Array<{ system: string, code: string }> } | null };

export type DeviationImportSourceListQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviationImportSourceListQuery = { deviationImportSources: Array<{ code: string, version: number, columns: Array<{ field: string, header: string }>, values: Array<{ field: string, from: string, to: string }> }> };

export type ImportedDeviationsQueryVariables = Exact<{
  filter?: DeviationFilter | null | undefined;
}>;


export type ImportedDeviationsQuery = { deviations: Array<{ id: string, externalId: string | null, importSource: string | null, kind: DeviationKind, status: DeviationStatus, categoryCode: string | null }> };

export type SetDeviationCategoryMutationVariables = Exact<{
  input: SetDeviationCategoryInput;
}>;


export type SetDeviationCategoryMutation = { setDeviationCategory: { id: string, categoryCode: string | null } };

export type DeviationBreakdownOfUnitQueryVariables = Exact<{
  by: DeviationBreakdownBy;
  filter?: StatisticsFilter | null | undefined;
}>;


export type DeviationBreakdownOfUnitQuery = { deviationBreakdown: { denominator: number, previousYearDenominator: number | null, entries: Array<{ key: string | null, change: number | null, count: { numerator: number, denominator: number }, previousYear: { numerator: number, denominator: number } | null }> } };

export type DeviationTotalQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
}>;


export type DeviationTotalQuery = { deviationStatistics: { total: number } };

export type RetentionRunsCulledQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionRunsCulledQuery = { retentionRuns: Array<{ id: string, originalsRemoved: number, freeTextsAnonymised: number, originalsRemovedFrom: Array<string>, freeTextsAnonymisedIn: Array<string> }> };

export type RegisterDecisionNotExecutedMutationVariables = Exact<{
  input: RegisterDecisionNotExecutedInput;
}>;


export type RegisterDecisionNotExecutedMutation = { registerDecisionNotExecuted: { id: string } };

export type PortalStageContractMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type PortalStageContractMutation = { createContract: { id: string } };

export type PortalStageFollowUpMutationVariables = Exact<{
  input: CreateFollowUpInput;
}>;


export type PortalStageFollowUpMutation = { createFollowUp: { id: string } };

export type PortalStagePrepareMutationVariables = Exact<{
  input: PrepareFollowUpInput;
}>;


export type PortalStagePrepareMutation = { prepareFollowUp: { id: string } };

export type PortalStageStartMutationVariables = Exact<{
  id: string;
}>;


export type PortalStageStartMutation = { startFollowUp: { id: string } };

export type PortalStageReportMutationVariables = Exact<{
  input: ReportFollowUpInput;
}>;


export type PortalStageReportMutation = { reportFollowUp: { id: string, actions: Array<{ id: string }> } };

export type PortalStagedStaffingQueryVariables = Exact<{
  unitId?: string | null | undefined;
}>;


export type PortalStagedStaffingQuery = { staffingReports: Array<{ year: number, half: number, version: number, permanent: number, jobTitles: Array<{ title: string, headcount: number }> }> };

export type PortalStagedActionQueryVariables = Exact<{
  id: string;
}>;


export type PortalStagedActionQuery = { followUp: { actions: Array<{ status: FollowUpActionStatus, actionPlan: string | null }> } | null };

export type PortalStageStaffingMutationVariables = Exact<{
  input: SubmitStaffingReportInput;
}>;


export type PortalStageStaffingMutation = { submitStaffingReport: { id: string } };

export type PortalStagedDueQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalStagedDueQuery = { reportsDue: Array<{ kind: ProviderReportKind, year: number, half: number | null, dueOn: string, state: ReportState, latestVersion: number | null, unit: { id: string } }> };

export type PortalTestPulseOfWeekQueryVariables = Exact<{
  week: string;
}>;


export type PortalTestPulseOfWeekQuery = { pulseOverview: { missing: Array<{ id: string }>, missingUnits: Array<{ id: string }>, answers: Array<{ providerId: string, unitId: string | null, version: number, comment: string | null, values: Array<{ key: string, value: number }> }> } };

export type PortalTestApiKeysQueryVariables = Exact<{
  providerId: string;
}>;


export type PortalTestApiKeysQuery = { providerApiKeys: Array<{ id: string, name: string, prefix: string, lastUsedAt: unknown }> };

export type PortalTestUnitsInForecastingQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalTestUnitsInForecastingQuery = { forecastReadiness: Array<{ unitId: string }> };

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
export const RegisterProvidersDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RegisterProvidersQuery, RegisterProvidersQueryVariables>;
export const RegisterContractsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RegisterContractsQuery, RegisterContractsQueryVariables>;
export const RegisterHistoryDocument = new TypedDocumentString(`
    query RegisterHistory($entityId: ID!) {
  changeHistory(entityId: $entityId) {
    action
    changes
  }
}
    `) as unknown as TypedDocumentString<RegisterHistoryQuery, RegisterHistoryQueryVariables>;
export const CreateContractForFollowUpDocument = new TypedDocumentString(`
    mutation CreateContractForFollowUp($input: CreateContractInput!) {
  createContract(input: $input) {
    id
    reference
  }
}
    `) as unknown as TypedDocumentString<CreateContractForFollowUpMutation, CreateContractForFollowUpMutationVariables>;
export const FollowUpsOfYearDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<FollowUpsOfYearQuery, FollowUpsOfYearQueryVariables>;
export const FollowUpStateDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<FollowUpStateQuery, FollowUpStateQueryVariables>;
export const SubmitActionPlanDocument = new TypedDocumentString(`
    mutation SubmitActionPlan($input: ActionPlanInput!) {
  submitActionPlan(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitActionPlanMutation, SubmitActionPlanMutationVariables>;
export const CompleteFollowUpActionDocument = new TypedDocumentString(`
    mutation CompleteFollowUpAction($actionId: ID!) {
  completeFollowUpAction(actionId: $actionId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CompleteFollowUpActionMutation, CompleteFollowUpActionMutationVariables>;
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
export const PlacementReportsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PlacementReportsQuery, PlacementReportsQueryVariables>;
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
    query Projection($serviceArea: String!, $region: String!, $fromYear: Int!, $years: Int!) {
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
export const CreateFollowUpForListDocument = new TypedDocumentString(`
    mutation CreateFollowUpForList($input: CreateFollowUpInput!) {
  createFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateFollowUpForListMutation, CreateFollowUpForListMutationVariables>;
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
export const ContactsOfProviderDocument = new TypedDocumentString(`
    query ContactsOfProvider($id: ID!) {
  provider(id: $id) {
    contacts {
      name
      email
      topics
    }
  }
}
    `) as unknown as TypedDocumentString<ContactsOfProviderQuery, ContactsOfProviderQueryVariables>;
export const RecordedRemindersDocument = new TypedDocumentString(`
    query RecordedReminders {
  reminders(page: {limit: 100}) {
    total
    items {
      recipient
      kind
      state
      subject
    }
  }
}
    `) as unknown as TypedDocumentString<RecordedRemindersQuery, RecordedRemindersQueryVariables>;
export const StaffingReportsOfUnitDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<StaffingReportsOfUnitQuery, StaffingReportsOfUnitQueryVariables>;
export const PulsePeriodWeeksDocument = new TypedDocumentString(`
    query PulsePeriodWeeks {
  pulsePeriods {
    name
    fromWeek
    toWeek
  }
}
    `) as unknown as TypedDocumentString<PulsePeriodWeeksQuery, PulsePeriodWeeksQueryVariables>;
export const PulseWeekFollowUpsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PulseWeekFollowUpsQuery, PulseWeekFollowUpsQueryVariables>;
export const RunRemindersNowDocument = new TypedDocumentString(`
    mutation RunRemindersNow {
  runReminders {
    created
    sent
  }
}
    `) as unknown as TypedDocumentString<RunRemindersNowMutation, RunRemindersNowMutationVariables>;
export const SupervisionCasesOfProviderDocument = new TypedDocumentString(`
    query SupervisionCasesOfProvider($providerId: ID!) {
  supervisionCases(filter: {providerId: $providerId}) {
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
    `) as unknown as TypedDocumentString<SupervisionCasesOfProviderQuery, SupervisionCasesOfProviderQueryVariables>;
export const ContractRiskDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ContractRiskQuery, ContractRiskQueryVariables>;
export const KeptOrderingListDocument = new TypedDocumentString(`
    query KeptOrderingList {
  orderingList {
    contractId
    position
    reason
    addedBy
  }
}
    `) as unknown as TypedDocumentString<KeptOrderingListQuery, KeptOrderingListQueryVariables>;
export const RemoveFromKeptOrderingListDocument = new TypedDocumentString(`
    mutation RemoveFromKeptOrderingList($contractId: ID!) {
  removeFromOrderingList(contractId: $contractId) {
    contractId
  }
}
    `) as unknown as TypedDocumentString<RemoveFromKeptOrderingListMutation, RemoveFromKeptOrderingListMutationVariables>;
export const ThematicStateDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ThematicStateQuery, ThematicStateQueryVariables>;
export const FollowUpParentDocument = new TypedDocumentString(`
    query FollowUpParent($id: ID!) {
  followUp(id: $id) {
    type
    contractId
    parentFollowUpId
  }
}
    `) as unknown as TypedDocumentString<FollowUpParentQuery, FollowUpParentQueryVariables>;
export const ContractRequirementsOfDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ContractRequirementsOfQuery, ContractRequirementsOfQueryVariables>;
export const RequirementChecksOfDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RequirementChecksOfQuery, RequirementChecksOfQueryVariables>;
export const CoverageOfYearDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CoverageOfYearQuery, CoverageOfYearQueryVariables>;
export const AllDecisionsNotExecutedDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AllDecisionsNotExecutedQuery, AllDecisionsNotExecutedQueryVariables>;
export const DecisionQuartersDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DecisionQuartersQuery, DecisionQuartersQueryVariables>;
export const BoardsWithDepartmentsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<BoardsWithDepartmentsQuery, BoardsWithDepartmentsQueryVariables>;
export const UnitPlacementDocument = new TypedDocumentString(`
    query UnitPlacement($id: ID!) {
  unit(id: $id) {
    boardId
    departmentId
  }
}
    `) as unknown as TypedDocumentString<UnitPlacementQuery, UnitPlacementQueryVariables>;
export const FollowUpPlanOfBoardDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<FollowUpPlanOfBoardQuery, FollowUpPlanOfBoardQueryVariables>;
export const DeviationStatisticsOfBoardDocument = new TypedDocumentString(`
    query DeviationStatisticsOfBoard($boardId: ID) {
  deviationStatistics(filter: {boardId: $boardId}) {
    deviations
  }
}
    `) as unknown as TypedDocumentString<DeviationStatisticsOfBoardQuery, DeviationStatisticsOfBoardQueryVariables>;
export const ServiceAreasWithSectorsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ServiceAreasWithSectorsQuery, ServiceAreasWithSectorsQueryVariables>;
export const DeviationStatisticsBySectorDocument = new TypedDocumentString(`
    query DeviationStatisticsBySector {
  deviationStatisticsBy(groupBy: SECTOR) {
    key
    name
    statistics {
      deviations
    }
  }
}
    `) as unknown as TypedDocumentString<DeviationStatisticsBySectorQuery, DeviationStatisticsBySectorQueryVariables>;
export const RequirementJudgedOfDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RequirementJudgedOfQuery, RequirementJudgedOfQueryVariables>;
export const ContractBoardsDocument = new TypedDocumentString(`
    query ContractBoards($providerId: ID!) {
  contracts(providerId: $providerId) {
    reference
    boardId
  }
}
    `) as unknown as TypedDocumentString<ContractBoardsQuery, ContractBoardsQueryVariables>;
export const UnitExternalCodesDocument = new TypedDocumentString(`
    query UnitExternalCodes($id: ID!) {
  unit(id: $id) {
    externalCodes {
      system
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UnitExternalCodesQuery, UnitExternalCodesQueryVariables>;
export const DeviationImportSourceListDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DeviationImportSourceListQuery, DeviationImportSourceListQueryVariables>;
export const ImportedDeviationsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ImportedDeviationsQuery, ImportedDeviationsQueryVariables>;
export const SetDeviationCategoryDocument = new TypedDocumentString(`
    mutation SetDeviationCategory($input: SetDeviationCategoryInput!) {
  setDeviationCategory(input: $input) {
    id
    categoryCode
  }
}
    `) as unknown as TypedDocumentString<SetDeviationCategoryMutation, SetDeviationCategoryMutationVariables>;
export const DeviationBreakdownOfUnitDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DeviationBreakdownOfUnitQuery, DeviationBreakdownOfUnitQueryVariables>;
export const DeviationTotalDocument = new TypedDocumentString(`
    query DeviationTotal($filter: StatisticsFilter) {
  deviationStatistics(filter: $filter) {
    total
  }
}
    `) as unknown as TypedDocumentString<DeviationTotalQuery, DeviationTotalQueryVariables>;
export const RetentionRunsCulledDocument = new TypedDocumentString(`
    query RetentionRunsCulled {
  retentionRuns {
    id
    originalsRemoved
    freeTextsAnonymised
    originalsRemovedFrom
    freeTextsAnonymisedIn
  }
}
    `) as unknown as TypedDocumentString<RetentionRunsCulledQuery, RetentionRunsCulledQueryVariables>;
export const RegisterDecisionNotExecutedDocument = new TypedDocumentString(`
    mutation RegisterDecisionNotExecuted($input: RegisterDecisionNotExecutedInput!) {
  registerDecisionNotExecuted(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegisterDecisionNotExecutedMutation, RegisterDecisionNotExecutedMutationVariables>;
export const PortalStageContractDocument = new TypedDocumentString(`
    mutation PortalStageContract($input: CreateContractInput!) {
  createContract(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PortalStageContractMutation, PortalStageContractMutationVariables>;
export const PortalStageFollowUpDocument = new TypedDocumentString(`
    mutation PortalStageFollowUp($input: CreateFollowUpInput!) {
  createFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PortalStageFollowUpMutation, PortalStageFollowUpMutationVariables>;
export const PortalStagePrepareDocument = new TypedDocumentString(`
    mutation PortalStagePrepare($input: PrepareFollowUpInput!) {
  prepareFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PortalStagePrepareMutation, PortalStagePrepareMutationVariables>;
export const PortalStageStartDocument = new TypedDocumentString(`
    mutation PortalStageStart($id: ID!) {
  startFollowUp(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PortalStageStartMutation, PortalStageStartMutationVariables>;
export const PortalStageReportDocument = new TypedDocumentString(`
    mutation PortalStageReport($input: ReportFollowUpInput!) {
  reportFollowUp(input: $input) {
    id
    actions {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PortalStageReportMutation, PortalStageReportMutationVariables>;
export const PortalStagedStaffingDocument = new TypedDocumentString(`
    query PortalStagedStaffing($unitId: ID) {
  staffingReports(unitId: $unitId) {
    year
    half
    version
    permanent
    jobTitles {
      title
      headcount
    }
  }
}
    `) as unknown as TypedDocumentString<PortalStagedStaffingQuery, PortalStagedStaffingQueryVariables>;
export const PortalStagedActionDocument = new TypedDocumentString(`
    query PortalStagedAction($id: ID!) {
  followUp(id: $id) {
    actions {
      status
      actionPlan
    }
  }
}
    `) as unknown as TypedDocumentString<PortalStagedActionQuery, PortalStagedActionQueryVariables>;
export const PortalStageStaffingDocument = new TypedDocumentString(`
    mutation PortalStageStaffing($input: SubmitStaffingReportInput!) {
  submitStaffingReport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PortalStageStaffingMutation, PortalStageStaffingMutationVariables>;
export const PortalStagedDueDocument = new TypedDocumentString(`
    query PortalStagedDue {
  reportsDue {
    unit {
      id
    }
    kind
    year
    half
    dueOn
    state
    latestVersion
  }
}
    `) as unknown as TypedDocumentString<PortalStagedDueQuery, PortalStagedDueQueryVariables>;
export const PortalTestPulseOfWeekDocument = new TypedDocumentString(`
    query PortalTestPulseOfWeek($week: String!) {
  pulseOverview(week: $week) {
    missing {
      id
    }
    missingUnits {
      id
    }
    answers {
      providerId
      unitId
      version
      values {
        key
        value
      }
      comment
    }
  }
}
    `) as unknown as TypedDocumentString<PortalTestPulseOfWeekQuery, PortalTestPulseOfWeekQueryVariables>;
export const PortalTestApiKeysDocument = new TypedDocumentString(`
    query PortalTestApiKeys($providerId: ID!) {
  providerApiKeys(providerId: $providerId) {
    id
    name
    prefix
    lastUsedAt
  }
}
    `) as unknown as TypedDocumentString<PortalTestApiKeysQuery, PortalTestApiKeysQueryVariables>;
export const PortalTestUnitsInForecastingDocument = new TypedDocumentString(`
    query PortalTestUnitsInForecasting {
  forecastReadiness {
    unitId
  }
}
    `) as unknown as TypedDocumentString<PortalTestUnitsInForecastingQuery, PortalTestUnitsInForecastingQueryVariables>;