import { CommonRules } from './common-rules';
import { ErrorCode } from './error-code';
import { rule, violationsOf } from './rule';
import type {
  BusinessReportSection,
  ChecklistItem,
  ContractForm,
  FollowUpActionStatus,
  FollowUpStatus,
  FollowUpType,
  ProviderReportKind,
} from './schema-enums.generated';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * The rules only the contracts service refuses by: `extensions.rule` with these params. (No
 * `satisfies RuleSet` here: it would infer `never` as the params of a rule without any;
 * violationsOf checks the set.)
 */
export const ContractsRules = {
  /** An organisation number that parses but is wrong: its digits, its length, or its check digit. */
  ORGANISATION_NUMBER_INVALID: rule<{ problem: 'NOT_DIGITS' | 'NOT_TEN_DIGITS' | 'CHECK_DIGIT' }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) =>
      `${f} ${
        p.problem === 'NOT_DIGITS'
          ? 'must contain only digits and an optional hyphen'
          : p.problem === 'NOT_TEN_DIGITS'
            ? 'must have 10 digits (NNNNNN-NNNN)'
            : 'has a wrong check digit'
      }`,
  ),
  /** Only the gateway turns an API key into a provider; the key matched no live key. */
  API_KEY_NOT_VALID: rule(ErrorCode.NOT_FOUND, () => 'API key is invalid or revoked'),

  END_BEFORE_START: rule<{ startDate: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} must be on or after startDate ${p.startDate}`,
  ),
  /** A contract covers only units of its own provider (unknown unit ids included). */
  UNITS_OF_ANOTHER_PROVIDER: rule<{ ids: readonly string[]; providerId: string; providerName: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.ids.join(', ')} are not units of ${p.providerName}`,
  ),
  TERMINATED_BEFORE_START: rule<{ startDate: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} must be on or after the start date ${p.startDate}`,
  ),
  TERMINATED_AFTER_END: rule<{ endDate: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} must be on or before the end date ${p.endDate}`,
  ),
  ALREADY_TERMINATED: rule<{ terminatedOn: string }>(
    ErrorCode.CONFLICT,
    (p) => `the contract is already terminated as of ${p.terminatedOn}`,
  ),

  /** Specific, new-start, triggered and IOP follow-ups follow up one contract. */
  CONTRACT_REQUIRED: rule<{ type: FollowUpType }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} is required for ${p.type} follow-ups`,
  ),
  IOP_CONTRACT_REQUIRED: rule<{ form: ContractForm }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `an IOP_ANNUAL follow-up needs an IOP contract, not ${p.form}`,
  ),
  TRIGGER_REQUIRED: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} must say what triggered a TRIGGERED follow-up`),
  /** Preparation changes only before the report. */
  PREPARATION_CLOSED: rule<{ status: FollowUpStatus }>(
    ErrorCode.CONFLICT,
    (p) => `a ${p.status} follow-up can no longer be prepared`,
  ),
  ASSISTANT_IS_RESPONSIBLE: rule(
    ErrorCode.VALIDATION_FAILED,
    () => 'the assistant official must be someone other than the responsible one',
  ),
  /** The follow-up workflow: planned → in progress → reported → closed, cancelled until closed. */
  FOLLOW_UP_TRANSITION: rule<{ from: FollowUpStatus; to: FollowUpStatus; allowedFrom: readonly FollowUpStatus[] }>(
    ErrorCode.CONFLICT,
    (p) => `a ${p.from} follow-up cannot go to ${p.to} (only from ${p.allowedFrom.join(' or ')})`,
  ),
  RESPONSIBLE_REQUIRED: rule(
    ErrorCode.VALIDATION_FAILED,
    () => 'a responsible official must be named before the follow-up starts',
  ),
  /** Every step of the preparation checklist is done before fieldwork starts. */
  PREPARATION_NOT_DONE: rule<{ missing: readonly ChecklistItem[] }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `preparation is not done: ${p.missing.join(', ')}`,
  ),
  METHOD_REQUIRED: rule(ErrorCode.VALIDATION_FAILED, () => 'at least one method must be recorded before reporting'),
  FINDINGS_REQUIRED: rule(ErrorCode.VALIDATION_FAILED, () => 'findings are required to report a follow-up'),
  /** A required action's deadline lies ahead when the follow-up is reported. */
  DEADLINE_PASSED: rule<{ value: string; today: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.value} has already passed (today is ${p.today})`,
  ),
  /** A follow-up closes once every required action is verified at re-check. */
  ACTIONS_NOT_VERIFIED: rule<{ count: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `${p.count} required ${plural(p.count, 'action is', 'actions are')} not yet verified at re-check`,
  ),
  NOT_REPORTED: rule<{ status: FollowUpStatus }>(
    ErrorCode.CONFLICT,
    (p) => `only a reported follow-up can be published; this one is ${p.status}`,
  ),
  ALREADY_PUBLISHED: rule<{ publishedOn: string }>(
    ErrorCode.CONFLICT,
    (p) => `the report was already published on ${p.publishedOn}`,
  ),
  /** Only a report with a decision case goes before the board; the rest go in the half-yearly report. */
  NO_DECISION_CASE: rule(
    ErrorCode.VALIDATION_FAILED,
    () => 'this follow-up has no decision case; it goes in the half-yearly report',
  ),
  MEETING_BEFORE_REPORT: rule<{ reportedOn: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} must be on or after the report date ${p.reportedOn}`,
  ),
  ALREADY_PRESENTED: rule<{ boardMeetingOn: string }>(
    ErrorCode.CONFLICT,
    (p) => `already presented to the board on ${p.boardMeetingOn}`,
  ),
  /** Required actions change only while their follow-up is REPORTED. */
  ACTIONS_CLOSED: rule<{ status: FollowUpStatus }>(
    ErrorCode.CONFLICT,
    (p) => `the follow-up is ${p.status}; actions change only while it is REPORTED`,
  ),
  /** A required action: open → plan received → completed → verified at re-check. */
  ACTION_TRANSITION: rule<{
    from: FollowUpActionStatus;
    to: FollowUpActionStatus;
    allowedFrom: readonly FollowUpActionStatus[];
  }>(
    ErrorCode.CONFLICT,
    (p) => `an action that is ${p.from} cannot become ${p.to} (only from ${p.allowedFrom.join(' or ')})`,
  ),

  NO_PLAN_FOR_YEAR: rule<{ year: number }>(
    ErrorCode.NOT_FOUND,
    (p) => `there is no follow-up plan for ${p.year}; save the year's plan first`,
  ),
  SELECTION_ALREADY_ACCEPTED: rule(ErrorCode.CONFLICT, () => 'this selection has already been accepted'),
  NOT_PROPOSED: rule<{ ids: readonly string[] }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.ids.join(', ')} were not proposed in this selection`,
  ),
  /** An accepted proposal is planned inside the plan period it was selected for, so it counts against that period's target. */
  PLANNED_OUTSIDE_PERIOD: rule<{ value: string; from: string; to: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.value} is outside the selection's plan period (${p.from} to ${p.to})`,
  ),
  /** A selection is made for one of the plan's own periods, numbered from 1. */
  PLAN_PERIOD_UNKNOWN: rule<{ period: number; periods: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.period} is not one of the plan's ${p.periods} periods`,
  ),
  /** A plan period runs from its start to its end: it does not end before it starts. */
  PLAN_PERIOD_ENDS_BEFORE_START: rule<{ startsOn: string; endsOn: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.endsOn} is before the period's start ${p.startsOn}`,
  ),
  /** Each day of the plan counts against one period's target only. */
  PLAN_PERIODS_OVERLAP: rule<{ period: number; other: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f}: period ${p.period} overlaps period ${p.other}`,
  ),
  /** A plan's periods lie in its year; the first may begin in December of the year before (1 December–31 May). */
  PLAN_PERIOD_OUTSIDE_YEAR: rule<{ value: string; from: string; to: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.value} is outside the plan year (${p.from} to ${p.to})`,
  ),
  /** A department belongs to one board; a unit's department is one of the unit's board. */
  DEPARTMENT_OF_OTHER_BOARD: rule<{ department: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.department} belongs to another board than the unit's`,
  ),
  /** A managed list's entry needs a code; one is made from the name only when the name has letters to make it from. */
  LIST_CODE_NEEDED: rule<{ name: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} is needed: no code can be made from the name ${p.name}`,
  ),
  /** A re-check that finds an action met closes it; only one not met gives the provider a new deadline. */
  NEW_DEADLINE_WHEN_MET: rule(
    ErrorCode.VALIDATION_FAILED,
    (_, f) => `${f} is given only when the action was not met at re-check`,
  ),

  /** A staffing report covers a half-year that has begun. */
  HALF_YEAR_IN_THE_FUTURE: rule<{ year: number; half: number; startsOn: string; today: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `half-year ${p.year}:${p.half} is in the future (it starts ${p.startsOn}, today is ${p.today})`,
  ),
  /** Job titles break down the staff: their headcounts add up to no more than managers and staff. */
  JOB_TITLES_EXCEED_STAFF: rule<{ titled: number; staff: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) =>
      `${f} add up to ${p.titled} people but the report has ${p.staff} (managers + permanent + temporary + hourly)`,
  ),
  JOB_TITLE_TWICE: rule<{ title: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} lists "${p.title}" more than once`,
  ),
  SECTION_TWICE: rule<{ section: BusinessReportSection }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} has ${p.section} more than once`,
  ),
  SECTION_REQUIRED: rule<{ section: BusinessReportSection }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} must include ${p.section}`,
  ),
  /** Staffing reports are per half-year, so asking which units lack one needs the half. */
  HALF_REQUIRED: rule<{ kind: ProviderReportKind }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} is required for ${p.kind} reports`,
  ),

  /** A provider contact's e-mail address: one a mail server can deliver to (name@domain.tld). */
  EMAIL_INVALID: rule<{ value: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.value} is not an e-mail address`,
  ),
  /** A contact is for something: at least one topic (REPORTS, ACTIONS, PULSE). */
  TOPIC_REQUIRED: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} must name at least one topic`),
  // Importing staffing reports from CSV (importStaffingReports): the file as a whole, and its own cells.
  STAFFING_CSV_UNREADABLE: rule<{ reason: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `the file is not valid CSV: ${p.reason}`,
  ),
  STAFFING_CSV_EMPTY: rule(ErrorCode.VALIDATION_FAILED, () => 'the file has no header and no rows'),
  STAFFING_CSV_COLUMN_MISSING: rule<{ column: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `${p.column} is a required column but missing from the header`,
  ),
  STAFFING_CSV_COLUMN_UNKNOWN: rule<{ column: string; known: readonly string[] }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `${p.column} is not a known column (known: ${p.known.join(', ')})`,
  ),
  STAFFING_CSV_TOO_MANY_ROWS: rule<{ rows: number; max: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `the file has ${p.rows} rows; at most ${p.max} per file`,
  ),
  /** A unit and half-year once per file: two rows would make two versions at once. */
  STAFFING_CSV_ROW_REPEATED: rule<{ line: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `line ${p.line} already reports the same unit and half-year`,
  ),
  /** The job titles cell is `title:headcount` pairs separated by semicolons. */
  STAFFING_CSV_JOB_TITLE: rule<{ value: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} "${p.value}" is not a job title and a headcount such as "Undersköterska:12"`,
  ),
  /** A supervision case's dates follow the case: nothing is due, sent, decided or closed before it opened. */
  SUPERVISION_BEFORE_OPENED: rule<{ openedOn: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} must be on or after the day the case was opened, ${p.openedOn}`,
  ),
  /** A closed case is history: it takes no more responses, decisions or sent dates. */
  SUPERVISION_CASE_CLOSED: rule<{ closedOn: string }>(
    ErrorCode.CONFLICT,
    (p) => `the supervision case was closed on ${p.closedOn}`,
  ),
  /** A case is closed only when every response the authority asked for has been sent. */
  SUPERVISION_RESPONSES_UNSENT: rule<{ count: number }>(
    ErrorCode.CONFLICT,
    (p) => `${p.count} required ${plural(p.count, 'response has', 'responses have')} not been sent`,
  ),
  /** A response is sent once; the date it went is history. */
  SUPERVISION_RESPONSE_SENT: rule<{ sentOn: string }>(
    ErrorCode.CONFLICT,
    (p) => `the response was already sent on ${p.sentOn}`,
  ),
  /** The ordering function's list holds a contract once. */
  ALREADY_ON_ORDERING_LIST: rule<{ position: number }>(
    ErrorCode.CONFLICT,
    (p, f) => `${f} is already number ${p.position} on the ordering list`,
  ),
  NOT_ON_ORDERING_LIST: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} is not on the ordering list`),
  /** A place on the list is 1 (most wanted) up to one past its end. */
  ORDERING_POSITION_OUT_OF_RANGE: rule<{ value: number; max: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.value} must be between 1 and ${p.max}`,
  ),
  /** Only a contract still in force (planned or active) can be wanted for a follow-up. */
  CONTRACT_NOT_IN_FORCE: rule<{ status: 'EXPIRED' | 'TERMINATED' }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} is ${p.status} and cannot be followed up`,
  ),
  /** A choice question lists the options an answer picks from. */
  GUIDE_OPTIONS_REQUIRED: rule(
    ErrorCode.VALIDATION_FAILED,
    (_, f) => `${f} needs at least two options for a CHOICE question`,
  ),
  /** A question is asked only when an earlier yes/no question was answered yes. */
  GUIDE_CONDITION_UNKNOWN: rule<{ value: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.value} names no earlier YES_NO question of the guide`,
  ),
  /** Each answer fits its question's answer type. */
  ANSWER_TYPE_MISMATCH: rule<{ question: string; answerType: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} does not fit question ${p.question} (${p.answerType})`,
  ),
  ANSWER_MISSING: rule<{ question: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f}: question ${p.question} is unanswered`,
  ),
  ANSWER_NOT_ASKED: rule<{ question: string; condition: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f}: question ${p.question} is asked only when ${p.condition} is answered yes`,
  ),
  ANSWER_QUESTION_UNKNOWN: rule<{ question: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f}: the guide has no question ${p.question}`,
  ),
  UNIT_OUTSIDE_SCOPE: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} is not among the units the follow-up covers`),
  SCOPE_EMPTY: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f}: the scope covers no units`),
  NOT_THEMATIC: rule(ErrorCode.CONFLICT, (_, f) => `${f} is not an overarching or thematic follow-up`),
  UNIT_WITHOUT_CONTRACT: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} has no contract to follow up specifically`),
  /** A requirement's key names it on its contract, once. */
  REQUIREMENT_KEY_TAKEN: rule<{ value: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.value} is already a requirement of the contract`,
  ),
  REQUIREMENT_PERCENT_OVER_100: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} is a percentage, at most 100`),
  /** A finding is recorded on a follow-up of the requirement's own contract. */
  REQUIREMENT_OF_ANOTHER_CONTRACT: rule(
    ErrorCode.VALIDATION_FAILED,
    (_, f) => `${f} is not a requirement of the follow-up's contract`,
  ),
  /** Findings are recorded while the follow-up is under way or reported, not once closed or cancelled. */
  REQUIREMENT_FINDING_CLOSED: rule<{ status: FollowUpStatus }>(
    ErrorCode.CONFLICT,
    (p) => `a ${p.status} follow-up takes no more findings`,
  ),
  /** A requirement with findings is kept: the findings are measured against it. */
  REQUIREMENT_HAS_FINDINGS: rule<{ count: number }>(
    ErrorCode.CONFLICT,
    (p) => `${p.count} ${plural(p.count, 'finding is', 'findings are')} recorded against the requirement`,
  ),
} as const;
export type ContractsRule = keyof typeof ContractsRules;

export const contractsViolation = violationsOf({ ...CommonRules, ...ContractsRules });
