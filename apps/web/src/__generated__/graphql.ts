/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Which proposals to accept, with responsible official and planned date. */
export type AcceptProposalsInput = {
  /** Accepted with their details; together with contractIds (accepted without), if given. */
  proposals?: Array<AcceptedProposalInput> | null | undefined;
};

/** A proposal accepted with the official responsible for it and the day it is planned for. */
export type AcceptedProposalInput = {
  contractId: string;
  /** Inside the selection's plan period; by default today while the period runs, else its first day. */
  plannedOn?: string | null | undefined;
  responsible?: string | null | undefined;
};

/** Which reads: a period (whole days, Swedish time), a reader, a kind of record, a record. */
export type AccessLogFilter = {
  /** @deprecated use recordKind DEVIATION and recordId */
  deviationId?: string | null | undefined;
  /** Read on or after, YYYY-MM-DD. */
  from?: string | null | undefined;
  /** Reads that returned this record (of any kind). */
  recordId?: string | null | undefined;
  /** Reads of this kind of record. */
  recordKind?: AccessLogRecordKind | null | undefined;
  /** Read on or before, YYYY-MM-DD. */
  to?: string | null | undefined;
  /** The reader's identity (sub). */
  userSub?: string | null | undefined;
};

/** Which page of the access log. */
export type AccessLogPaging = {
  /** Entries on the page, at most 200. */
  limit?: number;
  /** Entries to skip. */
  offset?: number;
};

/** The kind of record a logged read returned: a deviation (or complaint), or a decision not executed. */
export type AccessLogRecordKind =
  | 'DECISION_NOT_EXECUTED'
  | 'DEVIATION';

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

export type AddContractRequirementInput = {
  comparison: RequirementComparison;
  contractId: string;
  /** UPPER_SNAKE, once per contract, e.g. QUALIFIED_STAFF. */
  key: string;
  kind: RequirementKind;
  /** What is required, in Swedish. */
  label: string;
  /** Ignored for a qualified share, which is in percent. */
  measureUnit?: string | null | undefined;
  /** 0 or more; a qualified share at most 100 (percent). Required: null is refused as REQUIRED, so a form left empty is told so. */
  target?: number | null | undefined;
};

export type AddProviderContactInput = {
  /** An e-mail address; compared without regard to case. */
  email: string;
  name: string;
  providerId: string;
  /** At least one. */
  topics: Array<ContactTopic>;
};

export type AddSupervisionResponseInput = {
  caseId: string;
  /** The last day, YYYY-MM-DD; on or after the day the case opened. */
  dueOn: string;
  /** What the authority asks to be answered or reported. */
  required: string;
};

export type AddToOrderingListInput = {
  contractId: string;
  /** Its place, 1 = most wanted; last when left out. */
  position?: number | null | undefined;
  /** Why the ordering function wants it followed up, e.g. what its case workers have seen. */
  reason: string;
};

export type AgeBandRateInput = {
  /** e.g. 80-84 or 90+ */
  ageBand: string;
  /** Share of the age band using the service, 0–1. */
  rate: number;
};

export type AnswerInput = {
  /** The option code; null for a question left unanswered. */
  option?: string | null | undefined;
  questionId: string;
};

export type AnswerOptionInput = {
  code: string;
  label: string;
  nonSubstantive?: boolean;
  positive: boolean;
};

/** Yes/no, a number, one of options, text. */
export type AnswerType =
  | 'CHOICE'
  | 'NUMBER'
  | 'TEXT'
  | 'YES_NO';

export type AssessSeriousnessInput = {
  deviationId: string;
  seriousness: Seriousness;
};

export type BusinessReportFiguresInput = {
  complaintsReceived?: number | null | undefined;
  deviationsReported?: number | null | undefined;
  lexSarahReports?: number | null | undefined;
  placesAvailable?: number | null | undefined;
  qualifiedStaffPercent?: number | null | undefined;
  usersServed?: number | null | undefined;
};

/** A section of the business report template. */
export type BusinessReportSection =
  | 'DEVIATIONS_AND_COMPLAINTS'
  | 'GOALS_AND_RESULTS'
  | 'IMPROVEMENTS'
  | 'QUALITY_WORK'
  | 'STAFF_AND_COMPETENCE'
  | 'SUMMARY'
  | 'USER_PARTICIPATION';

export type BusinessReportSectionInput = {
  section: BusinessReportSection;
  text: string;
};

export type CancelFollowUpInput = {
  followUpId: string;
  reason: string;
};

export type CaseFlowFilter = {
  from?: string | null | undefined;
  providerId?: string | null | undefined;
  service?: string | null | undefined;
  source?: CaseFlowSource;
  to?: string | null | undefined;
  unitId?: string | null | undefined;
};

export type CaseFlowMeasure =
  | 'BALANCE'
  | 'INCOMING'
  | 'OUTGOING';

/** PROVIDER: the provider's service cases; ADMINISTRATION: the municipality's assessed (bistånd) cases. */
export type CaseFlowSource =
  | 'ADMINISTRATION'
  | 'PROVIDER';

/** Moves a deviation one step on: INVESTIGATING, ACTIONS_REGISTERED (with the actions), FINAL_ASSESSMENT (with the assessment), CLOSED. */
export type ChangeDeviationStatusInput = {
  deviationId: string;
  /** The day it happened when recorded afterwards; default today. */
  on?: string | null | undefined;
  /** The actions (ACTIONS_REGISTERED) or the final assessment (FINAL_ASSESSMENT). */
  text?: string | null | undefined;
  to: DeviationStatus;
};

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

export type CloseSupervisionCaseInput = {
  caseId: string;
  /** YYYY-MM-DD. */
  closedOn: string;
};

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

/** Finishes the improvement's current phase with notes; STUDY needs studyResult, ACT needs actDecision. */
export type CompleteImprovementPhaseInput = {
  actDecision?: ActDecision | null | undefined;
  improvementId: string;
  notes: string;
  studyResult?: StudyResult | null | undefined;
};

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

export type ContractStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'PLANNED'
  | 'TERMINATED';

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

export type CreateDeviationCategoryInput = {
  /** UPPER_SNAKE, e.g. MEDICATION. */
  code: string;
  /** One or more of SOL_LSS, HSL, LEX_SARAH, LEX_MARIA. */
  kinds: Array<DeviationKind>;
  label: string;
};

export type CreateImprovementInput = {
  /** The deviations it learns from. */
  deviationIds: Array<string>;
  /** The contracts follow-up it came from (followUps). */
  followUpId?: string | null | undefined;
  /** What will change and how it will be measured. */
  plan: string;
  studyDueOn?: string | null | undefined;
  title: string;
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

export type CreateRootCauseInput = {
  /** UPPER_SNAKE, e.g. NIGHT_STAFFING. */
  code: string;
  label: string;
};

export type CreateSurveyDefinitionInput = {
  /** Stable code; a definition with the same code gets the next version. */
  code: string;
  kind?: SurveyKind;
  name: string;
  pictureSupported?: boolean;
  questions: Array<SurveyQuestionInput>;
};

export type CreateSurveyRoundInput = {
  definitionId: string;
  /** Cells with fewer answers are hidden; default 5. */
  minCell?: number | null | undefined;
  name: string;
  /** e.g. 2022 or 2022-H2. */
  period: string;
  units: Array<RoundUnitInput>;
};

/** The project plan (purpose, method, timetable) and which units, with which guide. */
export type CreateThematicFollowUpInput = {
  guideId: string;
  /** Planned for this day, YYYY-MM-DD. */
  plannedOn: string;
  purpose?: string | null | undefined;
  responsible?: string | null | undefined;
  scopeKind: ThematicScopeKind;
  /** For SERVICE_AREA. */
  serviceArea?: string | null | undefined;
  title: string;
  /** THEMATIC or OVERARCHING. */
  type: string;
  /** For CHOSEN_UNITS. */
  unitIds?: Array<string> | null | undefined;
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

export type DecisionQuarterInput = {
  /** 1–4. */
  quarter: number;
  year: number;
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

/** Sets the last week of a pulse period. */
export type EndPulsePeriodInput = {
  id: string;
  /** The last pulse week, ISO; default this week. */
  lastWeek?: string | null | undefined;
};

/** Why something was left out of a figure: OPTED_OUT_UNITS (offered at units that opted out), NON_SUBSTANTIVE ("vet inte", "vill inte svara", "inte aktuellt"), UNANSWERED (question left unanswered). */
export type ExclusionReason =
  | 'NON_SUBSTANTIVE'
  | 'OPTED_OUT_UNITS'
  | 'UNANSWERED';

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

export type FollowUpPlanInput = {
  /** The board's plan; leave out for the municipality-wide plan. */
  boardId?: string | null | undefined;
  /** Focus areas for the year. */
  focusAreas: Array<string>;
  /** Its own periods with targets, e.g. 1 December–31 May and 1 June–30 November; none overlap. */
  periods: Array<PlanPeriodInput>;
  year: number;
};

/** The column a page of follow-ups is sorted by; ties go by planned date, then title. */
export type FollowUpSortField =
  | 'CONTRACT'
  | 'PLANNED_ON'
  | 'PROVIDER'
  | 'RESPONSIBLE'
  | 'STATUS'
  | 'TITLE'
  | 'TYPE';

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

/** Which monthly case-flow series to forecast. */
export type ForecastSeriesInput = {
  measure?: CaseFlowMeasure;
  providerId?: string | null | undefined;
  service?: string | null | undefined;
  unitId?: string | null | undefined;
};

export type Gender =
  | 'MAN'
  | 'NOT_STATED'
  | 'WOMAN';

export type GuideQuestionInput = {
  answerType: AnswerType;
  askedWhenYes?: string | null | undefined;
  key: string;
  options?: Array<string> | null | undefined;
  requirement?: string | null | undefined;
  text: string;
};

/** What importing a row does: adds it, updates the row imported before with its external id, or nothing. */
export type ImportChange =
  | 'CHANGED'
  | 'NEW'
  | 'UNCHANGED';

export type ImportColumnInput = {
  /** One of external_id, unit_code, kind, occurred_on, reported_on, description, status, actions_registered_on, final_assessed_on, seriousness, ivo_reported_on, complainant, complaint_category, category. */
  field: string;
  /** The export's own header. */
  header: string;
};

/** RECEIVING: the file is read and checked as it arrives; WRITING: all good, stored in one transaction; DONE; REFUSED: errors, nothing stored; FAILED: stopped, nothing stored. */
export type ImportJobStatus =
  | 'DONE'
  | 'FAILED'
  | 'RECEIVING'
  | 'REFUSED'
  | 'WRITING';

export type ImportValueInput = {
  /** A coded field: kind, status, seriousness, complainant, complaint_category, or category (to a code from deviationCategories). */
  field: string;
  /** The value as the export writes it. */
  from: string;
  /** Kvalitetsnav's code for it. */
  to: string;
};

/** Improvements are counted per quarter or per year. */
export type ImprovementInterval =
  | 'QUARTER'
  | 'YEAR';

/** Plan, do, study, act (PDSA), then done. */
export type ImprovementPhase =
  | 'ACT'
  | 'DO'
  | 'DONE'
  | 'PLAN'
  | 'STUDY';

/** Which improvements to count: within from and to (inclusive), and whose. */
export type ImprovementStatisticsFilter = {
  /** Default: 1 January of the year of to. */
  from?: string | null | undefined;
  providerId?: string | null | undefined;
  /** Default: today. */
  to?: string | null | undefined;
  unitId?: string | null | undefined;
};

export type JobTitleCountInput = {
  headcount: number;
  title: string;
};

export type KoladaKpiForAreaInput = {
  kpi: string;
  /** The service area code, e.g. LSS_GROUP_HOME. */
  serviceArea: string;
};

export type LinkFollowUpInput = {
  deviationId: string;
  followUpId: string;
};

/** The deviations an improvement came from, replacing those it named before. */
export type LinkImprovementToDeviationsInput = {
  deviationIds: Array<string>;
  improvementId: string;
};

/** The contracts follow-up an improvement came from, replacing the one it named before. */
export type LinkImprovementToFollowUpInput = {
  /** None unlinks the follow-up it named. */
  followUpId?: string | null | undefined;
  improvementId: string;
};

export type MarkDecisionExecutedInput = {
  decisionId: string;
  /** Executed, or for an interruption resumed. */
  executedOn: string;
};

export type MarkSupervisionResponseSentInput = {
  caseId: string;
  responseId: string;
  /** The day it was sent, YYYY-MM-DD. */
  sentOn: string;
};

/** What importing a row of case flows or placements does: NEW, nothing reported before; CHANGED, it replaces what was (case flows: a new version); UNCHANGED, as reported before, so nothing is stored. */
export type MonthlyImportChange =
  | 'CHANGED'
  | 'NEW'
  | 'UNCHANGED';

export type MoveOnOrderingListInput = {
  contractId: string;
  /** Its new place, 1 = most wanted. */
  position: number;
};

/** Opens a period of weekly pulse surveys (a crisis). */
export type OpenPulsePeriodInput = {
  /** The first pulse week, ISO; default this week. */
  fromWeek?: string | null | undefined;
  /** What the pulse is about, e.g. "Covid-19". */
  name: string;
  /** The questions asked each week; leave out for the default four (impact, staffing, protective equipment, worry). */
  questions?: Array<PulseQuestionInput> | null | undefined;
  /** The last pulse week; leave out to go on until ended. */
  toWeek?: string | null | undefined;
};

export type PlacementFilter = {
  from?: string | null | undefined;
  providerId?: string | null | undefined;
  to?: string | null | undefined;
  unitId?: string | null | undefined;
};

export type PlacementReportInput = {
  careDays: number;
  costSek: number;
  ended: number;
  endedDurationDays: number;
  /** HVB, FAMILY_HOME, SUPPORTED_HOUSING, ... */
  form: string;
  month: string;
  placed: number;
  /** The unit placed at; a provider names one of its own, an official none for the administration's own figures. */
  unitId?: string | null | undefined;
};

export type PlanFollowUpsInput = {
  /** Score risk as of this day (default today), to repeat an earlier selection. */
  asOf?: string | null | undefined;
  /** The board's plan; leave out for the municipality-wide plan. */
  boardId?: string | null | undefined;
  /** Places: how many contracts to propose. */
  count: number;
  /** The ordering function's list, most wanted first; its kept list (orderingList) when left out. */
  orderedContractIds?: Array<string> | null | undefined;
  /** The plan's period to select for, numbered from 1 (first to last). */
  period: number;
  /** Repeats an earlier draw; a new one is made when absent. */
  seed?: string | null | undefined;
  year: number;
};

export type PlanPeriodInput = {
  /** Last day, YYYY-MM-DD; at the latest 31 December of the plan year. */
  endsOn: string;
  /** First day, YYYY-MM-DD; from 1 December of the year before. */
  startsOn: string;
  /** At least this many specific follow-ups in the period. */
  target: number;
};

/** What is wrong in a population table: the rule it breaks (in the Swedish catalogue, libs/swedish, under its name). */
export type PopulationImportProblemCode =
  | 'POPULATION_AGE_BAND'
  | 'POPULATION_COUNT'
  | 'POPULATION_CSV_HEADER'
  | 'POPULATION_CSV_UNREADABLE'
  | 'POPULATION_YEAR_COLUMN';

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

export type PresentToBoardInput = {
  followUpId: string;
  /** The board meeting, YYYY-MM-DD. */
  meetingOn: string;
};

/** What came in: a staffing or business report (a version), an action plan, or a provider's word that an action is done. */
export type ProviderActivityKind =
  | 'ACTION_COMPLETED'
  | 'ACTION_PLAN'
  | 'BUSINESS_REPORT'
  | 'STAFFING_REPORT';

/** Municipal, private company or non-profit (idéburen). */
export type ProviderOwnership =
  | 'MUNICIPAL'
  | 'NON_PROFIT'
  | 'PRIVATE';

/** BUSINESS (yearly) or STAFFING (per half-year). */
export type ProviderReportKind =
  | 'BUSINESS'
  | 'STAFFING';

/** What a list of providers is sorted by. */
export type ProviderSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'ORGANISATION_NUMBER'
  | 'OWNERSHIP';

export type ProvidersPageInput = {
  descending?: boolean | null | undefined;
  /** At most this many, 1 to 100. */
  limit?: number | null | undefined;
  /** Providers whose name contains this, in any case. */
  nameContains?: string | null | undefined;
  /** How many providers to skip. */
  offset?: number | null | undefined;
  ownership?: ProviderOwnership | null | undefined;
  sortBy?: ProviderSortField | null | undefined;
};

/** Publishes the next version of the guide under its key. */
export type PublishQuestionGuideInput = {
  key: string;
  questions: Array<GuideQuestionInput>;
  title: string;
};

/** How a pulse question is answered: SCALE 1 (no problem) to 5 (severe), a signal at the threshold; YES_NO 1 (yes, a signal) or 0 (no). */
export type PulseAnswerType =
  | 'SCALE'
  | 'YES_NO';

/** What came of contacting a provider about a pulse signal: RESOLVED, ACTION_NEEDED (more is to be done), NO_ACTION (nothing needed). */
export type PulseFollowUpOutcome =
  | 'ACTION_NEEDED'
  | 'NO_ACTION'
  | 'RESOLVED';

/** One question's answer; its scale is the question's (a pulse rule checks it). */
export type PulseQuestionAnswerInput = {
  /** The question's key. */
  key: string;
  /** SCALE: 1 (no problem) to 5 (severe); YES_NO: 1 yes, 0 no. */
  value: number;
};

/** A question of a pulse period. */
export type PulseQuestionInput = {
  answerType?: PulseAnswerType;
  /** Stable within the period, e.g. STAFFING. */
  key: string;
  /** The question, in Swedish. */
  text: string;
};

export type ReasonCountInput = {
  count: number;
  reason: string;
};

export type RecheckActionInput = {
  actionId: string;
  /** Whether the re-check found the action done. */
  met: boolean;
  /** When not met: the new deadline for the provider (the old one stays when absent). */
  newDeadline?: string | null | undefined;
  note: string;
};

/** Records an official's contact with a provider about its pulse signals one week. */
export type RecordPulseFollowUpInput = {
  /** Who contacted the provider. */
  contactedBy: string;
  /** The day of the contact, YYYY-MM-DD. */
  contactedOn: string;
  outcome: PulseFollowUpOutcome;
  /** What came of it. Personal identity numbers are removed. */
  outcomeText: string;
  providerId: string;
  /** The provider's unit whose answer held the signals; leave out for the provider as a whole. */
  unitId?: string | null | undefined;
  /** The ISO week of the answer with the signals. */
  week: string;
};

export type RecordRequirementFindingInput = {
  followUpId: string;
  /** The value found; none when it could not be assessed. */
  measured?: number | null | undefined;
  note?: string | null | undefined;
  requirementId: string;
};

export type RecordSupervisionDecisionInput = {
  caseId: string;
  /** YYYY-MM-DD. */
  decidedOn: string;
  decision: SupervisionDecision;
  /** The decision in brief. */
  decisionText?: string | null | undefined;
};

/** One unit's answers, saved whole; they replace earlier ones. */
export type RecordUnitFindingsInput = {
  answers: Array<UnitAnswerInput>;
  followUpId: string;
  unitId: string;
};

export type RegisterBoardInput = {
  /** Unique among the boards, e.g. Äldrenämnden. */
  name: string;
};

export type RegisterComplaintInput = {
  category: ComplaintCategory;
  complainant: Complainant;
  description: string;
  /** The day it was received, YYYY-MM-DD. */
  receivedOn: string;
  unitId: string;
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

export type RegisterDepartmentInput = {
  boardId: string;
  /** Unique within the board. */
  name: string;
};

export type RegisterSectorInput = {
  /** A stable code in upper snake case; made from the name when left out. */
  code?: string | null | undefined;
  /** Unique among the sectors, e.g. Socialpsykiatri. */
  name: string;
};

export type RegisterServiceAreaInput = {
  /** A stable code in upper snake case; made from the name when left out. */
  code?: string | null | undefined;
  /** Unique among the service areas, e.g. Korttidsvistelse. */
  name: string;
  /** The sector the area is reported under. */
  sectorCode: string;
};

export type RegisterSupervisionCaseInput = {
  authority: SupervisingAuthority;
  /** The authority's case number (diarienummer), once per authority. */
  caseNumber: string;
  /** What the authority examines. */
  examined: string;
  /** The day the case was opened, YYYY-MM-DD; not in the future. */
  openedOn: string;
  /** Leave out when the case concerns the administration itself. */
  providerId?: string | null | undefined;
  /** One of the provider's units, when the case is about one. */
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

export type RemindersPageInput = {
  /** At most this many, 1 to 100. */
  limit?: number | null | undefined;
  /** How many reminders to skip. */
  offset?: number | null | undefined;
  state?: ReminderState | null | undefined;
};

export type RenameBoardInput = {
  id: string;
  name: string;
};

export type RenameSectorInput = {
  code: string;
  name: string;
};

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

export type ReportToIvoInput = {
  deviationId: string;
  /** IVO's case number. */
  ivoReference?: string | null | undefined;
  reportedOn: string;
};

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

export type RoundUnitInput = {
  /** People offered the survey at the unit. */
  offered: number;
  optOutReason?: string | null | undefined;
  optedOut?: boolean;
  /** People placed at (living at, using) the unit: the coverage is offered of placed. */
  placed?: number | null | undefined;
  unitId: string;
};

export type SaveImportSourceInput = {
  /** UPPER_SNAKE, e.g. TRESERVA. */
  code: string;
  columns: Array<ImportColumnInput>;
  name: string;
  /** The system of the units' external codes the export names units by, e.g. TRESERVA. */
  unitCodeSystem: string;
  values: Array<ImportValueInput>;
};

/** Why the selection rule proposed a contract: complaints received, the ordering list (orderedPosition), risk before chance (riskScore), or the random draw. */
export type SelectionReason =
  | 'COMPLAINTS_RECEIVED'
  | 'DRAWN_AT_RANDOM'
  | 'DRAWN_FOR_UNFILLED_PLACE'
  | 'HIGHEST_RISK_LEFT'
  | 'ON_ORDERING_LIST'
  | 'RISK_FOR_SHORT_DRAW';

/** Which part of the selection rule proposed a contract. */
export type SelectionThird =
  | 'COMPLAINTS'
  | 'ORDERING'
  | 'RANDOM'
  | 'RISK';

/** Lex Sarah: a serious impropriety (allvarligt missförhållande) or not; lex Maria: a serious care injury or not. */
export type Seriousness =
  | 'NOT_SERIOUS'
  | 'SERIOUS';

export type SetDeviationCategoryActiveInput = {
  active: boolean;
  categoryId: string;
};

/** Sets what a deviation is about, from its kind's active categories; null takes it away. */
export type SetDeviationCategoryInput = {
  categoryCode?: string | null | undefined;
  deviationId: string;
};

export type SetRootCauseActiveInput = {
  active: boolean;
  rootCauseId: string;
};

export type SetRootCausesInput = {
  deviationId: string;
  rootCauseIds: Array<string>;
};

/** A question's Kolada KPIs in one definition version, replacing those it had. They choose the national figures beside the results, not what was asked, so they change in place rather than making a new version. */
export type SetSurveyQuestionKoladaInput = {
  definitionId: string;
  /** The KPI for the total and the genders; none removes it. */
  koladaKpi?: string | null | undefined;
  /** Per service area, its own KPI; an empty list removes them. */
  koladaKpiByServiceArea: Array<KoladaKpiForAreaInput>;
  /** The question id within the definition, e.g. F1. */
  questionId: string;
};

/** Why a contract on the ordering function's list was not proposed from it. */
export type SkipReason =
  | 'ALREADY_PROPOSED_FROM_COMPLAINTS'
  | 'NOT_RUNNING_IN_PERIOD'
  | 'ORDERING_THIRD_FULL';

/** What importing a row does: NEW, the first report of its unit and half-year; CHANGED, a new version; UNCHANGED, as the latest version, so nothing is stored. */
export type StaffingImportChange =
  | 'CHANGED'
  | 'NEW'
  | 'UNCHANGED';

export type StartSpecificFollowUpsInput = {
  followUpId: string;
  /** Planned for this day, YYYY-MM-DD. */
  plannedOn: string;
  unitIds: Array<string>;
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

export type SubmitBusinessReportInput = {
  figures?: BusinessReportFiguresInput | null | undefined;
  /** The template sections; SUMMARY is required. */
  sections: Array<BusinessReportSectionInput>;
  unitId: string;
  year: number;
};

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

/** The weekly pulse: an answer to each of the week's questions. */
export type SubmitPulseAnswerInput = {
  answers: Array<PulseQuestionAnswerInput>;
  comment?: string | null | undefined;
  /** Not needed since answers are per unit (the unit's provider answers); when named it must be the unit's. */
  providerId?: string | null | undefined;
  /** The unit (boende, gruppbostad) the answer is for: required (the rule PULSE_UNIT_REQUIRED says so when it is left out). A provider's key answers for its own units. */
  unitId?: string | null | undefined;
  /** ISO week, e.g. 2022-W07; default this week. */
  week?: string | null | undefined;
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

/** An anonymous answer sheet: no name or identity number is taken. */
export type SubmitSurveyResponseInput = {
  answers: Array<AnswerInput>;
  gender: Gender;
  roundId: string;
  unitId: string;
};

/** The Health and Social Care Inspectorate (IVO) or the Parliamentary Ombudsmen (JO). */
export type SupervisingAuthority =
  | 'IVO'
  | 'JO';

export type SupervisionCaseFilter = {
  /** true: open cases only; false: closed only. */
  open?: boolean | null | undefined;
  providerId?: string | null | undefined;
};

/** What the authority decided: no criticism, criticism, or an injunction (föreläggande) to act. */
export type SupervisionDecision =
  | 'CRITICISM'
  | 'INJUNCTION'
  | 'NO_CRITICISM';

/** A user survey (brukarundersökning) or an end-of-intervention client survey. */
export type SurveyKind =
  | 'END_OF_INTERVENTION'
  | 'USER_SURVEY';

export type SurveyQuestionInput = {
  id: string;
  koladaKpi?: string | null | undefined;
  /** Per service area, its own Kolada KPI (group homes' and service homes' differ in one survey). */
  koladaKpiByServiceArea?: Array<KoladaKpiForAreaInput> | null | undefined;
  options: Array<AnswerOptionInput>;
  text: string;
};

/** TOTAL, per UNIT, PROVIDER, SERVICE_AREA (the form, e.g. group home vs service home) or GENDER. */
export type SurveyResultGrouping =
  | 'GENDER'
  | 'PROVIDER'
  | 'SERVICE_AREA'
  | 'TOTAL'
  | 'UNIT';

export type SurveyRoundStatus =
  | 'CLOSED'
  | 'OPEN';

export type TerminateContractInput = {
  contractId: string;
  reason: string;
  /** Terminated from this day, YYYY-MM-DD. */
  terminatedOn: string;
};

/** All units of a service area, a chosen set, or every unit of every provider. */
export type ThematicScopeKind =
  | 'ALL_UNITS'
  | 'CHOSEN_UNITS'
  | 'SERVICE_AREA';

export type UnitAnswerInput = {
  questionKey: string;
  /** YES or NO, a number, one of the options, or text. */
  value: string;
};

export type UpdateContractInput = {
  /** `null` takes the contract off its board. */
  boardId?: string | null | undefined;
  endDate?: string | null | undefined;
  form?: ContractForm | null | undefined;
  id: string;
  /** Contract number (diarienummer), unique. */
  reference?: string | null | undefined;
  startDate?: string | null | undefined;
  title?: string | null | undefined;
  /** The units it covers from now on; all must be the provider's. */
  unitIds?: Array<string> | null | undefined;
};

export type UpdateContractRequirementInput = {
  comparison: RequirementComparison;
  /** UPPER_SNAKE, once per contract, e.g. QUALIFIED_STAFF. */
  key: string;
  kind: RequirementKind;
  /** What is required, in Swedish. */
  label: string;
  /** Ignored for a qualified share, which is in percent. */
  measureUnit?: string | null | undefined;
  requirementId: string;
  /** 0 or more; a qualified share at most 100 (percent). Required: null is refused as REQUIRED, so a form left empty is told so. */
  target?: number | null | undefined;
};

export type UpdateProviderContactInput = {
  email?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  /** At least one. */
  topics?: Array<ContactTopic> | null | undefined;
};

export type UpdateProviderInput = {
  id: string;
  name?: string | null | undefined;
  /** NNNNNN-NNNN, with a valid check digit. */
  organisationNumber?: string | null | undefined;
  ownership?: ProviderOwnership | null | undefined;
};

export type UpdateServiceAreaInput = {
  code: string;
  name?: string | null | undefined;
  /** Moves the area, and its figures from then on, to another sector. */
  sectorCode?: string | null | undefined;
};

export type UpdateUnitInput = {
  /** `null` takes the unit off its board (and department). */
  boardId?: string | null | undefined;
  /** `null` takes the unit out of its department. */
  departmentId?: string | null | undefined;
  /** The unit's codes in other systems, one per system; on update the whole set, `[]` removes them. */
  externalCodes?: Array<ExternalCodeInput> | null | undefined;
  id: string;
  name?: string | null | undefined;
  places?: number | null | undefined;
  /** A code from `serviceAreas`, e.g. HOME_CARE. */
  serviceArea?: string | null | undefined;
};

export type UsageRatesInput = {
  rates: Array<AgeBandRateInput>;
  /** A code from serviceAreas. */
  serviceArea: string;
};

export type SessionCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionCheckQuery = { __typename: 'Query' };

export type AddContractRequirementMutationVariables = Exact<{
  input: AddContractRequirementInput;
}>;


export type AddContractRequirementMutation = { addContractRequirement: { id: string, key: string, label: string } };

export type UpdateContractRequirementMutationVariables = Exact<{
  input: UpdateContractRequirementInput;
}>;


export type UpdateContractRequirementMutation = { updateContractRequirement: { id: string, key: string, label: string } };

export type RemoveContractRequirementMutationVariables = Exact<{
  requirementId: string;
}>;


export type RemoveContractRequirementMutation = { removeContractRequirement: { id: string, label: string } };

export type DeviationImportSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviationImportSourcesQuery = { deviationImportSources: Array<{ code: string, name: string, unitCodeSystem: string, version: number, updatedAt: unknown, columns: Array<{ field: string, header: string }>, values: Array<{ field: string, from: string, to: string }> }> };

export type DeviationImportPreviewQueryVariables = Exact<{
  csv: string;
  source?: string | null | undefined;
}>;


export type DeviationImportPreviewQuery = { previewDeviationImport: { accepted: boolean, created: number, changed: number, unchanged: number, errors: Array<{ line: number, column: string, rule: string, params: unknown }>, rows: Array<{ line: number, externalId: string | null, unitName: string, kind: DeviationKind, occurredOn: string, reportedOn: string, status: string, categoryLabel: string | null, change: ImportChange }> } };

export type DeviationsImportMutationVariables = Exact<{
  csv: string;
  source?: string | null | undefined;
}>;


export type DeviationsImportMutation = { importDeviations: { accepted: boolean, imported: number, created: number, changed: number, unchanged: number, errors: Array<{ line: number, column: string, rule: string, params: unknown }> } };

export type DeviationImportJobQueryVariables = Exact<{
  id: string;
}>;


export type DeviationImportJobQuery = { deviationImportJob: { id: string, status: ImportJobStatus, dryRun: boolean, bytesTotal: number | null, bytesRead: number, rowsRead: number, rowsDone: number, created: number, changed: number, unchanged: number, errorCount: number, errors: Array<{ line: number, column: string, rule: string, params: unknown }>, preview: Array<{ line: number, externalId: string | null, unitName: string, kind: DeviationKind, occurredOn: string, reportedOn: string, status: string, categoryLabel: string | null, change: ImportChange }> } | null };

export type ForecastDataPageSubmitPlacementsMutationVariables = Exact<{
  input: PlacementReportInput;
}>;


export type ForecastDataPageSubmitPlacementsMutation = { submitPlacementReport: { id: string, unitId: string | null, month: string, form: string, version: number } };

export type ServiceAreaListQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceAreaListQuery = { serviceAreas: Array<{ code: string, name: string, sectorCode: string, position: number }>, sectors: Array<{ code: string, name: string, position: number }> };

export type SpreadsheetImportCaseFlowsMutationVariables = Exact<{
  csv: string;
  dryRun: boolean;
  unitCodeSystem?: string | null | undefined;
}>;


export type SpreadsheetImportCaseFlowsMutation = { importCaseFlowReports: { accepted: boolean, imported: number, created: number, changed: number, unchanged: number, errors: Array<{ line: number, column: string, rule: string, params: unknown }>, rows: Array<{ line: number, change: MonthlyImportChange, unitName: string, service: string, month: string, source: CaseFlowSource, incoming: number, outgoing: number, closedByReason: Array<{ reason: string, count: number }> }> } };

export type SpreadsheetImportPlacementsMutationVariables = Exact<{
  csv: string;
  dryRun: boolean;
  unitCodeSystem?: string | null | undefined;
}>;


export type SpreadsheetImportPlacementsMutation = { importPlacementReports: { accepted: boolean, imported: number, created: number, changed: number, unchanged: number, errors: Array<{ line: number, column: string, rule: string, params: unknown }>, rows: Array<{ line: number, change: MonthlyImportChange, unitId: string | null, unitName: string | null, month: string, form: string, placed: number, careDays: number, costSek: number, ended: number, endedDurationDays: number }> } };

export type SpreadsheetImportStaffingMutationVariables = Exact<{
  csv: string;
  dryRun: boolean;
  unitCodeSystem?: string | null | undefined;
}>;


export type SpreadsheetImportStaffingMutation = { importStaffingReports: { accepted: boolean, imported: number, created: number, changed: number, unchanged: number, errors: Array<{ line: number, column: string, rule: string, params: unknown }>, rows: Array<{ line: number, change: StaffingImportChange, unitName: string, year: number, half: number, version: number, managers: number, permanent: number, temporary: number, hourly: number, sickLeavePercent: number, staffTurnoverPercent: number, jobTitles: Array<{ title: string, headcount: number }> }> } };

export type SpreadsheetImportClosureReasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type SpreadsheetImportClosureReasonsQuery = { closureReasons: Array<{ code: string, label: string }> };

export type SpreadsheetImportUnitCodeSystemsQueryVariables = Exact<{ [key: string]: never; }>;


export type SpreadsheetImportUnitCodeSystemsQuery = { units: Array<{ id: string, externalCodes: Array<{ system: string }> }> };

export type AccessLogPageQueryVariables = Exact<{
  filter?: AccessLogFilter | null | undefined;
  paging?: AccessLogPaging | null | undefined;
}>;


export type AccessLogPageQuery = { accessLog: { total: number, offset: number, limit: number, items: Array<{ id: string, readAt: unknown, readerSub: string, readerName: string, readerRoles: Array<string>, recordKind: AccessLogRecordKind, recordIds: Array<string>, deviationKind: DeviationKind | null, field: string, reason: string | null }> } };

export type MyAccessLogPageQueryVariables = Exact<{
  paging?: AccessLogPaging | null | undefined;
}>;


export type MyAccessLogPageQuery = { myAccessLog: { total: number, offset: number, limit: number, items: Array<{ id: string, readAt: unknown, readerSub: string, readerName: string, readerRoles: Array<string>, recordKind: AccessLogRecordKind, recordIds: Array<string>, deviationKind: DeviationKind | null, field: string, reason: string | null }> } };

export type BoardsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardsPageQuery = { boards: Array<{ id: string, name: string, departments: Array<{ id: string, name: string }> }> };

export type RegisterBoardMutationVariables = Exact<{
  input: RegisterBoardInput;
}>;


export type RegisterBoardMutation = { registerBoard: { id: string, name: string } };

export type RenameBoardMutationVariables = Exact<{
  input: RenameBoardInput;
}>;


export type RenameBoardMutation = { renameBoard: { id: string, name: string } };

export type RegisterDepartmentMutationVariables = Exact<{
  input: RegisterDepartmentInput;
}>;


export type RegisterDepartmentMutation = { registerDepartment: { id: string, name: string } };

export type DeviationCategoriesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviationCategoriesPageQuery = { deviationCategories: Array<{ id: string, code: string, label: string, kinds: Array<DeviationKind>, active: boolean }> };

export type DeviationCategoriesPageCreateMutationVariables = Exact<{
  input: CreateDeviationCategoryInput;
}>;


export type DeviationCategoriesPageCreateMutation = { createDeviationCategory: { id: string, label: string } };

export type DeviationCategoriesPageSetActiveMutationVariables = Exact<{
  input: SetDeviationCategoryActiveInput;
}>;


export type DeviationCategoriesPageSetActiveMutation = { setDeviationCategoryActive: { id: string, active: boolean } };

export type DeviationDecisionsPageOpenQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviationDecisionsPageOpenQuery = { decisionsNotExecuted: Array<{ id: string, serviceArea: string, law: DecisionLaw, gender: Gender, intervention: string, decidedOn: string, interruptedOn: string | null, reason: string, executedOn: string | null, unitId: string | null }> };

export type DeviationDecisionsPageQuartersQueryVariables = Exact<{
  year: number;
}>;


export type DeviationDecisionsPageQuartersQuery = { decisionsNotExecutedByQuarter: Array<{ quarter: string, year: number, number: number, count: number, ended: boolean, reportedOn: string | null, reportedBy: string | null, reportedCount: number | null, bySector: Array<{ sector: string, name: string, count: number }> }> };

export type DeviationDecisionsPageQuarterReportQueryVariables = Exact<{
  input: DecisionQuarterInput;
}>;


export type DeviationDecisionsPageQuarterReportQuery = { decisionsNotExecutedQuarterReport: { quarter: string, count: number, executedInQuarter: number, byIntervention: Array<{ key: string, numerator: number, denominator: number, share: number | null, executedInQuarter: number }>, byLaw: Array<{ key: string, numerator: number, denominator: number, share: number | null, executedInQuarter: number }>, byGender: Array<{ key: string, numerator: number, denominator: number, share: number | null, executedInQuarter: number }>, decisions: Array<{ id: string, intervention: string, law: DecisionLaw, gender: Gender, decidedOn: string, interruptedOn: string | null, executedOn: string | null, reason: string }> } };

export type DeviationDecisionsPageRegisterMutationVariables = Exact<{
  input: RegisterDecisionNotExecutedInput;
}>;


export type DeviationDecisionsPageRegisterMutation = { registerDecisionNotExecuted: { id: string, intervention: string } };

export type DeviationDecisionsPageMarkExecutedMutationVariables = Exact<{
  input: MarkDecisionExecutedInput;
}>;


export type DeviationDecisionsPageMarkExecutedMutation = { markDecisionExecuted: { id: string, executedOn: string | null } };

export type DeviationDecisionsPageRecordQuarterReportedMutationVariables = Exact<{
  input: DecisionQuarterInput;
}>;


export type DeviationDecisionsPageRecordQuarterReportedMutation = { recordQuarterReported: { quarter: string, reportedOn: string | null, reportedBy: string | null } };

export type SaveDeviationImportSourceMutationVariables = Exact<{
  input: SaveImportSourceInput;
}>;


export type SaveDeviationImportSourceMutation = { saveDeviationImportSource: { code: string, name: string, version: number } };

export type DeviationImportSourceCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviationImportSourceCategoriesQuery = { deviationCategories: Array<{ code: string, label: string }> };

export type DeviationImprovementsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviationImprovementsPageQuery = { improvements: Array<{ id: string, title: string, phase: ImprovementPhase, plan: string, doNotes: string | null, studyResult: StudyResult | null, studyNotes: string | null, actDecision: ActDecision | null, actNotes: string | null, actCompletedOn: string | null, studyDueOn: string | null, deviationIds: Array<string>, followUpId: string | null, deviations: Array<{ id: string, kind: DeviationKind, reportedOn: string, description: string, unit: { id: string, name: string } }> }> };

export type DeviationImprovementsPageStatisticsQueryVariables = Exact<{
  interval: ImprovementInterval;
  filter?: ImprovementStatisticsFilter | null | undefined;
}>;


export type DeviationImprovementsPageStatisticsQuery = { improvementStatistics: Array<{ period: string, from: string, to: string, started: number, finished: number, openAtEnd: number, adopted: { numerator: number, denominator: number, share: number | null }, adapted: { numerator: number, denominator: number, share: number | null }, abandoned: { numerator: number, denominator: number, share: number | null } }> };

export type DeviationImprovementsPageUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviationImprovementsPageUnitsQuery = { units: Array<{ id: string, name: string, providerId: string }> };

export type DeviationImprovementsPageSourceQueryVariables = Exact<{
  id: string;
}>;


export type DeviationImprovementsPageSourceQuery = { deviation: { id: string, unit: { id: string } } | null };

export type DeviationImprovementsPageUnitDeviationsQueryVariables = Exact<{
  filter?: DeviationFilter | null | undefined;
}>;


export type DeviationImprovementsPageUnitDeviationsQuery = { deviations: Array<{ id: string, kind: DeviationKind, reportedOn: string, description: string }> };

export type DeviationImprovementsPageFollowUpsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviationImprovementsPageFollowUpsQuery = { followUps: Array<{ id: string, title: string, plannedOn: string, providerId: string | null }> };

export type DeviationImprovementsPageCreateMutationVariables = Exact<{
  input: CreateImprovementInput;
}>;


export type DeviationImprovementsPageCreateMutation = { createImprovement: { id: string, title: string } };

export type DeviationImprovementsPageCompletePhaseMutationVariables = Exact<{
  input: CompleteImprovementPhaseInput;
}>;


export type DeviationImprovementsPageCompletePhaseMutation = { completeImprovementPhase: { id: string, phase: ImprovementPhase } };

export type DeviationImprovementsPageLinkDeviationsMutationVariables = Exact<{
  input: LinkImprovementToDeviationsInput;
}>;


export type DeviationImprovementsPageLinkDeviationsMutation = { linkImprovementToDeviations: { id: string, deviationIds: Array<string> } };

export type DeviationImprovementsPageLinkFollowUpMutationVariables = Exact<{
  input: LinkImprovementToFollowUpInput;
}>;


export type DeviationImprovementsPageLinkFollowUpMutation = { linkImprovementToFollowUp: { id: string, followUpId: string | null } };

export type DeviationPageQueryVariables = Exact<{
  id: string;
}>;


export type DeviationPageQuery = { deviation: { id: string, kind: DeviationKind, status: DeviationStatus, serviceArea: string, occurredOn: string, reportedOn: string, description: string, redactions: number, investigationStartedOn: string | null, actionsRegisteredOn: string | null, actions: string | null, finalAssessedOn: string | null, finalAssessment: string | null, closedOn: string | null, seriousness: Seriousness | null, ivoReportedOn: string | null, ivoReference: string | null, complainant: Complainant | null, complaintCategory: ComplaintCategory | null, followUpId: string | null, category: { code: string, label: string, active: boolean } | null, unit: { id: string, name: string }, provider: { id: string, name: string }, twoMonthRule: { deadline: string, actionsInTime: boolean, assessedInTime: boolean, overdue: boolean }, statusHistory: Array<{ fromStatus: DeviationStatus | null, toStatus: DeviationStatus, changedBy: string, changedAt: unknown }>, improvements: Array<{ id: string, title: string, phase: ImprovementPhase, actDecision: ActDecision | null }>, rootCauses: Array<{ id: string, label: string, active: boolean }>, assessmentHistory: Array<{ seriousness: Seriousness | null, ivoReportedOn: string | null, ivoReference: string | null, changedBy: string, changedAt: unknown }> } | null };

export type DeviationPageChangeStatusMutationVariables = Exact<{
  input: ChangeDeviationStatusInput;
}>;


export type DeviationPageChangeStatusMutation = { changeDeviationStatus: { id: string, status: DeviationStatus } };

export type DeviationPageAssessSeriousnessMutationVariables = Exact<{
  input: AssessSeriousnessInput;
}>;


export type DeviationPageAssessSeriousnessMutation = { assessSeriousness: { id: string, seriousness: Seriousness | null } };

export type DeviationPageReportToIvoMutationVariables = Exact<{
  input: ReportToIvoInput;
}>;


export type DeviationPageReportToIvoMutation = { reportDeviationToIvo: { id: string, ivoReportedOn: string | null, ivoReference: string | null } };

export type DeviationPageRootCausesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviationPageRootCausesQuery = { rootCauses: Array<{ id: string, label: string }> };

export type DeviationPageSetRootCausesMutationVariables = Exact<{
  input: SetRootCausesInput;
}>;


export type DeviationPageSetRootCausesMutation = { setDeviationRootCauses: { id: string, rootCauses: Array<{ id: string }> } };

export type DeviationPageCategoriesQueryVariables = Exact<{
  kind: DeviationKind;
}>;


export type DeviationPageCategoriesQuery = { deviationCategories: Array<{ code: string, label: string }> };

export type DeviationPageSetCategoryMutationVariables = Exact<{
  input: SetDeviationCategoryInput;
}>;


export type DeviationPageSetCategoryMutation = { setDeviationCategory: { id: string, categoryCode: string | null } };

export type DeviationPageFollowUpsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviationPageFollowUpsQuery = { followUps: Array<{ id: string, title: string, plannedOn: string }> };

export type DeviationPageLinkFollowUpMutationVariables = Exact<{
  input: LinkFollowUpInput;
}>;


export type DeviationPageLinkFollowUpMutation = { linkDeviationToFollowUp: { id: string, followUpId: string | null } };

export type DeviationPageOriginalQueryVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;


export type DeviationPageOriginalQuery = { deviation: { id: string, protectedDescription: string | null } | null };

export type DeviationRootCausesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviationRootCausesPageQuery = { rootCauses: Array<{ id: string, code: string, label: string, active: boolean }> };

export type DeviationRootCausesPageCreateMutationVariables = Exact<{
  input: CreateRootCauseInput;
}>;


export type DeviationRootCausesPageCreateMutation = { createRootCause: { id: string, label: string } };

export type DeviationRootCausesPageSetActiveMutationVariables = Exact<{
  input: SetRootCauseActiveInput;
}>;


export type DeviationRootCausesPageSetActiveMutation = { setRootCauseActive: { id: string, active: boolean } };

export type DeviationsPageListQueryVariables = Exact<{
  filter?: DeviationFilter | null | undefined;
  paging?: DeviationPaging | null | undefined;
}>;


export type DeviationsPageListQuery = { deviationsPage: { total: number, offset: number, limit: number, items: Array<{ id: string, kind: DeviationKind, status: DeviationStatus, occurredOn: string, reportedOn: string, description: string, unit: { id: string, name: string }, provider: { id: string, name: string }, twoMonthRule: { deadline: string, overdue: boolean } }> } };

export type DeviationsPageStatisticsQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
}>;


export type DeviationsPageStatisticsQuery = { deviationStatisticsBy: Array<{ key: string, name: string | null, statistics: { deviations: number, lexSarah: number, lexSarahReportedToIvo: number, lexMaria: number, complaints: number, overdue: number, closedWithinTwoMonths: { numerator: number, denominator: number, share: number | null }, actionsRegistered: { numerator: number, denominator: number, share: number | null } } }>, deviationTrend: Array<{ period: string, deviations: number, complaints: number, lexSarah: number }> };

export type DeviationsPageBoardsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviationsPageBoardsQuery = { boards: Array<{ id: string, name: string }> };

export type DeviationsPageUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviationsPageUnitsQuery = { units: Array<{ id: string, name: string, provider: { id: string, name: string } }> };

export type DeviationsPageCategoriesQueryVariables = Exact<{
  kind?: DeviationKind | null | undefined;
}>;


export type DeviationsPageCategoriesQuery = { deviationCategories: Array<{ id: string, code: string, label: string }> };

export type DeviationsPageBreakdownsQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
}>;


export type DeviationsPageBreakdownsQuery = { byCategory: { denominator: number, previousYearDenominator: number | null, previousYearPeriod: { from: string | null, to: string } | null, entries: Array<{ key: string | null, label: string | null, change: number | null, count: { numerator: number, denominator: number, share: number | null }, previousYear: { numerator: number, denominator: number, share: number | null } | null }> }, byRootCause: { denominator: number, previousYearDenominator: number | null, previousYearPeriod: { from: string | null, to: string } | null, entries: Array<{ key: string | null, label: string | null, change: number | null, count: { numerator: number, denominator: number, share: number | null }, previousYear: { numerator: number, denominator: number, share: number | null } | null }> } };

export type DeviationsPageReportMutationVariables = Exact<{
  input: ReportDeviationInput;
}>;


export type DeviationsPageReportMutation = { reportDeviation: { id: string, kind: DeviationKind } };

export type DeviationsPageComplaintMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type DeviationsPageComplaintMutation = { registerComplaint: { id: string, kind: DeviationKind } };

export type ChangeDeviationStatusMutationVariables = Exact<{
  input: ChangeDeviationStatusInput;
}>;


export type ChangeDeviationStatusMutation = { changeDeviationStatus: { id: string, status: DeviationStatus } };

export type FollowUpPageQueryVariables = Exact<{
  id: string;
}>;


export type FollowUpPageQuery = { followUp: { id: string, title: string, purpose: string | null, type: FollowUpType, status: FollowUpStatus, plannedOn: string, responsible: string | null, assistant: string | null, methods: Array<FollowUpMethod>, findings: string | null, decisionNeeded: boolean, reportedOn: string | null, publishedOn: string | null, closedOn: string | null, boardMeetingOn: string | null, cancellationReason: string | null, checklist: Array<{ item: ChecklistItem, done: boolean }>, contract: { reference: string, title: string } | null, requirementChecks: Array<{ measured: number | null, note: string | null, outcome: RequirementOutcome, changedSinceJudged: boolean, requirement: { id: string, key: string, label: string, comparison: RequirementComparison, target: number, measureUnit: string | null }, judged: { label: string, comparison: RequirementComparison, target: number, measureUnit: string | null } | null, guideAnswers: Array<{ followUpTitle: string, questionText: string, unitName: string, value: number, outcome: RequirementOutcome }> }>, actions: Array<{ id: string, description: string, deadline: string, status: FollowUpActionStatus, actionPlan: string | null, completedOn: string | null, verifiedOn: string | null, rechecks: Array<{ checkedOn: string, met: boolean, note: string, newDeadline: string | null }> }> } | null };

export type PrepareFollowUpMutationVariables = Exact<{
  input: PrepareFollowUpInput;
}>;


export type PrepareFollowUpMutation = { prepareFollowUp: { id: string } };

export type StartFollowUpMutationVariables = Exact<{
  id: string;
}>;


export type StartFollowUpMutation = { startFollowUp: { id: string } };

export type ReportFollowUpMutationVariables = Exact<{
  input: ReportFollowUpInput;
}>;


export type ReportFollowUpMutation = { reportFollowUp: { id: string } };

export type RecheckFollowUpActionMutationVariables = Exact<{
  input: RecheckActionInput;
}>;


export type RecheckFollowUpActionMutation = { recheckFollowUpAction: { id: string } };

export type CloseFollowUpMutationVariables = Exact<{
  id: string;
}>;


export type CloseFollowUpMutation = { closeFollowUp: { id: string } };

export type PublishFollowUpReportMutationVariables = Exact<{
  id: string;
}>;


export type PublishFollowUpReportMutation = { publishFollowUpReport: { id: string } };

export type CancelFollowUpMutationVariables = Exact<{
  input: CancelFollowUpInput;
}>;


export type CancelFollowUpMutation = { cancelFollowUp: { id: string } };

export type RecordRequirementFindingMutationVariables = Exact<{
  input: RecordRequirementFindingInput;
}>;


export type RecordRequirementFindingMutation = { recordRequirementFinding: { measured: number | null, outcome: RequirementOutcome, requirement: { id: string, label: string } } };

export type FollowUpsPageQueryVariables = Exact<{
  year: number;
  boardId?: string | null | undefined;
}>;


export type FollowUpsPageQuery = { boards: Array<{ id: string, name: string }>, followUpPlan: { year: number, boardId: string | null, focusAreas: Array<string>, periods: Array<{ startsOn: string, endsOn: string, target: number }>, progress: Array<{ period: number, startsOn: string, endsOn: string, target: number, planned: number, done: number, unplanned: number }> } | null, providers: Array<{ id: string, name: string, units: Array<{ id: string, name: string }> }>, contracts: Array<{ id: string, reference: string, title: string, status: ContractStatus }>, boardQueue: Array<{ id: string, title: string, reportedOn: string | null, contract: { reference: string } | null }> };

export type SaveFollowUpPlanMutationVariables = Exact<{
  input: FollowUpPlanInput;
}>;


export type SaveFollowUpPlanMutation = { saveFollowUpPlan: { year: number } };

export type PlanFollowUpsMutationVariables = Exact<{
  input: PlanFollowUpsInput;
}>;


export type PlanFollowUpsMutation = { planFollowUps: { id: string, seed: string, asOf: string, shortfall: number, shares: { complaints: number, ordering: number, random: number }, proposals: Array<{ rank: number, contractId: string, reference: string, third: SelectionThird, reasonCode: SelectionReason, orderedPosition: number | null, riskScore: number, complaints: number, riskParts: Array<{ kind: RiskSignalKind, count: number, points: number }> }>, skippedOrdered: Array<{ contractId: string, reasonCode: SkipReason }> } };

export type AcceptFollowUpProposalsMutationVariables = Exact<{
  id: string;
  input?: AcceptProposalsInput | null | undefined;
}>;


export type AcceptFollowUpProposalsMutation = { acceptFollowUpProposals: Array<{ id: string }> };

export type PresentFollowUpToBoardMutationVariables = Exact<{
  input: PresentToBoardInput;
}>;


export type PresentFollowUpToBoardMutation = { presentFollowUpToBoard: { id: string, boardMeetingOn: string | null } };

export type FollowUpsPageListQueryVariables = Exact<{
  year?: number | null | undefined;
  status?: FollowUpStatus | null | undefined;
  type?: FollowUpType | null | undefined;
  providerId?: string | null | undefined;
  unitId?: string | null | undefined;
  search?: string | null | undefined;
  sortBy: FollowUpSortField;
  descending: boolean;
  offset: number;
  limit: number;
}>;


export type FollowUpsPageListQuery = { followUpsPage: { total: number, offset: number, limit: number, items: Array<{ id: string, title: string, type: FollowUpType, status: FollowUpStatus, plannedOn: string, responsible: string | null, provider: { id: string, name: string } | null, contract: { reference: string, units: Array<{ id: string, name: string }> } | null }> } };

export type FollowUpsPageOrderingListQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpsPageOrderingListQuery = { orderingList: Array<{ contractId: string }> };

export type FollowUpCoverageQueryVariables = Exact<{
  year: number;
}>;


export type FollowUpCoverageQuery = { followUpCoverage: { year: number, asOf: string, numerator: number, denominator: number, byServiceArea: Array<{ serviceArea: string, numerator: number, denominator: number }>, byProvider: Array<{ providerId: string, providerName: string, numerator: number, denominator: number }>, uncoveredUnits: Array<{ unitId: string, unitName: string, serviceArea: string, providerId: string, providerName: string }>, iopWithoutFollowUp: Array<{ contractId: string, reference: string, title: string, providerId: string, providerName: string, lastFollowedUpOn: string | null, dueSince: string }> } };

export type ForecastDataPageUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForecastDataPageUnitsQuery = { units: Array<{ id: string, name: string, serviceArea: string, provider: { name: string } }> };

export type ForecastDataPageClosureReasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForecastDataPageClosureReasonsQuery = { closureReasons: Array<{ code: string, label: string }> };

export type ForecastDataPageSubmitCaseFlowMutationVariables = Exact<{
  input: SubmitCaseFlowReportInput;
}>;


export type ForecastDataPageSubmitCaseFlowMutation = { submitCaseFlowReport: { id: string, month: string, version: number } };

export type ForecastDataPageImportPopulationMutationVariables = Exact<{
  csv: string;
}>;


export type ForecastDataPageImportPopulationMutation = { importPopulation: { accepted: boolean, imported: number, problems: Array<{ code: PopulationImportProblemCode, line: number | null, column: number | null, header: string | null, value: string | null }> } };

export type ForecastDataPageSetUsageRatesMutationVariables = Exact<{
  input: UsageRatesInput;
}>;


export type ForecastDataPageSetUsageRatesMutation = { setUsageRates: number };

export type ForecastsPageUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForecastsPageUnitsQuery = { units: Array<{ id: string, name: string, serviceArea: string, places: number | null }> };

export type ForecastsPageForecastQueryVariables = Exact<{
  series: ForecastSeriesInput;
  horizon: number;
}>;


export type ForecastsPageForecastQuery = { forecast: { model: string, components: Array<string>, noAccuracyReason: string | null, noAccuracyParams: unknown, beatsBaseline: boolean | null, history: Array<{ month: string, value: number }>, points: Array<{ month: string, value: number, lower: number, upper: number }>, accuracy: { mase: number, smape: number, origins: number } | null, baseline: { mase: number, smape: number, origins: number } | null } };

export type ForecastsPageProjectionQueryVariables = Exact<{
  serviceArea: string;
  region: string;
  fromYear: number;
  years: number;
}>;


export type ForecastsPageProjectionQuery = { projection: { capacity: number, runsOutIn: number | null, missingBands: Array<string>, years: Array<{ year: number, demand: number, capacity: number, shortfall: number }> } };

export type ForecastsPageReadinessQueryVariables = Exact<{ [key: string]: never; }>;


export type ForecastsPageReadinessQuery = { forecastReadiness: Array<{ unitId: string, unitName: string, months: number, monthsReported: number, needed: number, ready: boolean, rule: string | null, params: unknown }> };

export type OrderingListPageQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderingListPageQuery = { orderingList: Array<{ contractId: string, position: number, reason: string, addedBy: string, addedAt: unknown, contract: { id: string, reference: string, title: string, status: ContractStatus } }>, contracts: Array<{ id: string, reference: string, title: string, status: ContractStatus }> };

export type AddToOrderingListMutationVariables = Exact<{
  input: AddToOrderingListInput;
}>;


export type AddToOrderingListMutation = { addToOrderingList: Array<{ contractId: string, position: number }> };

export type MoveOnOrderingListMutationVariables = Exact<{
  input: MoveOnOrderingListInput;
}>;


export type MoveOnOrderingListMutation = { moveOnOrderingList: Array<{ contractId: string, position: number }> };

export type RemoveFromOrderingListMutationVariables = Exact<{
  contractId: string;
}>;


export type RemoveFromOrderingListMutation = { removeFromOrderingList: Array<{ contractId: string, position: number }> };

export type PortalMissingMonthsQueryVariables = Exact<{
  from?: string | null | undefined;
}>;


export type PortalMissingMonthsQuery = { missingCaseFlowMonths: Array<{ unitId: string, unitName: string, months: Array<string> }> };

export type PortalCaseFlowsQueryVariables = Exact<{
  filter?: CaseFlowFilter | null | undefined;
}>;


export type PortalCaseFlowsQuery = { caseFlowReports: Array<{ id: string, unitId: string, service: string, month: string, incoming: number, outgoing: number, version: number, submittedAt: unknown, closedByReason: Array<{ reason: string, count: number }> }> };

export type PortalPlacementsQueryVariables = Exact<{
  filter?: PlacementFilter | null | undefined;
}>;


export type PortalPlacementsQuery = { placementReports: Array<{ id: string, unitId: string | null, month: string, form: string, placed: number, careDays: number, costSek: number, ended: number, endedDurationDays: number, version: number }> };

export type PortalDeviationQueryVariables = Exact<{
  id: string;
}>;


export type PortalDeviationQuery = { deviation: { id: string, kind: DeviationKind, status: DeviationStatus, occurredOn: string, reportedOn: string, description: string, redactions: number, actions: string | null, actionsRegisteredOn: string | null, finalAssessment: string | null, finalAssessedOn: string | null, closedOn: string | null, seriousness: Seriousness | null, ivoReportedOn: string | null, complainant: Complainant | null, complaintCategory: ComplaintCategory | null, unit: { id: string, name: string }, twoMonthRule: { deadline: string, overdue: boolean }, statusHistory: Array<{ fromStatus: DeviationStatus | null, toStatus: DeviationStatus, changedBy: string, changedAt: unknown }>, assessmentHistory: Array<{ seriousness: Seriousness | null, ivoReportedOn: string | null, ivoReference: string | null, changedBy: string, changedAt: unknown }> } | null };

export type PortalDeviationsQueryVariables = Exact<{
  filter?: DeviationFilter | null | undefined;
  paging?: DeviationPaging | null | undefined;
}>;


export type PortalDeviationsQuery = { deviationsPage: { total: number, offset: number, limit: number, items: Array<{ id: string, kind: DeviationKind, status: DeviationStatus, occurredOn: string, reportedOn: string, unit: { id: string, name: string }, twoMonthRule: { deadline: string, overdue: boolean } }> } };

export type PortalFollowUpsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalFollowUpsQuery = { followUps: Array<{ id: string, title: string, type: FollowUpType, status: FollowUpStatus, plannedOn: string, reportedOn: string | null, contract: { reference: string } | null, actions: Array<{ id: string, status: FollowUpActionStatus, deadline: string }> }> };

export type PortalFollowUpQueryVariables = Exact<{
  id: string;
}>;


export type PortalFollowUpQuery = { followUp: { id: string, title: string, purpose: string | null, type: FollowUpType, status: FollowUpStatus, plannedOn: string, responsible: string | null, findings: string | null, reportedOn: string | null, publishedOn: string | null, closedOn: string | null, contract: { reference: string, title: string } | null, actions: Array<{ id: string, description: string, deadline: string, status: FollowUpActionStatus, actionPlan: string | null, completedOn: string | null, verifiedOn: string | null, rechecks: Array<{ checkedOn: string, met: boolean, note: string, newDeadline: string | null }> }> } | null };

export type PortalSubmitActionPlanMutationVariables = Exact<{
  input: ActionPlanInput;
}>;


export type PortalSubmitActionPlanMutation = { submitActionPlan: { id: string, status: FollowUpActionStatus } };

export type PortalCompleteActionMutationVariables = Exact<{
  actionId: string;
}>;


export type PortalCompleteActionMutation = { completeFollowUpAction: { id: string, status: FollowUpActionStatus, completedOn: string | null } };

export type PortalPulseQueryVariables = Exact<{
  week: string;
}>;


export type PortalPulseQuery = { pulseOverview: { week: string, period: { name: string, fromWeek: string, toWeek: string | null } | null, questions: Array<{ key: string, text: string, answerType: PulseAnswerType }>, unitAnswers: Array<{ unit: { id: string, name: string } | null, answer: { id: string, week: string, unitId: string | null, comment: string | null, version: number, submittedAt: unknown, values: Array<{ key: string, value: number }> } }>, answeredUnits: Array<{ id: string, name: string }>, missingUnits: Array<{ id: string, name: string }> } };

export type PortalSubmitPulseMutationVariables = Exact<{
  input: SubmitPulseAnswerInput;
}>;


export type PortalSubmitPulseMutation = { submitPulseAnswer: { id: string, week: string, unitId: string | null, version: number } };

export type PortalSubmittedReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalSubmittedReportsQuery = { staffingReports: Array<{ id: string, unitId: string, year: number, half: number, version: number, managers: number, permanent: number, temporary: number, hourly: number, sickLeavePercent: number, staffTurnoverPercent: number, submittedBy: string, submittedAt: unknown }>, businessReports: Array<{ id: string, unitId: string, year: number, version: number, submittedBy: string, submittedAt: unknown }> };

export type PortalSubmitStaffingMutationVariables = Exact<{
  input: SubmitStaffingReportInput;
}>;


export type PortalSubmitStaffingMutation = { submitStaffingReport: { id: string, year: number, half: number, version: number } };

export type PortalSubmitBusinessMutationVariables = Exact<{
  input: SubmitBusinessReportInput;
}>;


export type PortalSubmitBusinessMutation = { submitBusinessReport: { id: string, year: number, version: number } };

export type PortalReportsDueQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalReportsDueQuery = { reportsDue: Array<{ kind: ProviderReportKind, year: number, half: number | null, dueOn: string, state: ReportState, latestVersion: number | null, lastSubmittedOn: string | null, unit: { id: string, name: string } }> };

export type PortalOpenActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalOpenActionsQuery = { followUps: Array<{ id: string, title: string, status: FollowUpStatus, plannedOn: string, reportedOn: string | null, actions: Array<{ id: string, description: string, deadline: string, status: FollowUpActionStatus }> }> };

export type PortalMissingCaseFlowsQueryVariables = Exact<{
  from?: string | null | undefined;
}>;


export type PortalMissingCaseFlowsQuery = { missingCaseFlowMonths: Array<{ unitId: string, unitName: string, months: Array<string> }> };

export type PortalPulseWeekQueryVariables = Exact<{
  week: string;
}>;


export type PortalPulseWeekQuery = { pulseOverview: { week: string, answeredUnits: Array<{ id: string }>, missingUnits: Array<{ id: string, name: string }> } };

export type ProviderContactsQueryVariables = Exact<{
  providerId: string;
}>;


export type ProviderContactsQuery = { provider: { id: string, name: string, contacts: Array<{ id: string, name: string, email: string, topics: Array<ContactTopic> }> } | null };

export type AddProviderContactMutationVariables = Exact<{
  input: AddProviderContactInput;
}>;


export type AddProviderContactMutation = { addProviderContact: { id: string, name: string } };

export type ChangeProviderContactMutationVariables = Exact<{
  input: UpdateProviderContactInput;
}>;


export type ChangeProviderContactMutation = { updateProviderContact: { id: string, name: string } };

export type RemoveProviderContactMutationVariables = Exact<{
  id: string;
}>;


export type RemoveProviderContactMutation = { removeProviderContact: { id: string, name: string } };

export type ProviderPageQueryVariables = Exact<{
  id: string;
}>;


export type ProviderPageQuery = { boards: Array<{ id: string, name: string, departments: Array<{ id: string, name: string }> }>, provider: { id: string, name: string, organisationNumber: string, ownership: ProviderOwnership, deviationStatistics: { total: number, deviations: number, lexSarah: number, complaints: number, overdue: number, closedWithinTwoMonths: { numerator: number, denominator: number, share: number | null } }, caseFlow: Array<{ month: string, incoming: number, outgoing: number, balance: number }>, units: Array<{ id: string, name: string, serviceArea: string, places: number | null, boardId: string | null, departmentId: string | null, externalCodes: Array<{ system: string, code: string }>, deviationStatistics: { total: number, open: number }, surveyResults: Array<{ roundName: string, period: string, answers: number, sharePositive: number | null, responseRate: { numerator: number, denominator: number, share: number | null } }>, staffingReports: Array<{ year: number, half: number, version: number, sickLeavePercent: number, staffTurnoverPercent: number }>, businessReports: Array<{ year: number, version: number }> }> } | null, contracts: Array<{ id: string, reference: string, title: string, form: ContractForm, status: ContractStatus, startDate: string, endDate: string | null, terminatedOn: string | null, terminationReason: string | null, boardId: string | null, units: Array<{ id: string, name: string }>, requirements: Array<{ id: string, key: string, label: string, kind: RequirementKind, comparison: RequirementComparison, target: number, measureUnit: string | null }>, followUps: Array<{ id: string, title: string, type: FollowUpType, status: FollowUpStatus, plannedOn: string }> }> };

export type RegisterUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type RegisterUnitMutation = { createUnit: { id: string, name: string } };

export type RegisterContractMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type RegisterContractMutation = { createContract: { id: string, reference: string } };

export type TerminateContractMutationVariables = Exact<{
  input: TerminateContractInput;
}>;


export type TerminateContractMutation = { terminateContract: { id: string, terminatedOn: string | null } };

export type ChangeHistoryQueryVariables = Exact<{
  entityId: string;
}>;


export type ChangeHistoryQuery = { changeHistory: Array<{ id: string, entityType: string, action: string, changedBy: string, changedAt: unknown, changes: string }> };

export type ChangeProviderMutationVariables = Exact<{
  input: UpdateProviderInput;
}>;


export type ChangeProviderMutation = { updateProvider: { id: string, name: string } };

export type ChangeUnitMutationVariables = Exact<{
  input: UpdateUnitInput;
}>;


export type ChangeUnitMutation = { updateUnit: { id: string, name: string } };

export type ChangeContractMutationVariables = Exact<{
  input: UpdateContractInput;
}>;


export type ChangeContractMutation = { updateContract: { id: string, reference: string } };

export type ProviderApiKeysQueryVariables = Exact<{
  providerId: string;
}>;


export type ProviderApiKeysQuery = { providerApiKeys: Array<{ id: string, name: string, prefix: string, createdAt: unknown, lastUsedAt: unknown, revokedAt: unknown }> };

export type IssueProviderApiKeyMutationVariables = Exact<{
  input: CreateProviderApiKeyInput;
}>;


export type IssueProviderApiKeyMutation = { createProviderApiKey: { key: string, apiKey: { id: string, name: string } } };

export type RevokeProviderApiKeyMutationVariables = Exact<{
  id: string;
}>;


export type RevokeProviderApiKeyMutation = { revokeProviderApiKey: { id: string, revokedAt: unknown } };

export type ProvidersPageQueryVariables = Exact<{
  page?: ProvidersPageInput | null | undefined;
}>;


export type ProvidersPageQuery = { providersPage: { total: number, items: Array<{ id: string, name: string, organisationNumber: string, ownership: ProviderOwnership, units: Array<{ id: string, name: string, serviceArea: string, places: number | null, deviationStatistics: { total: number, open: number } }> }> } };

export type RegisterProviderMutationVariables = Exact<{
  input: CreateProviderInput;
}>;


export type RegisterProviderMutation = { createProvider: { id: string, name: string } };

export type PulsePeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type PulsePeriodsQuery = { pulsePeriods: Array<{ id: string, name: string, fromWeek: string, toWeek: string | null, openedBy: string, openedAt: unknown, endedBy: string | null, questions: Array<{ key: string, text: string, answerType: PulseAnswerType }> }> };

export type PulseWeekOverviewQueryVariables = Exact<{
  week: string;
}>;


export type PulseWeekOverviewQuery = { pulseOverview: { week: string, threshold: number, period: { id: string, name: string } | null, questions: Array<{ key: string, text: string, answerType: PulseAnswerType }>, answers: Array<{ id: string, providerId: string, unitId: string | null, comment: string | null, version: number, submittedAt: unknown, values: Array<{ key: string, value: number }> }>, unitAnswers: Array<{ providerId: string, providerName: string, unit: { id: string, name: string } | null, answer: { id: string, comment: string | null, version: number, values: Array<{ key: string, value: number }> }, signals: Array<{ questionKey: string, questionText: string, answerType: PulseAnswerType, score: number }>, followUps: Array<{ id: string, unitId: string | null, contactedBy: string, contactedOn: string, outcome: PulseFollowUpOutcome, outcomeText: string, recordedBy: string }> }>, missingUnits: Array<{ id: string, name: string, providerId: string, providerName: string }>, answered: Array<{ id: string, name: string }>, missing: Array<{ id: string, name: string }>, signals: Array<{ providerId: string, providerName: string, unitId: string | null, unitName: string | null, questionKey: string, questionText: string, answerType: PulseAnswerType, score: number }>, followUps: Array<{ id: string, providerId: string, unitId: string | null, contactedBy: string, contactedOn: string, outcome: PulseFollowUpOutcome, outcomeText: string, recordedBy: string }> } };

export type PulseTrendQueryVariables = Exact<{
  periodId: string;
}>;


export type PulseTrendQuery = { pulseTrend: { threshold: number, weeks: Array<string>, units: Array<{ providerId: string, providerName: string, weeks: Array<{ week: string, answered: boolean, signalKeys: Array<string>, values: Array<{ key: string, value: number }>, followUps: Array<{ id: string, outcome: PulseFollowUpOutcome }> }> }>, questions: Array<{ key: string, text: string, answerType: PulseAnswerType, weeks: Array<{ week: string, answers: number, average: number | null, yes: number, no: number, signals: number }> }> } };

export type PulseTrendPerUnitQueryVariables = Exact<{
  periodId: string;
}>;


export type PulseTrendPerUnitQuery = { pulseTrend: { weeks: Array<string>, perUnit: Array<{ providerId: string, providerName: string, unitId: string | null, unitName: string | null, weeks: Array<{ week: string, answered: boolean, signalKeys: Array<string>, values: Array<{ key: string, value: number }>, followUps: Array<{ id: string, outcome: PulseFollowUpOutcome }> }> }> } };

export type PulseTrendOfQueryVariables = Exact<{
  periodId: string;
  unitId?: string | null | undefined;
  providerId?: string | null | undefined;
}>;


export type PulseTrendOfQuery = { pulseTrend: { weeks: Array<string>, questions: Array<{ key: string, text: string, answerType: PulseAnswerType, weeks: Array<{ week: string, answers: number, average: number | null, yes: number, no: number, signals: number }> }> } };

export type OpenPulsePeriodMutationVariables = Exact<{
  input: OpenPulsePeriodInput;
}>;


export type OpenPulsePeriodMutation = { openPulsePeriod: { id: string, name: string, fromWeek: string, toWeek: string | null, questions: Array<{ key: string }> } };

export type EndPulsePeriodMutationVariables = Exact<{
  input: EndPulsePeriodInput;
}>;


export type EndPulsePeriodMutation = { endPulsePeriod: { id: string, name: string, toWeek: string | null } };

export type RecordPulseFollowUpMutationVariables = Exact<{
  input: RecordPulseFollowUpInput;
}>;


export type RecordPulseFollowUpMutation = { recordPulseFollowUp: { id: string, providerId: string, unitId: string | null, week: string, outcome: PulseFollowUpOutcome } };

export type QuestionGuidesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type QuestionGuidesPageQuery = { questionGuides: Array<{ id: string, key: string, version: number, title: string, questions: Array<{ key: string, text: string, answerType: AnswerType, options: Array<string>, requirement: string | null, askedWhenYes: string | null }> }>, thematic: Array<{ id: string, title: string, plannedOn: string, status: FollowUpStatus }>, overarching: Array<{ id: string, title: string, plannedOn: string, status: FollowUpStatus }>, providers: Array<{ id: string, name: string, units: Array<{ id: string, name: string, serviceArea: string }> }> };

export type PublishQuestionGuideMutationVariables = Exact<{
  input: PublishQuestionGuideInput;
}>;


export type PublishQuestionGuideMutation = { publishQuestionGuide: { id: string, version: number } };

export type CreateThematicFollowUpMutationVariables = Exact<{
  input: CreateThematicFollowUpInput;
}>;


export type CreateThematicFollowUpMutation = { createThematicFollowUp: { followUp: { id: string } } };

export type RemindersPageQueryVariables = Exact<{
  page?: RemindersPageInput | null | undefined;
}>;


export type RemindersPageQuery = { reminders: { total: number, mailEnabled: boolean, items: Array<{ id: string, recipient: string, recipientName: string | null, kind: ReminderKind, subject: string, body: string, state: ReminderState, error: string | null, createdAt: unknown, sentAt: unknown }> } };

export type RunRemindersMutationVariables = Exact<{ [key: string]: never; }>;


export type RunRemindersMutation = { runReminders: { created: number, sent: number, bounced: number, failed: number, outbox: number, mailEnabled: boolean } };

export type ReportsPageBoardsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsPageBoardsQuery = { boards: Array<{ id: string, name: string }> };

export type RetentionSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionSettingsQuery = { retentionSettings: { protectedTextMonths: number, freeTextMonths: number, cron: string, scheduled: boolean } };

export type RetentionRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionRunsQuery = { retentionRuns: Array<{ id: string, ranAt: unknown, ranBy: string, ranByName: string | null, originalsClosedBy: string, freeTextsClosedBy: string, originalsRemoved: number, freeTextsAnonymised: number, accessLogReasonsAnonymised: number }> };

export type RunRetentionMutationVariables = Exact<{ [key: string]: never; }>;


export type RunRetentionMutation = { runRetention: { id: string, originalsRemoved: number, freeTextsAnonymised: number, accessLogReasonsAnonymised: number } };

export type ServiceAreasPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceAreasPageQuery = { sectors: Array<{ code: string, name: string, position: number, serviceAreas: Array<{ code: string, name: string, position: number }> }> };

export type RegisterSectorMutationVariables = Exact<{
  input: RegisterSectorInput;
}>;


export type RegisterSectorMutation = { registerSector: { code: string, name: string } };

export type RenameSectorMutationVariables = Exact<{
  input: RenameSectorInput;
}>;


export type RenameSectorMutation = { renameSector: { code: string, name: string } };

export type RegisterServiceAreaMutationVariables = Exact<{
  input: RegisterServiceAreaInput;
}>;


export type RegisterServiceAreaMutation = { registerServiceArea: { code: string, name: string, sector: { code: string, name: string } } };

export type UpdateServiceAreaMutationVariables = Exact<{
  input: UpdateServiceAreaInput;
}>;


export type UpdateServiceAreaMutation = { updateServiceArea: { code: string, name: string, sector: { code: string, name: string } } };

export type StartPageOverdueActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StartPageOverdueActionsQuery = { overdueFollowUpActions: Array<{ id: string, description: string, deadline: string, followUpId: string }> };

export type StartPageOverdueDeviationsQueryVariables = Exact<{ [key: string]: never; }>;


export type StartPageOverdueDeviationsQuery = { overdueDeviations: Array<{ id: string, kind: DeviationKind, description: string, reportedOn: string, twoMonthRule: { deadline: string } }> };

export type StartPageMissingReportsQueryVariables = Exact<{
  year: number;
  half?: number | null | undefined;
}>;


export type StartPageMissingReportsQuery = { unitsMissingReport: Array<{ id: string, name: string, providerId: string, provider: { name: string } }> };

export type StartPagePulseQueryVariables = Exact<{
  week: string;
}>;


export type StartPagePulseQuery = { pulseOverview: { period: { name: string } | null, signals: Array<{ providerId: string, providerName: string, unitName: string | null, questionText: string, answerType: PulseAnswerType, score: number }>, missing: Array<{ id: string, name: string }> } };

export type StartPageRisksQueryVariables = Exact<{ [key: string]: never; }>;


export type StartPageRisksQuery = { contracts: Array<{ id: string, reference: string, title: string, status: ContractStatus, providerId: string, risk: { score: number, parts: Array<{ kind: RiskSignalKind, count: number }> } }> };

export type StartPageProviderActivityQueryVariables = Exact<{ [key: string]: never; }>;


export type StartPageProviderActivityQuery = { providerActivity: Array<{ kind: ProviderActivityKind, year: number | null, half: number | null, version: number | null, followUpId: string | null, action: string | null, by: string, at: unknown, provider: { id: string, name: string }, unit: { name: string } | null }> };

export type StartPageCaseFlowDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type StartPageCaseFlowDeliveriesQuery = { caseFlowDeliveries: Array<{ providerId: string, providerName: string, unitName: string, months: Array<string>, reports: number, by: string, at: unknown }> };

export type StartPageOverdueSupervisionQueryVariables = Exact<{ [key: string]: never; }>;


export type StartPageOverdueSupervisionQuery = { overdueSupervisionResponses: Array<{ caseId: string, authority: SupervisingAuthority, caseNumber: string, responseId: string, required: string, dueOn: string }> };

export type IopWithoutFollowUpQueryVariables = Exact<{ [key: string]: never; }>;


export type IopWithoutFollowUpQuery = { iopContractsWithoutFollowUp: Array<{ contractId: string, reference: string, title: string, providerId: string, providerName: string, lastFollowedUpOn: string | null, dueSince: string }> };

export type SupervisionProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionProvidersQuery = { providers: Array<{ id: string, name: string, units: Array<{ id: string, name: string }> }> };

export type SupervisionCasesQueryVariables = Exact<{
  filter?: SupervisionCaseFilter | null | undefined;
}>;


export type SupervisionCasesQuery = { supervisionCases: Array<{ id: string, authority: SupervisingAuthority, caseNumber: string, providerId: string | null, unitId: string | null, examined: string, openedOn: string, decision: SupervisionDecision | null, decidedOn: string | null, decisionText: string | null, closedOn: string | null, responses: Array<{ id: string, required: string, dueOn: string, sentOn: string | null, overdue: boolean }> }> };

export type RegisterSupervisionCaseMutationVariables = Exact<{
  input: RegisterSupervisionCaseInput;
}>;


export type RegisterSupervisionCaseMutation = { registerSupervisionCase: { id: string, authority: SupervisingAuthority, caseNumber: string } };

export type AddSupervisionResponseMutationVariables = Exact<{
  input: AddSupervisionResponseInput;
}>;


export type AddSupervisionResponseMutation = { addSupervisionResponse: { id: string, version: number } };

export type MarkSupervisionResponseSentMutationVariables = Exact<{
  input: MarkSupervisionResponseSentInput;
}>;


export type MarkSupervisionResponseSentMutation = { markSupervisionResponseSent: { id: string, version: number } };

export type RecordSupervisionDecisionMutationVariables = Exact<{
  input: RecordSupervisionDecisionInput;
}>;


export type RecordSupervisionDecisionMutation = { recordSupervisionDecision: { id: string, version: number } };

export type CloseSupervisionCaseMutationVariables = Exact<{
  input: CloseSupervisionCaseInput;
}>;


export type CloseSupervisionCaseMutation = { closeSupervisionCase: { id: string, version: number, closedOn: string | null } };

export type SurveyAnswerFormRoundQueryVariables = Exact<{
  id: string;
}>;


export type SurveyAnswerFormRoundQuery = { surveyRound: { id: string, definitionId: string, status: SurveyRoundStatus, units: Array<{ unitId: string, name: string, optedOut: boolean }> } | null };

export type SurveyAnswerFormDefinitionQueryVariables = Exact<{
  id: string;
}>;


export type SurveyAnswerFormDefinitionQuery = { surveyDefinition: { questions: Array<{ id: string, text: string, options: Array<{ code: string, label: string }> }> } | null };

export type SubmitSurveyResponseMutationVariables = Exact<{
  input: SubmitSurveyResponseInput;
}>;


export type SubmitSurveyResponseMutation = { submitSurveyResponse: { id: string } };

export type SurveyByAnswerCodeQueryVariables = Exact<{
  code: string;
}>;


export type SurveyByAnswerCodeQuery = { surveyByAnswerCode: { surveyName: string, unitName: string, questions: Array<{ id: string, text: string, options: Array<{ code: string, label: string }> }> } };

export type SubmitSurveyAnswerByCodeMutationVariables = Exact<{
  input: SubmitSurveyAnswerByCodeInput;
}>;


export type SubmitSurveyAnswerByCodeMutation = { submitSurveyAnswerByCode: boolean };

export type SurveyCoverageQueryVariables = Exact<{
  id: string;
}>;


export type SurveyCoverageQuery = { surveyRound: { id: string, units: Array<{ unitId: string, name: string, offered: number, placed: number | null, optedOut: boolean, coverage: { numerator: number, denominator: number, share: number | null } | null }> } | null };

export type SurveyCrossTabQueryVariables = Exact<{
  roundId: string;
  rowQuestionId: string;
  columnQuestionId: string;
}>;


export type SurveyCrossTabQuery = { surveyCrossTab: { minCell: number, rowQuestionText: string, columnQuestionText: string, answers: number | null, rows: Array<{ optionCode: string, optionLabel: string, suppressed: boolean, answers: number | null, cells: Array<{ optionCode: string, nonSubstantive: boolean, suppressed: boolean, count: number | null, share: { numerator: number, denominator: number, share: number | null } | null }> }>, columns: Array<{ optionCode: string, optionLabel: string, suppressed: boolean, answers: number | null }> } };

export type CreateSurveyDefinitionMutationVariables = Exact<{
  input: CreateSurveyDefinitionInput;
}>;


export type CreateSurveyDefinitionMutation = { createSurveyDefinition: { id: string, code: string, version: number, name: string } };

export type ImportSurveyResponsesMutationVariables = Exact<{
  roundId: string;
  csv: string;
}>;


export type ImportSurveyResponsesMutation = { importSurveyResponses: { accepted: boolean, imported: number, errors: Array<{ line: number, column: string, rule: string, params: unknown }> } };

export type ImportKoladaValuesMutationVariables = Exact<{
  json: string;
}>;


export type ImportKoladaValuesMutation = { importKoladaValues: { accepted: boolean, imported: number, problems: Array<{ field: string | null, rule: string, params: unknown }> } };

export type SurveyKoladaDefinitionQueryVariables = Exact<{
  id: string;
}>;


export type SurveyKoladaDefinitionQuery = { surveyDefinition: { id: string, name: string, version: number, questions: Array<{ id: string, text: string, koladaKpi: string | null, koladaKpiByServiceArea: Array<{ serviceArea: string, kpi: string }> }> } | null };

export type SetSurveyQuestionKoladaMutationVariables = Exact<{
  input: SetSurveyQuestionKoladaInput;
}>;


export type SetSurveyQuestionKoladaMutation = { setSurveyQuestionKolada: { id: string, questions: Array<{ id: string, koladaKpi: string | null, koladaKpiByServiceArea: Array<{ serviceArea: string, kpi: string }> }> } };

export type SurveyRoundAdminLinksQueryVariables = Exact<{
  roundId: string;
}>;


export type SurveyRoundAdminLinksQuery = { surveyAnswerLinks: Array<{ unitId: string, unitName: string, code: string }> };

export type CloseSurveyRoundMutationVariables = Exact<{
  roundId: string;
}>;


export type CloseSurveyRoundMutation = { closeSurveyRound: { id: string, status: SurveyRoundStatus, closedOn: string | null } };

export type SurveyRoundFormDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyRoundFormDefinitionsQuery = { surveyDefinitions: Array<{ id: string, code: string, version: number, name: string }> };

export type SurveyRoundFormUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyRoundFormUnitsQuery = { units: Array<{ id: string, name: string, provider: { name: string } }> };

export type CreateSurveyRoundMutationVariables = Exact<{
  input: CreateSurveyRoundInput;
}>;


export type CreateSurveyRoundMutation = { createSurveyRound: { id: string, name: string, period: string } };

export type SurveysPageRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveysPageRoundsQuery = { surveyRounds: Array<{ id: string, definitionId: string, name: string, period: string, status: SurveyRoundStatus }> };

export type SurveysPageResultsQueryVariables = Exact<{
  roundId: string;
  groupBy: SurveyResultGrouping;
  compareWithRoundId?: string | null | undefined;
}>;


export type SurveysPageResultsQuery = { surveyResults: Array<{ key: string, name: string | null, answers: number, responseRate: { numerator: number, denominator: number, share: number | null, excluded: Array<{ reasonCode: ExclusionReason, units: number | null, count: number }> } | null, previousResponseRate: { numerator: number, denominator: number, share: number | null } | null, questions: Array<{ questionId: string, text: string, suppressed: boolean, national: number | null, sharePositive: { numerator: number, denominator: number, share: number | null, excluded: Array<{ reasonCode: ExclusionReason, units: number | null, count: number }> } | null, interval: { low: number, high: number } | null }> }> };

export type SurveysPageDistributionQueryVariables = Exact<{
  roundId: string;
  groupBy: SurveyResultGrouping;
}>;


export type SurveysPageDistributionQuery = { surveyAnswerDistribution: Array<{ groupKey: string, questionId: string, optionCode: string, optionLabel: string, nonSubstantive: boolean, suppressed: boolean, count: number | null, share: { numerator: number, denominator: number, share: number | null } | null }> };

export type ThematicFollowUpPageQueryVariables = Exact<{
  id: string;
}>;


export type ThematicFollowUpPageQuery = { thematicFollowUp: { scopeKind: ThematicScopeKind, serviceArea: string | null, followUp: { id: string, title: string, purpose: string | null, plannedOn: string, type: FollowUpType }, guide: { title: string, version: number, questions: Array<{ key: string, text: string, answerType: AnswerType, options: Array<string>, requirement: string | null, askedWhenYes: string | null }> }, units: Array<{ unitId: string, name: string, providerName: string, serviceArea: string, answers: Array<{ questionKey: string, value: string }> | null }>, results: Array<{ questionKey: string, of: number, values: Array<{ value: string, count: number }>, byProvider: Array<{ providerName: string, yes: { count: number, of: number } }>, byServiceArea: Array<{ serviceArea: string, yes: { count: number, of: number } }>, previous: { yes: { count: number, of: number } } | null }>, children: Array<{ id: string, title: string, parentFollowUpId: string | null }> } | null };

export type RecordUnitFindingsMutationVariables = Exact<{
  input: RecordUnitFindingsInput;
}>;


export type RecordUnitFindingsMutation = { recordUnitFindings: { followUp: { id: string } } };

export type StartSpecificFollowUpsMutationVariables = Exact<{
  input: StartSpecificFollowUpsInput;
}>;


export type StartSpecificFollowUpsMutation = { startSpecificFollowUps: Array<{ id: string }> };

export type PortalUnitsQueryVariables = Exact<{
  id: string;
}>;


export type PortalUnitsQuery = { provider: { id: string, name: string, units: Array<{ id: string, name: string, serviceArea: string }> } | null };

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

export const SessionCheckDocument = new TypedDocumentString(`
    query SessionCheck {
  __typename
}
    `) as unknown as TypedDocumentString<SessionCheckQuery, SessionCheckQueryVariables>;
export const AddContractRequirementDocument = new TypedDocumentString(`
    mutation AddContractRequirement($input: AddContractRequirementInput!) {
  addContractRequirement(input: $input) {
    id
    key
    label
  }
}
    `) as unknown as TypedDocumentString<AddContractRequirementMutation, AddContractRequirementMutationVariables>;
export const UpdateContractRequirementDocument = new TypedDocumentString(`
    mutation UpdateContractRequirement($input: UpdateContractRequirementInput!) {
  updateContractRequirement(input: $input) {
    id
    key
    label
  }
}
    `) as unknown as TypedDocumentString<UpdateContractRequirementMutation, UpdateContractRequirementMutationVariables>;
export const RemoveContractRequirementDocument = new TypedDocumentString(`
    mutation RemoveContractRequirement($requirementId: ID!) {
  removeContractRequirement(requirementId: $requirementId) {
    id
    label
  }
}
    `) as unknown as TypedDocumentString<RemoveContractRequirementMutation, RemoveContractRequirementMutationVariables>;
export const DeviationImportSourcesDocument = new TypedDocumentString(`
    query DeviationImportSources {
  deviationImportSources {
    code
    name
    unitCodeSystem
    version
    updatedAt
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
    `) as unknown as TypedDocumentString<DeviationImportSourcesQuery, DeviationImportSourcesQueryVariables>;
export const DeviationImportPreviewDocument = new TypedDocumentString(`
    query DeviationImportPreview($csv: String!, $source: String) {
  previewDeviationImport(csv: $csv, source: $source) {
    accepted
    created
    changed
    unchanged
    errors {
      line
      column
      rule
      params
    }
    rows {
      line
      externalId
      unitName
      kind
      occurredOn
      reportedOn
      status
      categoryLabel
      change
    }
  }
}
    `) as unknown as TypedDocumentString<DeviationImportPreviewQuery, DeviationImportPreviewQueryVariables>;
export const DeviationsImportDocument = new TypedDocumentString(`
    mutation DeviationsImport($csv: String!, $source: String) {
  importDeviations(csv: $csv, source: $source) {
    accepted
    imported
    created
    changed
    unchanged
    errors {
      line
      column
      rule
      params
    }
  }
}
    `) as unknown as TypedDocumentString<DeviationsImportMutation, DeviationsImportMutationVariables>;
export const DeviationImportJobDocument = new TypedDocumentString(`
    query DeviationImportJob($id: ID!) {
  deviationImportJob(id: $id) {
    id
    status
    dryRun
    bytesTotal
    bytesRead
    rowsRead
    rowsDone
    created
    changed
    unchanged
    errorCount
    errors {
      line
      column
      rule
      params
    }
    preview {
      line
      externalId
      unitName
      kind
      occurredOn
      reportedOn
      status
      categoryLabel
      change
    }
  }
}
    `) as unknown as TypedDocumentString<DeviationImportJobQuery, DeviationImportJobQueryVariables>;
export const ForecastDataPageSubmitPlacementsDocument = new TypedDocumentString(`
    mutation ForecastDataPageSubmitPlacements($input: PlacementReportInput!) {
  submitPlacementReport(input: $input) {
    id
    unitId
    month
    form
    version
  }
}
    `) as unknown as TypedDocumentString<ForecastDataPageSubmitPlacementsMutation, ForecastDataPageSubmitPlacementsMutationVariables>;
export const ServiceAreaListDocument = new TypedDocumentString(`
    query ServiceAreaList {
  serviceAreas {
    code
    name
    sectorCode
    position
  }
  sectors {
    code
    name
    position
  }
}
    `) as unknown as TypedDocumentString<ServiceAreaListQuery, ServiceAreaListQueryVariables>;
export const SpreadsheetImportCaseFlowsDocument = new TypedDocumentString(`
    mutation SpreadsheetImportCaseFlows($csv: String!, $dryRun: Boolean!, $unitCodeSystem: String) {
  importCaseFlowReports(
    csv: $csv
    dryRun: $dryRun
    unitCodeSystem: $unitCodeSystem
  ) {
    accepted
    imported
    created
    changed
    unchanged
    errors {
      line
      column
      rule
      params
    }
    rows {
      line
      change
      unitName
      service
      month
      source
      incoming
      outgoing
      closedByReason {
        reason
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SpreadsheetImportCaseFlowsMutation, SpreadsheetImportCaseFlowsMutationVariables>;
export const SpreadsheetImportPlacementsDocument = new TypedDocumentString(`
    mutation SpreadsheetImportPlacements($csv: String!, $dryRun: Boolean!, $unitCodeSystem: String) {
  importPlacementReports(
    csv: $csv
    dryRun: $dryRun
    unitCodeSystem: $unitCodeSystem
  ) {
    accepted
    imported
    created
    changed
    unchanged
    errors {
      line
      column
      rule
      params
    }
    rows {
      line
      change
      unitId
      unitName
      month
      form
      placed
      careDays
      costSek
      ended
      endedDurationDays
    }
  }
}
    `) as unknown as TypedDocumentString<SpreadsheetImportPlacementsMutation, SpreadsheetImportPlacementsMutationVariables>;
export const SpreadsheetImportStaffingDocument = new TypedDocumentString(`
    mutation SpreadsheetImportStaffing($csv: String!, $dryRun: Boolean!, $unitCodeSystem: String) {
  importStaffingReports(
    csv: $csv
    dryRun: $dryRun
    unitCodeSystem: $unitCodeSystem
  ) {
    accepted
    imported
    created
    changed
    unchanged
    errors {
      line
      column
      rule
      params
    }
    rows {
      line
      change
      unitName
      year
      half
      version
      managers
      permanent
      temporary
      hourly
      sickLeavePercent
      staffTurnoverPercent
      jobTitles {
        title
        headcount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SpreadsheetImportStaffingMutation, SpreadsheetImportStaffingMutationVariables>;
export const SpreadsheetImportClosureReasonsDocument = new TypedDocumentString(`
    query SpreadsheetImportClosureReasons {
  closureReasons {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<SpreadsheetImportClosureReasonsQuery, SpreadsheetImportClosureReasonsQueryVariables>;
export const SpreadsheetImportUnitCodeSystemsDocument = new TypedDocumentString(`
    query SpreadsheetImportUnitCodeSystems {
  units {
    id
    externalCodes {
      system
    }
  }
}
    `) as unknown as TypedDocumentString<SpreadsheetImportUnitCodeSystemsQuery, SpreadsheetImportUnitCodeSystemsQueryVariables>;
export const AccessLogPageDocument = new TypedDocumentString(`
    query AccessLogPage($filter: AccessLogFilter, $paging: AccessLogPaging) {
  accessLog(filter: $filter, paging: $paging) {
    total
    offset
    limit
    items {
      id
      readAt
      readerSub
      readerName
      readerRoles
      recordKind
      recordIds
      deviationKind
      field
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<AccessLogPageQuery, AccessLogPageQueryVariables>;
export const MyAccessLogPageDocument = new TypedDocumentString(`
    query MyAccessLogPage($paging: AccessLogPaging) {
  myAccessLog(paging: $paging) {
    total
    offset
    limit
    items {
      id
      readAt
      readerSub
      readerName
      readerRoles
      recordKind
      recordIds
      deviationKind
      field
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<MyAccessLogPageQuery, MyAccessLogPageQueryVariables>;
export const BoardsPageDocument = new TypedDocumentString(`
    query BoardsPage {
  boards {
    id
    name
    departments {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<BoardsPageQuery, BoardsPageQueryVariables>;
export const RegisterBoardDocument = new TypedDocumentString(`
    mutation RegisterBoard($input: RegisterBoardInput!) {
  registerBoard(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RegisterBoardMutation, RegisterBoardMutationVariables>;
export const RenameBoardDocument = new TypedDocumentString(`
    mutation RenameBoard($input: RenameBoardInput!) {
  renameBoard(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RenameBoardMutation, RenameBoardMutationVariables>;
export const RegisterDepartmentDocument = new TypedDocumentString(`
    mutation RegisterDepartment($input: RegisterDepartmentInput!) {
  registerDepartment(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RegisterDepartmentMutation, RegisterDepartmentMutationVariables>;
export const DeviationCategoriesPageDocument = new TypedDocumentString(`
    query DeviationCategoriesPage {
  deviationCategories(includeRetired: true) {
    id
    code
    label
    kinds
    active
  }
}
    `) as unknown as TypedDocumentString<DeviationCategoriesPageQuery, DeviationCategoriesPageQueryVariables>;
export const DeviationCategoriesPageCreateDocument = new TypedDocumentString(`
    mutation DeviationCategoriesPageCreate($input: CreateDeviationCategoryInput!) {
  createDeviationCategory(input: $input) {
    id
    label
  }
}
    `) as unknown as TypedDocumentString<DeviationCategoriesPageCreateMutation, DeviationCategoriesPageCreateMutationVariables>;
export const DeviationCategoriesPageSetActiveDocument = new TypedDocumentString(`
    mutation DeviationCategoriesPageSetActive($input: SetDeviationCategoryActiveInput!) {
  setDeviationCategoryActive(input: $input) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<DeviationCategoriesPageSetActiveMutation, DeviationCategoriesPageSetActiveMutationVariables>;
export const DeviationDecisionsPageOpenDocument = new TypedDocumentString(`
    query DeviationDecisionsPageOpen {
  decisionsNotExecuted(openOnly: true) {
    id
    serviceArea
    law
    gender
    intervention
    decidedOn
    interruptedOn
    reason
    executedOn
    unitId
  }
}
    `) as unknown as TypedDocumentString<DeviationDecisionsPageOpenQuery, DeviationDecisionsPageOpenQueryVariables>;
export const DeviationDecisionsPageQuartersDocument = new TypedDocumentString(`
    query DeviationDecisionsPageQuarters($year: Int!) {
  decisionsNotExecutedByQuarter(year: $year) {
    quarter
    year
    number
    count
    ended
    reportedOn
    reportedBy
    reportedCount
    bySector {
      sector
      name
      count
    }
  }
}
    `) as unknown as TypedDocumentString<DeviationDecisionsPageQuartersQuery, DeviationDecisionsPageQuartersQueryVariables>;
export const DeviationDecisionsPageQuarterReportDocument = new TypedDocumentString(`
    query DeviationDecisionsPageQuarterReport($input: DecisionQuarterInput!) {
  decisionsNotExecutedQuarterReport(input: $input) {
    quarter
    count
    executedInQuarter
    byIntervention {
      key
      numerator
      denominator
      share
      executedInQuarter
    }
    byLaw {
      key
      numerator
      denominator
      share
      executedInQuarter
    }
    byGender {
      key
      numerator
      denominator
      share
      executedInQuarter
    }
    decisions {
      id
      intervention
      law
      gender
      decidedOn
      interruptedOn
      executedOn
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<DeviationDecisionsPageQuarterReportQuery, DeviationDecisionsPageQuarterReportQueryVariables>;
export const DeviationDecisionsPageRegisterDocument = new TypedDocumentString(`
    mutation DeviationDecisionsPageRegister($input: RegisterDecisionNotExecutedInput!) {
  registerDecisionNotExecuted(input: $input) {
    id
    intervention
  }
}
    `) as unknown as TypedDocumentString<DeviationDecisionsPageRegisterMutation, DeviationDecisionsPageRegisterMutationVariables>;
export const DeviationDecisionsPageMarkExecutedDocument = new TypedDocumentString(`
    mutation DeviationDecisionsPageMarkExecuted($input: MarkDecisionExecutedInput!) {
  markDecisionExecuted(input: $input) {
    id
    executedOn
  }
}
    `) as unknown as TypedDocumentString<DeviationDecisionsPageMarkExecutedMutation, DeviationDecisionsPageMarkExecutedMutationVariables>;
export const DeviationDecisionsPageRecordQuarterReportedDocument = new TypedDocumentString(`
    mutation DeviationDecisionsPageRecordQuarterReported($input: DecisionQuarterInput!) {
  recordQuarterReported(input: $input) {
    quarter
    reportedOn
    reportedBy
  }
}
    `) as unknown as TypedDocumentString<DeviationDecisionsPageRecordQuarterReportedMutation, DeviationDecisionsPageRecordQuarterReportedMutationVariables>;
export const SaveDeviationImportSourceDocument = new TypedDocumentString(`
    mutation SaveDeviationImportSource($input: SaveImportSourceInput!) {
  saveDeviationImportSource(input: $input) {
    code
    name
    version
  }
}
    `) as unknown as TypedDocumentString<SaveDeviationImportSourceMutation, SaveDeviationImportSourceMutationVariables>;
export const DeviationImportSourceCategoriesDocument = new TypedDocumentString(`
    query DeviationImportSourceCategories {
  deviationCategories {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<DeviationImportSourceCategoriesQuery, DeviationImportSourceCategoriesQueryVariables>;
export const DeviationImprovementsPageDocument = new TypedDocumentString(`
    query DeviationImprovementsPage {
  improvements {
    id
    title
    phase
    plan
    doNotes
    studyResult
    studyNotes
    actDecision
    actNotes
    actCompletedOn
    studyDueOn
    deviations {
      id
      kind
      reportedOn
      description
      unit {
        id
        name
      }
    }
    deviationIds
    followUpId
  }
}
    `) as unknown as TypedDocumentString<DeviationImprovementsPageQuery, DeviationImprovementsPageQueryVariables>;
export const DeviationImprovementsPageStatisticsDocument = new TypedDocumentString(`
    query DeviationImprovementsPageStatistics($interval: ImprovementInterval!, $filter: ImprovementStatisticsFilter) {
  improvementStatistics(interval: $interval, filter: $filter) {
    period
    from
    to
    started
    finished
    openAtEnd
    adopted {
      numerator
      denominator
      share
    }
    adapted {
      numerator
      denominator
      share
    }
    abandoned {
      numerator
      denominator
      share
    }
  }
}
    `) as unknown as TypedDocumentString<DeviationImprovementsPageStatisticsQuery, DeviationImprovementsPageStatisticsQueryVariables>;
export const DeviationImprovementsPageUnitsDocument = new TypedDocumentString(`
    query DeviationImprovementsPageUnits {
  units {
    id
    name
    providerId
  }
}
    `) as unknown as TypedDocumentString<DeviationImprovementsPageUnitsQuery, DeviationImprovementsPageUnitsQueryVariables>;
export const DeviationImprovementsPageSourceDocument = new TypedDocumentString(`
    query DeviationImprovementsPageSource($id: ID!) {
  deviation(id: $id) {
    id
    unit {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeviationImprovementsPageSourceQuery, DeviationImprovementsPageSourceQueryVariables>;
export const DeviationImprovementsPageUnitDeviationsDocument = new TypedDocumentString(`
    query DeviationImprovementsPageUnitDeviations($filter: DeviationFilter) {
  deviations(filter: $filter) {
    id
    kind
    reportedOn
    description
  }
}
    `) as unknown as TypedDocumentString<DeviationImprovementsPageUnitDeviationsQuery, DeviationImprovementsPageUnitDeviationsQueryVariables>;
export const DeviationImprovementsPageFollowUpsDocument = new TypedDocumentString(`
    query DeviationImprovementsPageFollowUps {
  followUps {
    id
    title
    plannedOn
    providerId
  }
}
    `) as unknown as TypedDocumentString<DeviationImprovementsPageFollowUpsQuery, DeviationImprovementsPageFollowUpsQueryVariables>;
export const DeviationImprovementsPageCreateDocument = new TypedDocumentString(`
    mutation DeviationImprovementsPageCreate($input: CreateImprovementInput!) {
  createImprovement(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<DeviationImprovementsPageCreateMutation, DeviationImprovementsPageCreateMutationVariables>;
export const DeviationImprovementsPageCompletePhaseDocument = new TypedDocumentString(`
    mutation DeviationImprovementsPageCompletePhase($input: CompleteImprovementPhaseInput!) {
  completeImprovementPhase(input: $input) {
    id
    phase
  }
}
    `) as unknown as TypedDocumentString<DeviationImprovementsPageCompletePhaseMutation, DeviationImprovementsPageCompletePhaseMutationVariables>;
export const DeviationImprovementsPageLinkDeviationsDocument = new TypedDocumentString(`
    mutation DeviationImprovementsPageLinkDeviations($input: LinkImprovementToDeviationsInput!) {
  linkImprovementToDeviations(input: $input) {
    id
    deviationIds
  }
}
    `) as unknown as TypedDocumentString<DeviationImprovementsPageLinkDeviationsMutation, DeviationImprovementsPageLinkDeviationsMutationVariables>;
export const DeviationImprovementsPageLinkFollowUpDocument = new TypedDocumentString(`
    mutation DeviationImprovementsPageLinkFollowUp($input: LinkImprovementToFollowUpInput!) {
  linkImprovementToFollowUp(input: $input) {
    id
    followUpId
  }
}
    `) as unknown as TypedDocumentString<DeviationImprovementsPageLinkFollowUpMutation, DeviationImprovementsPageLinkFollowUpMutationVariables>;
export const DeviationPageDocument = new TypedDocumentString(`
    query DeviationPage($id: ID!) {
  deviation(id: $id) {
    id
    kind
    status
    serviceArea
    occurredOn
    reportedOn
    description
    redactions
    investigationStartedOn
    actionsRegisteredOn
    actions
    finalAssessedOn
    finalAssessment
    closedOn
    seriousness
    ivoReportedOn
    ivoReference
    complainant
    complaintCategory
    category {
      code
      label
      active
    }
    unit {
      id
      name
    }
    provider {
      id
      name
    }
    twoMonthRule {
      deadline
      actionsInTime
      assessedInTime
      overdue
    }
    statusHistory {
      fromStatus
      toStatus
      changedBy
      changedAt
    }
    followUpId
    improvements {
      id
      title
      phase
      actDecision
    }
    rootCauses {
      id
      label
      active
    }
    assessmentHistory {
      seriousness
      ivoReportedOn
      ivoReference
      changedBy
      changedAt
    }
  }
}
    `) as unknown as TypedDocumentString<DeviationPageQuery, DeviationPageQueryVariables>;
export const DeviationPageChangeStatusDocument = new TypedDocumentString(`
    mutation DeviationPageChangeStatus($input: ChangeDeviationStatusInput!) {
  changeDeviationStatus(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeviationPageChangeStatusMutation, DeviationPageChangeStatusMutationVariables>;
export const DeviationPageAssessSeriousnessDocument = new TypedDocumentString(`
    mutation DeviationPageAssessSeriousness($input: AssessSeriousnessInput!) {
  assessSeriousness(input: $input) {
    id
    seriousness
  }
}
    `) as unknown as TypedDocumentString<DeviationPageAssessSeriousnessMutation, DeviationPageAssessSeriousnessMutationVariables>;
export const DeviationPageReportToIvoDocument = new TypedDocumentString(`
    mutation DeviationPageReportToIvo($input: ReportToIvoInput!) {
  reportDeviationToIvo(input: $input) {
    id
    ivoReportedOn
    ivoReference
  }
}
    `) as unknown as TypedDocumentString<DeviationPageReportToIvoMutation, DeviationPageReportToIvoMutationVariables>;
export const DeviationPageRootCausesDocument = new TypedDocumentString(`
    query DeviationPageRootCauses {
  rootCauses(includeRetired: false) {
    id
    label
  }
}
    `) as unknown as TypedDocumentString<DeviationPageRootCausesQuery, DeviationPageRootCausesQueryVariables>;
export const DeviationPageSetRootCausesDocument = new TypedDocumentString(`
    mutation DeviationPageSetRootCauses($input: SetRootCausesInput!) {
  setDeviationRootCauses(input: $input) {
    id
    rootCauses {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeviationPageSetRootCausesMutation, DeviationPageSetRootCausesMutationVariables>;
export const DeviationPageCategoriesDocument = new TypedDocumentString(`
    query DeviationPageCategories($kind: DeviationKind!) {
  deviationCategories(kind: $kind) {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<DeviationPageCategoriesQuery, DeviationPageCategoriesQueryVariables>;
export const DeviationPageSetCategoryDocument = new TypedDocumentString(`
    mutation DeviationPageSetCategory($input: SetDeviationCategoryInput!) {
  setDeviationCategory(input: $input) {
    id
    categoryCode
  }
}
    `) as unknown as TypedDocumentString<DeviationPageSetCategoryMutation, DeviationPageSetCategoryMutationVariables>;
export const DeviationPageFollowUpsDocument = new TypedDocumentString(`
    query DeviationPageFollowUps {
  followUps {
    id
    title
    plannedOn
  }
}
    `) as unknown as TypedDocumentString<DeviationPageFollowUpsQuery, DeviationPageFollowUpsQueryVariables>;
export const DeviationPageLinkFollowUpDocument = new TypedDocumentString(`
    mutation DeviationPageLinkFollowUp($input: LinkFollowUpInput!) {
  linkDeviationToFollowUp(input: $input) {
    id
    followUpId
  }
}
    `) as unknown as TypedDocumentString<DeviationPageLinkFollowUpMutation, DeviationPageLinkFollowUpMutationVariables>;
export const DeviationPageOriginalDocument = new TypedDocumentString(`
    query DeviationPageOriginal($id: ID!, $reason: String) {
  deviation(id: $id) {
    id
    protectedDescription(reason: $reason)
  }
}
    `) as unknown as TypedDocumentString<DeviationPageOriginalQuery, DeviationPageOriginalQueryVariables>;
export const DeviationRootCausesPageDocument = new TypedDocumentString(`
    query DeviationRootCausesPage {
  rootCauses(includeRetired: true) {
    id
    code
    label
    active
  }
}
    `) as unknown as TypedDocumentString<DeviationRootCausesPageQuery, DeviationRootCausesPageQueryVariables>;
export const DeviationRootCausesPageCreateDocument = new TypedDocumentString(`
    mutation DeviationRootCausesPageCreate($input: CreateRootCauseInput!) {
  createRootCause(input: $input) {
    id
    label
  }
}
    `) as unknown as TypedDocumentString<DeviationRootCausesPageCreateMutation, DeviationRootCausesPageCreateMutationVariables>;
export const DeviationRootCausesPageSetActiveDocument = new TypedDocumentString(`
    mutation DeviationRootCausesPageSetActive($input: SetRootCauseActiveInput!) {
  setRootCauseActive(input: $input) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<DeviationRootCausesPageSetActiveMutation, DeviationRootCausesPageSetActiveMutationVariables>;
export const DeviationsPageListDocument = new TypedDocumentString(`
    query DeviationsPageList($filter: DeviationFilter, $paging: DeviationPaging) {
  deviationsPage(filter: $filter, paging: $paging) {
    total
    offset
    limit
    items {
      id
      kind
      status
      occurredOn
      reportedOn
      description
      unit {
        id
        name
      }
      provider {
        id
        name
      }
      twoMonthRule {
        deadline
        overdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeviationsPageListQuery, DeviationsPageListQueryVariables>;
export const DeviationsPageStatisticsDocument = new TypedDocumentString(`
    query DeviationsPageStatistics($filter: StatisticsFilter) {
  deviationStatisticsBy(groupBy: SECTOR, filter: $filter) {
    key
    name
    statistics {
      deviations
      lexSarah
      lexSarahReportedToIvo
      lexMaria
      complaints
      overdue
      closedWithinTwoMonths {
        numerator
        denominator
        share
      }
      actionsRegistered {
        numerator
        denominator
        share
      }
    }
  }
  deviationTrend(interval: MONTH, filter: $filter) {
    period
    deviations
    complaints
    lexSarah
  }
}
    `) as unknown as TypedDocumentString<DeviationsPageStatisticsQuery, DeviationsPageStatisticsQueryVariables>;
export const DeviationsPageBoardsDocument = new TypedDocumentString(`
    query DeviationsPageBoards {
  boards {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<DeviationsPageBoardsQuery, DeviationsPageBoardsQueryVariables>;
export const DeviationsPageUnitsDocument = new TypedDocumentString(`
    query DeviationsPageUnits {
  units {
    id
    name
    provider {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DeviationsPageUnitsQuery, DeviationsPageUnitsQueryVariables>;
export const DeviationsPageCategoriesDocument = new TypedDocumentString(`
    query DeviationsPageCategories($kind: DeviationKind) {
  deviationCategories(kind: $kind) {
    id
    code
    label
  }
}
    `) as unknown as TypedDocumentString<DeviationsPageCategoriesQuery, DeviationsPageCategoriesQueryVariables>;
export const DeviationsPageBreakdownsDocument = new TypedDocumentString(`
    query DeviationsPageBreakdowns($filter: StatisticsFilter) {
  byCategory: deviationBreakdown(by: CATEGORY, filter: $filter) {
    denominator
    previousYearDenominator
    previousYearPeriod {
      from
      to
    }
    entries {
      key
      label
      count {
        numerator
        denominator
        share
      }
      previousYear {
        numerator
        denominator
        share
      }
      change
    }
  }
  byRootCause: deviationBreakdown(by: ROOT_CAUSE, filter: $filter) {
    denominator
    previousYearDenominator
    previousYearPeriod {
      from
      to
    }
    entries {
      key
      label
      count {
        numerator
        denominator
        share
      }
      previousYear {
        numerator
        denominator
        share
      }
      change
    }
  }
}
    `) as unknown as TypedDocumentString<DeviationsPageBreakdownsQuery, DeviationsPageBreakdownsQueryVariables>;
export const DeviationsPageReportDocument = new TypedDocumentString(`
    mutation DeviationsPageReport($input: ReportDeviationInput!) {
  reportDeviation(input: $input) {
    id
    kind
  }
}
    `) as unknown as TypedDocumentString<DeviationsPageReportMutation, DeviationsPageReportMutationVariables>;
export const DeviationsPageComplaintDocument = new TypedDocumentString(`
    mutation DeviationsPageComplaint($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
    kind
  }
}
    `) as unknown as TypedDocumentString<DeviationsPageComplaintMutation, DeviationsPageComplaintMutationVariables>;
export const ChangeDeviationStatusDocument = new TypedDocumentString(`
    mutation ChangeDeviationStatus($input: ChangeDeviationStatusInput!) {
  changeDeviationStatus(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ChangeDeviationStatusMutation, ChangeDeviationStatusMutationVariables>;
export const FollowUpPageDocument = new TypedDocumentString(`
    query FollowUpPage($id: ID!) {
  followUp(id: $id) {
    id
    title
    purpose
    type
    status
    plannedOn
    responsible
    assistant
    methods
    checklist {
      item
      done
    }
    findings
    decisionNeeded
    reportedOn
    publishedOn
    closedOn
    boardMeetingOn
    cancellationReason
    contract {
      reference
      title
    }
    requirementChecks {
      requirement {
        id
        key
        label
        comparison
        target
        measureUnit
      }
      measured
      note
      outcome
      judged {
        label
        comparison
        target
        measureUnit
      }
      changedSinceJudged
      guideAnswers {
        followUpTitle
        questionText
        unitName
        value
        outcome
      }
    }
    actions {
      id
      description
      deadline
      status
      actionPlan
      completedOn
      verifiedOn
      rechecks {
        checkedOn
        met
        note
        newDeadline
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpPageQuery, FollowUpPageQueryVariables>;
export const PrepareFollowUpDocument = new TypedDocumentString(`
    mutation PrepareFollowUp($input: PrepareFollowUpInput!) {
  prepareFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrepareFollowUpMutation, PrepareFollowUpMutationVariables>;
export const StartFollowUpDocument = new TypedDocumentString(`
    mutation StartFollowUp($id: ID!) {
  startFollowUp(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartFollowUpMutation, StartFollowUpMutationVariables>;
export const ReportFollowUpDocument = new TypedDocumentString(`
    mutation ReportFollowUp($input: ReportFollowUpInput!) {
  reportFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportFollowUpMutation, ReportFollowUpMutationVariables>;
export const RecheckFollowUpActionDocument = new TypedDocumentString(`
    mutation RecheckFollowUpAction($input: RecheckActionInput!) {
  recheckFollowUpAction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecheckFollowUpActionMutation, RecheckFollowUpActionMutationVariables>;
export const CloseFollowUpDocument = new TypedDocumentString(`
    mutation CloseFollowUp($id: ID!) {
  closeFollowUp(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseFollowUpMutation, CloseFollowUpMutationVariables>;
export const PublishFollowUpReportDocument = new TypedDocumentString(`
    mutation PublishFollowUpReport($id: ID!) {
  publishFollowUpReport(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PublishFollowUpReportMutation, PublishFollowUpReportMutationVariables>;
export const CancelFollowUpDocument = new TypedDocumentString(`
    mutation CancelFollowUp($input: CancelFollowUpInput!) {
  cancelFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CancelFollowUpMutation, CancelFollowUpMutationVariables>;
export const RecordRequirementFindingDocument = new TypedDocumentString(`
    mutation RecordRequirementFinding($input: RecordRequirementFindingInput!) {
  recordRequirementFinding(input: $input) {
    measured
    outcome
    requirement {
      id
      label
    }
  }
}
    `) as unknown as TypedDocumentString<RecordRequirementFindingMutation, RecordRequirementFindingMutationVariables>;
export const FollowUpsPageDocument = new TypedDocumentString(`
    query FollowUpsPage($year: Int!, $boardId: ID) {
  boards {
    id
    name
  }
  followUpPlan(year: $year, boardId: $boardId) {
    year
    boardId
    focusAreas
    periods {
      startsOn
      endsOn
      target
    }
    progress {
      period
      startsOn
      endsOn
      target
      planned
      done
      unplanned
    }
  }
  providers {
    id
    name
    units {
      id
      name
    }
  }
  contracts {
    id
    reference
    title
    status
  }
  boardQueue {
    id
    title
    reportedOn
    contract {
      reference
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpsPageQuery, FollowUpsPageQueryVariables>;
export const SaveFollowUpPlanDocument = new TypedDocumentString(`
    mutation SaveFollowUpPlan($input: FollowUpPlanInput!) {
  saveFollowUpPlan(input: $input) {
    year
  }
}
    `) as unknown as TypedDocumentString<SaveFollowUpPlanMutation, SaveFollowUpPlanMutationVariables>;
export const PlanFollowUpsDocument = new TypedDocumentString(`
    mutation PlanFollowUps($input: PlanFollowUpsInput!) {
  planFollowUps(input: $input) {
    id
    seed
    asOf
    shares {
      complaints
      ordering
      random
    }
    shortfall
    proposals {
      rank
      contractId
      reference
      third
      reasonCode
      orderedPosition
      riskScore
      complaints
      riskParts {
        kind
        count
        points
      }
    }
    skippedOrdered {
      contractId
      reasonCode
    }
  }
}
    `) as unknown as TypedDocumentString<PlanFollowUpsMutation, PlanFollowUpsMutationVariables>;
export const AcceptFollowUpProposalsDocument = new TypedDocumentString(`
    mutation AcceptFollowUpProposals($id: ID!, $input: AcceptProposalsInput) {
  acceptFollowUpProposals(selectionId: $id, contractIds: [], input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptFollowUpProposalsMutation, AcceptFollowUpProposalsMutationVariables>;
export const PresentFollowUpToBoardDocument = new TypedDocumentString(`
    mutation PresentFollowUpToBoard($input: PresentToBoardInput!) {
  presentFollowUpToBoard(input: $input) {
    id
    boardMeetingOn
  }
}
    `) as unknown as TypedDocumentString<PresentFollowUpToBoardMutation, PresentFollowUpToBoardMutationVariables>;
export const FollowUpsPageListDocument = new TypedDocumentString(`
    query FollowUpsPageList($year: Int, $status: FollowUpStatus, $type: FollowUpType, $providerId: ID, $unitId: ID, $search: String, $sortBy: FollowUpSortField!, $descending: Boolean!, $offset: Int!, $limit: Int!) {
  followUpsPage(
    year: $year
    status: $status
    type: $type
    providerId: $providerId
    unitId: $unitId
    search: $search
    sortBy: $sortBy
    descending: $descending
    offset: $offset
    limit: $limit
  ) {
    total
    offset
    limit
    items {
      id
      title
      type
      status
      plannedOn
      responsible
      provider {
        id
        name
      }
      contract {
        reference
        units {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpsPageListQuery, FollowUpsPageListQueryVariables>;
export const FollowUpsPageOrderingListDocument = new TypedDocumentString(`
    query FollowUpsPageOrderingList {
  orderingList {
    contractId
  }
}
    `) as unknown as TypedDocumentString<FollowUpsPageOrderingListQuery, FollowUpsPageOrderingListQueryVariables>;
export const FollowUpCoverageDocument = new TypedDocumentString(`
    query FollowUpCoverage($year: Int!) {
  followUpCoverage(year: $year) {
    year
    asOf
    numerator
    denominator
    byServiceArea {
      serviceArea
      numerator
      denominator
    }
    byProvider {
      providerId
      providerName
      numerator
      denominator
    }
    uncoveredUnits {
      unitId
      unitName
      serviceArea
      providerId
      providerName
    }
    iopWithoutFollowUp {
      contractId
      reference
      title
      providerId
      providerName
      lastFollowedUpOn
      dueSince
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpCoverageQuery, FollowUpCoverageQueryVariables>;
export const ForecastDataPageUnitsDocument = new TypedDocumentString(`
    query ForecastDataPageUnits {
  units {
    id
    name
    serviceArea
    provider {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ForecastDataPageUnitsQuery, ForecastDataPageUnitsQueryVariables>;
export const ForecastDataPageClosureReasonsDocument = new TypedDocumentString(`
    query ForecastDataPageClosureReasons {
  closureReasons {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<ForecastDataPageClosureReasonsQuery, ForecastDataPageClosureReasonsQueryVariables>;
export const ForecastDataPageSubmitCaseFlowDocument = new TypedDocumentString(`
    mutation ForecastDataPageSubmitCaseFlow($input: SubmitCaseFlowReportInput!) {
  submitCaseFlowReport(input: $input) {
    id
    month
    version
  }
}
    `) as unknown as TypedDocumentString<ForecastDataPageSubmitCaseFlowMutation, ForecastDataPageSubmitCaseFlowMutationVariables>;
export const ForecastDataPageImportPopulationDocument = new TypedDocumentString(`
    mutation ForecastDataPageImportPopulation($csv: String!) {
  importPopulation(csv: $csv) {
    accepted
    imported
    problems {
      code
      line
      column
      header
      value
    }
  }
}
    `) as unknown as TypedDocumentString<ForecastDataPageImportPopulationMutation, ForecastDataPageImportPopulationMutationVariables>;
export const ForecastDataPageSetUsageRatesDocument = new TypedDocumentString(`
    mutation ForecastDataPageSetUsageRates($input: UsageRatesInput!) {
  setUsageRates(input: $input)
}
    `) as unknown as TypedDocumentString<ForecastDataPageSetUsageRatesMutation, ForecastDataPageSetUsageRatesMutationVariables>;
export const ForecastsPageUnitsDocument = new TypedDocumentString(`
    query ForecastsPageUnits {
  units {
    id
    name
    serviceArea
    places
  }
}
    `) as unknown as TypedDocumentString<ForecastsPageUnitsQuery, ForecastsPageUnitsQueryVariables>;
export const ForecastsPageForecastDocument = new TypedDocumentString(`
    query ForecastsPageForecast($series: ForecastSeriesInput!, $horizon: Int!) {
  forecast(series: $series, horizon: $horizon) {
    model
    components
    noAccuracyReason
    noAccuracyParams
    history {
      month
      value
    }
    points {
      month
      value
      lower
      upper
    }
    accuracy {
      mase
      smape
      origins
    }
    baseline {
      mase
      smape
      origins
    }
    beatsBaseline
  }
}
    `) as unknown as TypedDocumentString<ForecastsPageForecastQuery, ForecastsPageForecastQueryVariables>;
export const ForecastsPageProjectionDocument = new TypedDocumentString(`
    query ForecastsPageProjection($serviceArea: String!, $region: String!, $fromYear: Int!, $years: Int!) {
  projection(
    serviceArea: $serviceArea
    region: $region
    fromYear: $fromYear
    years: $years
  ) {
    capacity
    runsOutIn
    missingBands
    years {
      year
      demand
      capacity
      shortfall
    }
  }
}
    `) as unknown as TypedDocumentString<ForecastsPageProjectionQuery, ForecastsPageProjectionQueryVariables>;
export const ForecastsPageReadinessDocument = new TypedDocumentString(`
    query ForecastsPageReadiness {
  forecastReadiness {
    unitId
    unitName
    months
    monthsReported
    needed
    ready
    rule
    params
  }
}
    `) as unknown as TypedDocumentString<ForecastsPageReadinessQuery, ForecastsPageReadinessQueryVariables>;
export const OrderingListPageDocument = new TypedDocumentString(`
    query OrderingListPage {
  orderingList {
    contractId
    position
    reason
    addedBy
    addedAt
    contract {
      id
      reference
      title
      status
    }
  }
  contracts {
    id
    reference
    title
    status
  }
}
    `) as unknown as TypedDocumentString<OrderingListPageQuery, OrderingListPageQueryVariables>;
export const AddToOrderingListDocument = new TypedDocumentString(`
    mutation AddToOrderingList($input: AddToOrderingListInput!) {
  addToOrderingList(input: $input) {
    contractId
    position
  }
}
    `) as unknown as TypedDocumentString<AddToOrderingListMutation, AddToOrderingListMutationVariables>;
export const MoveOnOrderingListDocument = new TypedDocumentString(`
    mutation MoveOnOrderingList($input: MoveOnOrderingListInput!) {
  moveOnOrderingList(input: $input) {
    contractId
    position
  }
}
    `) as unknown as TypedDocumentString<MoveOnOrderingListMutation, MoveOnOrderingListMutationVariables>;
export const RemoveFromOrderingListDocument = new TypedDocumentString(`
    mutation RemoveFromOrderingList($contractId: ID!) {
  removeFromOrderingList(contractId: $contractId) {
    contractId
    position
  }
}
    `) as unknown as TypedDocumentString<RemoveFromOrderingListMutation, RemoveFromOrderingListMutationVariables>;
export const PortalMissingMonthsDocument = new TypedDocumentString(`
    query PortalMissingMonths($from: String) {
  missingCaseFlowMonths(from: $from) {
    unitId
    unitName
    months
  }
}
    `) as unknown as TypedDocumentString<PortalMissingMonthsQuery, PortalMissingMonthsQueryVariables>;
export const PortalCaseFlowsDocument = new TypedDocumentString(`
    query PortalCaseFlows($filter: CaseFlowFilter) {
  caseFlowReports(filter: $filter) {
    id
    unitId
    service
    month
    incoming
    outgoing
    closedByReason {
      reason
      count
    }
    version
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<PortalCaseFlowsQuery, PortalCaseFlowsQueryVariables>;
export const PortalPlacementsDocument = new TypedDocumentString(`
    query PortalPlacements($filter: PlacementFilter) {
  placementReports(filter: $filter) {
    id
    unitId
    month
    form
    placed
    careDays
    costSek
    ended
    endedDurationDays
    version
  }
}
    `) as unknown as TypedDocumentString<PortalPlacementsQuery, PortalPlacementsQueryVariables>;
export const PortalDeviationDocument = new TypedDocumentString(`
    query PortalDeviation($id: ID!) {
  deviation(id: $id) {
    id
    kind
    status
    occurredOn
    reportedOn
    description
    redactions
    actions
    actionsRegisteredOn
    finalAssessment
    finalAssessedOn
    closedOn
    seriousness
    ivoReportedOn
    complainant
    complaintCategory
    unit {
      id
      name
    }
    twoMonthRule {
      deadline
      overdue
    }
    statusHistory {
      fromStatus
      toStatus
      changedBy
      changedAt
    }
    assessmentHistory {
      seriousness
      ivoReportedOn
      ivoReference
      changedBy
      changedAt
    }
  }
}
    `) as unknown as TypedDocumentString<PortalDeviationQuery, PortalDeviationQueryVariables>;
export const PortalDeviationsDocument = new TypedDocumentString(`
    query PortalDeviations($filter: DeviationFilter, $paging: DeviationPaging) {
  deviationsPage(filter: $filter, paging: $paging) {
    total
    offset
    limit
    items {
      id
      kind
      status
      occurredOn
      reportedOn
      unit {
        id
        name
      }
      twoMonthRule {
        deadline
        overdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalDeviationsQuery, PortalDeviationsQueryVariables>;
export const PortalFollowUpsDocument = new TypedDocumentString(`
    query PortalFollowUps {
  followUps {
    id
    title
    type
    status
    plannedOn
    reportedOn
    contract {
      reference
    }
    actions {
      id
      status
      deadline
    }
  }
}
    `) as unknown as TypedDocumentString<PortalFollowUpsQuery, PortalFollowUpsQueryVariables>;
export const PortalFollowUpDocument = new TypedDocumentString(`
    query PortalFollowUp($id: ID!) {
  followUp(id: $id) {
    id
    title
    purpose
    type
    status
    plannedOn
    responsible
    findings
    reportedOn
    publishedOn
    closedOn
    contract {
      reference
      title
    }
    actions {
      id
      description
      deadline
      status
      actionPlan
      completedOn
      verifiedOn
      rechecks {
        checkedOn
        met
        note
        newDeadline
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalFollowUpQuery, PortalFollowUpQueryVariables>;
export const PortalSubmitActionPlanDocument = new TypedDocumentString(`
    mutation PortalSubmitActionPlan($input: ActionPlanInput!) {
  submitActionPlan(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PortalSubmitActionPlanMutation, PortalSubmitActionPlanMutationVariables>;
export const PortalCompleteActionDocument = new TypedDocumentString(`
    mutation PortalCompleteAction($actionId: ID!) {
  completeFollowUpAction(actionId: $actionId) {
    id
    status
    completedOn
  }
}
    `) as unknown as TypedDocumentString<PortalCompleteActionMutation, PortalCompleteActionMutationVariables>;
export const PortalPulseDocument = new TypedDocumentString(`
    query PortalPulse($week: String!) {
  pulseOverview(week: $week) {
    week
    period {
      name
      fromWeek
      toWeek
    }
    questions {
      key
      text
      answerType
    }
    unitAnswers {
      unit {
        id
        name
      }
      answer {
        id
        week
        unitId
        values {
          key
          value
        }
        comment
        version
        submittedAt
      }
    }
    answeredUnits {
      id
      name
    }
    missingUnits {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PortalPulseQuery, PortalPulseQueryVariables>;
export const PortalSubmitPulseDocument = new TypedDocumentString(`
    mutation PortalSubmitPulse($input: SubmitPulseAnswerInput!) {
  submitPulseAnswer(input: $input) {
    id
    week
    unitId
    version
  }
}
    `) as unknown as TypedDocumentString<PortalSubmitPulseMutation, PortalSubmitPulseMutationVariables>;
export const PortalSubmittedReportsDocument = new TypedDocumentString(`
    query PortalSubmittedReports {
  staffingReports {
    id
    unitId
    year
    half
    version
    managers
    permanent
    temporary
    hourly
    sickLeavePercent
    staffTurnoverPercent
    submittedBy
    submittedAt
  }
  businessReports {
    id
    unitId
    year
    version
    submittedBy
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<PortalSubmittedReportsQuery, PortalSubmittedReportsQueryVariables>;
export const PortalSubmitStaffingDocument = new TypedDocumentString(`
    mutation PortalSubmitStaffing($input: SubmitStaffingReportInput!) {
  submitStaffingReport(input: $input) {
    id
    year
    half
    version
  }
}
    `) as unknown as TypedDocumentString<PortalSubmitStaffingMutation, PortalSubmitStaffingMutationVariables>;
export const PortalSubmitBusinessDocument = new TypedDocumentString(`
    mutation PortalSubmitBusiness($input: SubmitBusinessReportInput!) {
  submitBusinessReport(input: $input) {
    id
    year
    version
  }
}
    `) as unknown as TypedDocumentString<PortalSubmitBusinessMutation, PortalSubmitBusinessMutationVariables>;
export const PortalReportsDueDocument = new TypedDocumentString(`
    query PortalReportsDue {
  reportsDue {
    unit {
      id
      name
    }
    kind
    year
    half
    dueOn
    state
    latestVersion
    lastSubmittedOn
  }
}
    `) as unknown as TypedDocumentString<PortalReportsDueQuery, PortalReportsDueQueryVariables>;
export const PortalOpenActionsDocument = new TypedDocumentString(`
    query PortalOpenActions {
  followUps {
    id
    title
    status
    plannedOn
    reportedOn
    actions {
      id
      description
      deadline
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PortalOpenActionsQuery, PortalOpenActionsQueryVariables>;
export const PortalMissingCaseFlowsDocument = new TypedDocumentString(`
    query PortalMissingCaseFlows($from: String) {
  missingCaseFlowMonths(from: $from) {
    unitId
    unitName
    months
  }
}
    `) as unknown as TypedDocumentString<PortalMissingCaseFlowsQuery, PortalMissingCaseFlowsQueryVariables>;
export const PortalPulseWeekDocument = new TypedDocumentString(`
    query PortalPulseWeek($week: String!) {
  pulseOverview(week: $week) {
    week
    answeredUnits {
      id
    }
    missingUnits {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PortalPulseWeekQuery, PortalPulseWeekQueryVariables>;
export const ProviderContactsDocument = new TypedDocumentString(`
    query ProviderContacts($providerId: ID!) {
  provider(id: $providerId) {
    id
    name
    contacts {
      id
      name
      email
      topics
    }
  }
}
    `) as unknown as TypedDocumentString<ProviderContactsQuery, ProviderContactsQueryVariables>;
export const AddProviderContactDocument = new TypedDocumentString(`
    mutation AddProviderContact($input: AddProviderContactInput!) {
  addProviderContact(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AddProviderContactMutation, AddProviderContactMutationVariables>;
export const ChangeProviderContactDocument = new TypedDocumentString(`
    mutation ChangeProviderContact($input: UpdateProviderContactInput!) {
  updateProviderContact(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ChangeProviderContactMutation, ChangeProviderContactMutationVariables>;
export const RemoveProviderContactDocument = new TypedDocumentString(`
    mutation RemoveProviderContact($id: ID!) {
  removeProviderContact(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RemoveProviderContactMutation, RemoveProviderContactMutationVariables>;
export const ProviderPageDocument = new TypedDocumentString(`
    query ProviderPage($id: ID!) {
  boards {
    id
    name
    departments {
      id
      name
    }
  }
  provider(id: $id) {
    id
    name
    organisationNumber
    ownership
    deviationStatistics {
      total
      deviations
      lexSarah
      complaints
      overdue
      closedWithinTwoMonths {
        numerator
        denominator
        share
      }
    }
    caseFlow {
      month
      incoming
      outgoing
      balance
    }
    units {
      id
      name
      serviceArea
      places
      boardId
      departmentId
      externalCodes {
        system
        code
      }
      deviationStatistics {
        total
        open
      }
      surveyResults {
        roundName
        period
        answers
        responseRate {
          numerator
          denominator
          share
        }
        sharePositive
      }
      staffingReports {
        year
        half
        version
        sickLeavePercent
        staffTurnoverPercent
      }
      businessReports {
        year
        version
      }
    }
  }
  contracts(providerId: $id) {
    id
    reference
    title
    form
    status
    startDate
    endDate
    terminatedOn
    terminationReason
    boardId
    units {
      id
      name
    }
    requirements {
      id
      key
      label
      kind
      comparison
      target
      measureUnit
    }
    followUps {
      id
      title
      type
      status
      plannedOn
    }
  }
}
    `) as unknown as TypedDocumentString<ProviderPageQuery, ProviderPageQueryVariables>;
export const RegisterUnitDocument = new TypedDocumentString(`
    mutation RegisterUnit($input: CreateUnitInput!) {
  createUnit(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RegisterUnitMutation, RegisterUnitMutationVariables>;
export const RegisterContractDocument = new TypedDocumentString(`
    mutation RegisterContract($input: CreateContractInput!) {
  createContract(input: $input) {
    id
    reference
  }
}
    `) as unknown as TypedDocumentString<RegisterContractMutation, RegisterContractMutationVariables>;
export const TerminateContractDocument = new TypedDocumentString(`
    mutation TerminateContract($input: TerminateContractInput!) {
  terminateContract(input: $input) {
    id
    terminatedOn
  }
}
    `) as unknown as TypedDocumentString<TerminateContractMutation, TerminateContractMutationVariables>;
export const ChangeHistoryDocument = new TypedDocumentString(`
    query ChangeHistory($entityId: ID!) {
  changeHistory(entityId: $entityId) {
    id
    entityType
    action
    changedBy
    changedAt
    changes
  }
}
    `) as unknown as TypedDocumentString<ChangeHistoryQuery, ChangeHistoryQueryVariables>;
export const ChangeProviderDocument = new TypedDocumentString(`
    mutation ChangeProvider($input: UpdateProviderInput!) {
  updateProvider(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ChangeProviderMutation, ChangeProviderMutationVariables>;
export const ChangeUnitDocument = new TypedDocumentString(`
    mutation ChangeUnit($input: UpdateUnitInput!) {
  updateUnit(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ChangeUnitMutation, ChangeUnitMutationVariables>;
export const ChangeContractDocument = new TypedDocumentString(`
    mutation ChangeContract($input: UpdateContractInput!) {
  updateContract(input: $input) {
    id
    reference
  }
}
    `) as unknown as TypedDocumentString<ChangeContractMutation, ChangeContractMutationVariables>;
export const ProviderApiKeysDocument = new TypedDocumentString(`
    query ProviderApiKeys($providerId: ID!) {
  providerApiKeys(providerId: $providerId) {
    id
    name
    prefix
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ProviderApiKeysQuery, ProviderApiKeysQueryVariables>;
export const IssueProviderApiKeyDocument = new TypedDocumentString(`
    mutation IssueProviderApiKey($input: CreateProviderApiKeyInput!) {
  createProviderApiKey(input: $input) {
    key
    apiKey {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<IssueProviderApiKeyMutation, IssueProviderApiKeyMutationVariables>;
export const RevokeProviderApiKeyDocument = new TypedDocumentString(`
    mutation RevokeProviderApiKey($id: ID!) {
  revokeProviderApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeProviderApiKeyMutation, RevokeProviderApiKeyMutationVariables>;
export const ProvidersPageDocument = new TypedDocumentString(`
    query ProvidersPage($page: ProvidersPageInput) {
  providersPage(page: $page) {
    total
    items {
      id
      name
      organisationNumber
      ownership
      units {
        id
        name
        serviceArea
        places
        deviationStatistics {
          total
          open
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersPageQuery, ProvidersPageQueryVariables>;
export const RegisterProviderDocument = new TypedDocumentString(`
    mutation RegisterProvider($input: CreateProviderInput!) {
  createProvider(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RegisterProviderMutation, RegisterProviderMutationVariables>;
export const PulsePeriodsDocument = new TypedDocumentString(`
    query PulsePeriods {
  pulsePeriods {
    id
    name
    fromWeek
    toWeek
    openedBy
    openedAt
    endedBy
    questions {
      key
      text
      answerType
    }
  }
}
    `) as unknown as TypedDocumentString<PulsePeriodsQuery, PulsePeriodsQueryVariables>;
export const PulseWeekOverviewDocument = new TypedDocumentString(`
    query PulseWeekOverview($week: String!) {
  pulseOverview(week: $week) {
    week
    threshold
    period {
      id
      name
    }
    questions {
      key
      text
      answerType
    }
    answers {
      id
      providerId
      unitId
      values {
        key
        value
      }
      comment
      version
      submittedAt
    }
    unitAnswers {
      unit {
        id
        name
      }
      providerId
      providerName
      answer {
        id
        values {
          key
          value
        }
        comment
        version
      }
      signals {
        questionKey
        questionText
        answerType
        score
      }
      followUps {
        id
        unitId
        contactedBy
        contactedOn
        outcome
        outcomeText
        recordedBy
      }
    }
    missingUnits {
      id
      name
      providerId
      providerName
    }
    answered {
      id
      name
    }
    missing {
      id
      name
    }
    signals {
      providerId
      providerName
      unitId
      unitName
      questionKey
      questionText
      answerType
      score
    }
    followUps {
      id
      providerId
      unitId
      contactedBy
      contactedOn
      outcome
      outcomeText
      recordedBy
    }
  }
}
    `) as unknown as TypedDocumentString<PulseWeekOverviewQuery, PulseWeekOverviewQueryVariables>;
export const PulseTrendDocument = new TypedDocumentString(`
    query PulseTrend($periodId: ID!) {
  pulseTrend(periodId: $periodId) {
    threshold
    weeks
    units {
      providerId
      providerName
      weeks {
        week
        answered
        values {
          key
          value
        }
        signalKeys
        followUps {
          id
          outcome
        }
      }
    }
    questions {
      key
      text
      answerType
      weeks {
        week
        answers
        average
        yes
        no
        signals
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PulseTrendQuery, PulseTrendQueryVariables>;
export const PulseTrendPerUnitDocument = new TypedDocumentString(`
    query PulseTrendPerUnit($periodId: ID!) {
  pulseTrend(periodId: $periodId) {
    weeks
    perUnit {
      providerId
      providerName
      unitId
      unitName
      weeks {
        week
        answered
        values {
          key
          value
        }
        signalKeys
        followUps {
          id
          outcome
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PulseTrendPerUnitQuery, PulseTrendPerUnitQueryVariables>;
export const PulseTrendOfDocument = new TypedDocumentString(`
    query PulseTrendOf($periodId: ID!, $unitId: ID, $providerId: ID) {
  pulseTrend(periodId: $periodId, unitId: $unitId, providerId: $providerId) {
    weeks
    questions {
      key
      text
      answerType
      weeks {
        week
        answers
        average
        yes
        no
        signals
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PulseTrendOfQuery, PulseTrendOfQueryVariables>;
export const OpenPulsePeriodDocument = new TypedDocumentString(`
    mutation OpenPulsePeriod($input: OpenPulsePeriodInput!) {
  openPulsePeriod(input: $input) {
    id
    name
    fromWeek
    toWeek
    questions {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<OpenPulsePeriodMutation, OpenPulsePeriodMutationVariables>;
export const EndPulsePeriodDocument = new TypedDocumentString(`
    mutation EndPulsePeriod($input: EndPulsePeriodInput!) {
  endPulsePeriod(input: $input) {
    id
    name
    toWeek
  }
}
    `) as unknown as TypedDocumentString<EndPulsePeriodMutation, EndPulsePeriodMutationVariables>;
export const RecordPulseFollowUpDocument = new TypedDocumentString(`
    mutation RecordPulseFollowUp($input: RecordPulseFollowUpInput!) {
  recordPulseFollowUp(input: $input) {
    id
    providerId
    unitId
    week
    outcome
  }
}
    `) as unknown as TypedDocumentString<RecordPulseFollowUpMutation, RecordPulseFollowUpMutationVariables>;
export const QuestionGuidesPageDocument = new TypedDocumentString(`
    query QuestionGuidesPage {
  questionGuides {
    id
    key
    version
    title
    questions {
      key
      text
      answerType
      options
      requirement
      askedWhenYes
    }
  }
  thematic: followUps(type: THEMATIC) {
    id
    title
    plannedOn
    status
  }
  overarching: followUps(type: OVERARCHING) {
    id
    title
    plannedOn
    status
  }
  providers {
    id
    name
    units {
      id
      name
      serviceArea
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionGuidesPageQuery, QuestionGuidesPageQueryVariables>;
export const PublishQuestionGuideDocument = new TypedDocumentString(`
    mutation PublishQuestionGuide($input: PublishQuestionGuideInput!) {
  publishQuestionGuide(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PublishQuestionGuideMutation, PublishQuestionGuideMutationVariables>;
export const CreateThematicFollowUpDocument = new TypedDocumentString(`
    mutation CreateThematicFollowUp($input: CreateThematicFollowUpInput!) {
  createThematicFollowUp(input: $input) {
    followUp {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateThematicFollowUpMutation, CreateThematicFollowUpMutationVariables>;
export const RemindersPageDocument = new TypedDocumentString(`
    query RemindersPage($page: RemindersPageInput) {
  reminders(page: $page) {
    total
    mailEnabled
    items {
      id
      recipient
      recipientName
      kind
      subject
      body
      state
      error
      createdAt
      sentAt
    }
  }
}
    `) as unknown as TypedDocumentString<RemindersPageQuery, RemindersPageQueryVariables>;
export const RunRemindersDocument = new TypedDocumentString(`
    mutation RunReminders {
  runReminders {
    created
    sent
    bounced
    failed
    outbox
    mailEnabled
  }
}
    `) as unknown as TypedDocumentString<RunRemindersMutation, RunRemindersMutationVariables>;
export const ReportsPageBoardsDocument = new TypedDocumentString(`
    query ReportsPageBoards {
  boards {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ReportsPageBoardsQuery, ReportsPageBoardsQueryVariables>;
export const RetentionSettingsDocument = new TypedDocumentString(`
    query RetentionSettings {
  retentionSettings {
    protectedTextMonths
    freeTextMonths
    cron
    scheduled
  }
}
    `) as unknown as TypedDocumentString<RetentionSettingsQuery, RetentionSettingsQueryVariables>;
export const RetentionRunsDocument = new TypedDocumentString(`
    query RetentionRuns {
  retentionRuns {
    id
    ranAt
    ranBy
    ranByName
    originalsClosedBy
    freeTextsClosedBy
    originalsRemoved
    freeTextsAnonymised
    accessLogReasonsAnonymised
  }
}
    `) as unknown as TypedDocumentString<RetentionRunsQuery, RetentionRunsQueryVariables>;
export const RunRetentionDocument = new TypedDocumentString(`
    mutation RunRetention {
  runRetention {
    id
    originalsRemoved
    freeTextsAnonymised
    accessLogReasonsAnonymised
  }
}
    `) as unknown as TypedDocumentString<RunRetentionMutation, RunRetentionMutationVariables>;
export const ServiceAreasPageDocument = new TypedDocumentString(`
    query ServiceAreasPage {
  sectors {
    code
    name
    position
    serviceAreas {
      code
      name
      position
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceAreasPageQuery, ServiceAreasPageQueryVariables>;
export const RegisterSectorDocument = new TypedDocumentString(`
    mutation RegisterSector($input: RegisterSectorInput!) {
  registerSector(input: $input) {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<RegisterSectorMutation, RegisterSectorMutationVariables>;
export const RenameSectorDocument = new TypedDocumentString(`
    mutation RenameSector($input: RenameSectorInput!) {
  renameSector(input: $input) {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<RenameSectorMutation, RenameSectorMutationVariables>;
export const RegisterServiceAreaDocument = new TypedDocumentString(`
    mutation RegisterServiceArea($input: RegisterServiceAreaInput!) {
  registerServiceArea(input: $input) {
    code
    name
    sector {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterServiceAreaMutation, RegisterServiceAreaMutationVariables>;
export const UpdateServiceAreaDocument = new TypedDocumentString(`
    mutation UpdateServiceArea($input: UpdateServiceAreaInput!) {
  updateServiceArea(input: $input) {
    code
    name
    sector {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateServiceAreaMutation, UpdateServiceAreaMutationVariables>;
export const StartPageOverdueActionsDocument = new TypedDocumentString(`
    query StartPageOverdueActions {
  overdueFollowUpActions {
    id
    description
    deadline
    followUpId
  }
}
    `) as unknown as TypedDocumentString<StartPageOverdueActionsQuery, StartPageOverdueActionsQueryVariables>;
export const StartPageOverdueDeviationsDocument = new TypedDocumentString(`
    query StartPageOverdueDeviations {
  overdueDeviations {
    id
    kind
    description
    reportedOn
    twoMonthRule {
      deadline
    }
  }
}
    `) as unknown as TypedDocumentString<StartPageOverdueDeviationsQuery, StartPageOverdueDeviationsQueryVariables>;
export const StartPageMissingReportsDocument = new TypedDocumentString(`
    query StartPageMissingReports($year: Int!, $half: Int) {
  unitsMissingReport(kind: STAFFING, year: $year, half: $half) {
    id
    name
    providerId
    provider {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<StartPageMissingReportsQuery, StartPageMissingReportsQueryVariables>;
export const StartPagePulseDocument = new TypedDocumentString(`
    query StartPagePulse($week: String!) {
  pulseOverview(week: $week) {
    period {
      name
    }
    signals {
      providerId
      providerName
      unitName
      questionText
      answerType
      score
    }
    missing {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<StartPagePulseQuery, StartPagePulseQueryVariables>;
export const StartPageRisksDocument = new TypedDocumentString(`
    query StartPageRisks {
  contracts {
    id
    reference
    title
    status
    providerId
    risk {
      score
      parts {
        kind
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StartPageRisksQuery, StartPageRisksQueryVariables>;
export const StartPageProviderActivityDocument = new TypedDocumentString(`
    query StartPageProviderActivity {
  providerActivity(limit: 12) {
    kind
    provider {
      id
      name
    }
    unit {
      name
    }
    year
    half
    version
    followUpId
    action
    by
    at
  }
}
    `) as unknown as TypedDocumentString<StartPageProviderActivityQuery, StartPageProviderActivityQueryVariables>;
export const StartPageCaseFlowDeliveriesDocument = new TypedDocumentString(`
    query StartPageCaseFlowDeliveries {
  caseFlowDeliveries(limit: 6) {
    providerId
    providerName
    unitName
    months
    reports
    by
    at
  }
}
    `) as unknown as TypedDocumentString<StartPageCaseFlowDeliveriesQuery, StartPageCaseFlowDeliveriesQueryVariables>;
export const StartPageOverdueSupervisionDocument = new TypedDocumentString(`
    query StartPageOverdueSupervision {
  overdueSupervisionResponses {
    caseId
    authority
    caseNumber
    responseId
    required
    dueOn
  }
}
    `) as unknown as TypedDocumentString<StartPageOverdueSupervisionQuery, StartPageOverdueSupervisionQueryVariables>;
export const IopWithoutFollowUpDocument = new TypedDocumentString(`
    query IopWithoutFollowUp {
  iopContractsWithoutFollowUp {
    contractId
    reference
    title
    providerId
    providerName
    lastFollowedUpOn
    dueSince
  }
}
    `) as unknown as TypedDocumentString<IopWithoutFollowUpQuery, IopWithoutFollowUpQueryVariables>;
export const SupervisionProvidersDocument = new TypedDocumentString(`
    query SupervisionProviders {
  providers {
    id
    name
    units {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisionProvidersQuery, SupervisionProvidersQueryVariables>;
export const SupervisionCasesDocument = new TypedDocumentString(`
    query SupervisionCases($filter: SupervisionCaseFilter) {
  supervisionCases(filter: $filter) {
    id
    authority
    caseNumber
    providerId
    unitId
    examined
    openedOn
    decision
    decidedOn
    decisionText
    closedOn
    responses {
      id
      required
      dueOn
      sentOn
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisionCasesQuery, SupervisionCasesQueryVariables>;
export const RegisterSupervisionCaseDocument = new TypedDocumentString(`
    mutation RegisterSupervisionCase($input: RegisterSupervisionCaseInput!) {
  registerSupervisionCase(input: $input) {
    id
    authority
    caseNumber
  }
}
    `) as unknown as TypedDocumentString<RegisterSupervisionCaseMutation, RegisterSupervisionCaseMutationVariables>;
export const AddSupervisionResponseDocument = new TypedDocumentString(`
    mutation AddSupervisionResponse($input: AddSupervisionResponseInput!) {
  addSupervisionResponse(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AddSupervisionResponseMutation, AddSupervisionResponseMutationVariables>;
export const MarkSupervisionResponseSentDocument = new TypedDocumentString(`
    mutation MarkSupervisionResponseSent($input: MarkSupervisionResponseSentInput!) {
  markSupervisionResponseSent(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<MarkSupervisionResponseSentMutation, MarkSupervisionResponseSentMutationVariables>;
export const RecordSupervisionDecisionDocument = new TypedDocumentString(`
    mutation RecordSupervisionDecision($input: RecordSupervisionDecisionInput!) {
  recordSupervisionDecision(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RecordSupervisionDecisionMutation, RecordSupervisionDecisionMutationVariables>;
export const CloseSupervisionCaseDocument = new TypedDocumentString(`
    mutation CloseSupervisionCase($input: CloseSupervisionCaseInput!) {
  closeSupervisionCase(input: $input) {
    id
    version
    closedOn
  }
}
    `) as unknown as TypedDocumentString<CloseSupervisionCaseMutation, CloseSupervisionCaseMutationVariables>;
export const SurveyAnswerFormRoundDocument = new TypedDocumentString(`
    query SurveyAnswerFormRound($id: ID!) {
  surveyRound(id: $id) {
    id
    definitionId
    status
    units {
      unitId
      name
      optedOut
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyAnswerFormRoundQuery, SurveyAnswerFormRoundQueryVariables>;
export const SurveyAnswerFormDefinitionDocument = new TypedDocumentString(`
    query SurveyAnswerFormDefinition($id: ID!) {
  surveyDefinition(id: $id) {
    questions {
      id
      text
      options {
        code
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyAnswerFormDefinitionQuery, SurveyAnswerFormDefinitionQueryVariables>;
export const SubmitSurveyResponseDocument = new TypedDocumentString(`
    mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {
  submitSurveyResponse(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>;
export const SurveyByAnswerCodeDocument = new TypedDocumentString(`
    query SurveyByAnswerCode($code: String!) {
  surveyByAnswerCode(code: $code) {
    surveyName
    unitName
    questions {
      id
      text
      options {
        code
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyByAnswerCodeQuery, SurveyByAnswerCodeQueryVariables>;
export const SubmitSurveyAnswerByCodeDocument = new TypedDocumentString(`
    mutation SubmitSurveyAnswerByCode($input: SubmitSurveyAnswerByCodeInput!) {
  submitSurveyAnswerByCode(input: $input)
}
    `) as unknown as TypedDocumentString<SubmitSurveyAnswerByCodeMutation, SubmitSurveyAnswerByCodeMutationVariables>;
export const SurveyCoverageDocument = new TypedDocumentString(`
    query SurveyCoverage($id: ID!) {
  surveyRound(id: $id) {
    id
    units {
      unitId
      name
      offered
      placed
      optedOut
      coverage {
        numerator
        denominator
        share
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyCoverageQuery, SurveyCoverageQueryVariables>;
export const SurveyCrossTabDocument = new TypedDocumentString(`
    query SurveyCrossTab($roundId: ID!, $rowQuestionId: String!, $columnQuestionId: String!) {
  surveyCrossTab(
    roundId: $roundId
    rowQuestionId: $rowQuestionId
    columnQuestionId: $columnQuestionId
  ) {
    minCell
    rowQuestionText
    columnQuestionText
    answers
    rows {
      optionCode
      optionLabel
      suppressed
      answers
      cells {
        optionCode
        nonSubstantive
        suppressed
        count
        share {
          numerator
          denominator
          share
        }
      }
    }
    columns {
      optionCode
      optionLabel
      suppressed
      answers
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyCrossTabQuery, SurveyCrossTabQueryVariables>;
export const CreateSurveyDefinitionDocument = new TypedDocumentString(`
    mutation CreateSurveyDefinition($input: CreateSurveyDefinitionInput!) {
  createSurveyDefinition(input: $input) {
    id
    code
    version
    name
  }
}
    `) as unknown as TypedDocumentString<CreateSurveyDefinitionMutation, CreateSurveyDefinitionMutationVariables>;
export const ImportSurveyResponsesDocument = new TypedDocumentString(`
    mutation ImportSurveyResponses($roundId: ID!, $csv: String!) {
  importSurveyResponses(roundId: $roundId, csv: $csv) {
    accepted
    imported
    errors {
      line
      column
      rule
      params
    }
  }
}
    `) as unknown as TypedDocumentString<ImportSurveyResponsesMutation, ImportSurveyResponsesMutationVariables>;
export const ImportKoladaValuesDocument = new TypedDocumentString(`
    mutation ImportKoladaValues($json: String!) {
  importKoladaValues(json: $json) {
    accepted
    imported
    problems {
      field
      rule
      params
    }
  }
}
    `) as unknown as TypedDocumentString<ImportKoladaValuesMutation, ImportKoladaValuesMutationVariables>;
export const SurveyKoladaDefinitionDocument = new TypedDocumentString(`
    query SurveyKoladaDefinition($id: ID!) {
  surveyDefinition(id: $id) {
    id
    name
    version
    questions {
      id
      text
      koladaKpi
      koladaKpiByServiceArea {
        serviceArea
        kpi
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyKoladaDefinitionQuery, SurveyKoladaDefinitionQueryVariables>;
export const SetSurveyQuestionKoladaDocument = new TypedDocumentString(`
    mutation SetSurveyQuestionKolada($input: SetSurveyQuestionKoladaInput!) {
  setSurveyQuestionKolada(input: $input) {
    id
    questions {
      id
      koladaKpi
      koladaKpiByServiceArea {
        serviceArea
        kpi
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SetSurveyQuestionKoladaMutation, SetSurveyQuestionKoladaMutationVariables>;
export const SurveyRoundAdminLinksDocument = new TypedDocumentString(`
    query SurveyRoundAdminLinks($roundId: ID!) {
  surveyAnswerLinks(roundId: $roundId) {
    unitId
    unitName
    code
  }
}
    `) as unknown as TypedDocumentString<SurveyRoundAdminLinksQuery, SurveyRoundAdminLinksQueryVariables>;
export const CloseSurveyRoundDocument = new TypedDocumentString(`
    mutation CloseSurveyRound($roundId: ID!) {
  closeSurveyRound(roundId: $roundId) {
    id
    status
    closedOn
  }
}
    `) as unknown as TypedDocumentString<CloseSurveyRoundMutation, CloseSurveyRoundMutationVariables>;
export const SurveyRoundFormDefinitionsDocument = new TypedDocumentString(`
    query SurveyRoundFormDefinitions {
  surveyDefinitions {
    id
    code
    version
    name
  }
}
    `) as unknown as TypedDocumentString<SurveyRoundFormDefinitionsQuery, SurveyRoundFormDefinitionsQueryVariables>;
export const SurveyRoundFormUnitsDocument = new TypedDocumentString(`
    query SurveyRoundFormUnits {
  units {
    id
    name
    provider {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyRoundFormUnitsQuery, SurveyRoundFormUnitsQueryVariables>;
export const CreateSurveyRoundDocument = new TypedDocumentString(`
    mutation CreateSurveyRound($input: CreateSurveyRoundInput!) {
  createSurveyRound(input: $input) {
    id
    name
    period
  }
}
    `) as unknown as TypedDocumentString<CreateSurveyRoundMutation, CreateSurveyRoundMutationVariables>;
export const SurveysPageRoundsDocument = new TypedDocumentString(`
    query SurveysPageRounds {
  surveyRounds {
    id
    definitionId
    name
    period
    status
  }
}
    `) as unknown as TypedDocumentString<SurveysPageRoundsQuery, SurveysPageRoundsQueryVariables>;
export const SurveysPageResultsDocument = new TypedDocumentString(`
    query SurveysPageResults($roundId: ID!, $groupBy: SurveyResultGrouping!, $compareWithRoundId: ID) {
  surveyResults(
    roundId: $roundId
    groupBy: $groupBy
    compareWithRoundId: $compareWithRoundId
  ) {
    key
    name
    answers
    responseRate {
      numerator
      denominator
      share
      excluded {
        reasonCode
        units
        count
      }
    }
    previousResponseRate {
      numerator
      denominator
      share
    }
    questions {
      questionId
      text
      suppressed
      sharePositive {
        numerator
        denominator
        share
        excluded {
          reasonCode
          units
          count
        }
      }
      interval {
        low
        high
      }
      national
    }
  }
}
    `) as unknown as TypedDocumentString<SurveysPageResultsQuery, SurveysPageResultsQueryVariables>;
export const SurveysPageDistributionDocument = new TypedDocumentString(`
    query SurveysPageDistribution($roundId: ID!, $groupBy: SurveyResultGrouping!) {
  surveyAnswerDistribution(roundId: $roundId, groupBy: $groupBy) {
    groupKey
    questionId
    optionCode
    optionLabel
    nonSubstantive
    suppressed
    count
    share {
      numerator
      denominator
      share
    }
  }
}
    `) as unknown as TypedDocumentString<SurveysPageDistributionQuery, SurveysPageDistributionQueryVariables>;
export const ThematicFollowUpPageDocument = new TypedDocumentString(`
    query ThematicFollowUpPage($id: ID!) {
  thematicFollowUp(followUpId: $id) {
    followUp {
      id
      title
      purpose
      plannedOn
      type
    }
    guide {
      title
      version
      questions {
        key
        text
        answerType
        options
        requirement
        askedWhenYes
      }
    }
    scopeKind
    serviceArea
    units {
      unitId
      name
      providerName
      serviceArea
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
      byProvider {
        providerName
        yes {
          count
          of
        }
      }
      byServiceArea {
        serviceArea
        yes {
          count
          of
        }
      }
      previous {
        yes {
          count
          of
        }
      }
    }
    children {
      id
      title
      parentFollowUpId
    }
  }
}
    `) as unknown as TypedDocumentString<ThematicFollowUpPageQuery, ThematicFollowUpPageQueryVariables>;
export const RecordUnitFindingsDocument = new TypedDocumentString(`
    mutation RecordUnitFindings($input: RecordUnitFindingsInput!) {
  recordUnitFindings(input: $input) {
    followUp {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecordUnitFindingsMutation, RecordUnitFindingsMutationVariables>;
export const StartSpecificFollowUpsDocument = new TypedDocumentString(`
    mutation StartSpecificFollowUps($input: StartSpecificFollowUpsInput!) {
  startSpecificFollowUps(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartSpecificFollowUpsMutation, StartSpecificFollowUpsMutationVariables>;
export const PortalUnitsDocument = new TypedDocumentString(`
    query PortalUnits($id: ID!) {
  provider(id: $id) {
    id
    name
    units {
      id
      name
      serviceArea
    }
  }
}
    `) as unknown as TypedDocumentString<PortalUnitsQuery, PortalUnitsQueryVariables>;