import { CommonRules } from './common-rules';
import { ErrorCode } from './error-code';
import { rule, RuleSet, violationsOf } from './rule';
import type { DeviationKind, DeviationStatus, Seriousness } from './schema-enums.generated';

/** Said explicitly: under `satisfies RuleSet` a rule without a type argument would infer `never` params. */
type NoParams = Record<string, never>;

/** The rules only the deviations service refuses by: `extensions.rule` with these params. */
export const DeviationsRules = {
  /** Complaints and decisions not executed have mutations of their own. */
  KIND_REGISTERED_ELSEWHERE: rule<{
    kind: DeviationKind;
    mutation: 'registerComplaint' | 'registerDecisionNotExecuted';
  }>(ErrorCode.VALIDATION_FAILED, (p, f) => `${f} ${p.kind} is registered with ${p.mutation}`),
  /** The MAS/MAR registers and handles health care deviations and lex Maria only. */
  KIND_NOT_HANDLED: rule<{ kind: DeviationKind; kinds: readonly DeviationKind[] }>(
    ErrorCode.FORBIDDEN,
    (p, f) => `${f} ${p.kind} is not a kind you handle (${p.kinds.join(', ')})`,
  ),
  OCCURRED_AFTER_REPORTED: rule<{ value: string; reportedOn: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.value} is after the day it was reported (${p.reportedOn})`,
  ),
  /** The workflow goes one step at a time: reported, investigating, actions registered, final assessment, closed. */
  NOT_NEXT_STATUS: rule<{ from: DeviationStatus; to: DeviationStatus; next: DeviationStatus }>(
    ErrorCode.CONFLICT,
    (p) => `a deviation that is ${p.from} can only go to ${p.next}, not ${p.to}`,
  ),
  /** A closed deviation stays closed. */
  STATUS_FINAL: rule<{ status: DeviationStatus }>(
    ErrorCode.CONFLICT,
    (p) => `a deviation that is ${p.status} cannot change status`,
  ),
  /** A step is dated on or after the step before it. */
  BEFORE_PREVIOUS_STEP: rule<{ value: string; previous: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.value} is before the previous step (${p.previous})`,
  ),
  /** Registering actions needs the actions; the final assessment needs its text. */
  STEP_TEXT_REQUIRED: rule<{ to: DeviationStatus }>(ErrorCode.VALIDATION_FAILED, (p, f) =>
    p.to === 'ACTIONS_REGISTERED' ? `${f} must describe the actions registered` : `${f} must hold the final assessment`,
  ),
  /** Lex Sarah and lex Maria: whether it is serious is decided before the final assessment. */
  SERIOUSNESS_NOT_ASSESSED: rule<{ kind: DeviationKind }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `a ${p.kind} report needs its seriousness assessed before the final assessment`,
  ),
  /** A serious lex Sarah or lex Maria is reported to IVO before it is closed. */
  NOT_REPORTED_TO_IVO: rule<{ kind: DeviationKind }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `a serious ${p.kind} must be reported to IVO before it is closed`,
  ),
  SERIOUSNESS_ONLY_FOR_LEX: rule<{ kind: DeviationKind }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `seriousness is assessed for lex Sarah and lex Maria reports, not ${p.kind}`,
  ),
  IVO_ONLY_FOR_LEX: rule<{ kind: DeviationKind }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `only lex Sarah and lex Maria reports go to IVO, not ${p.kind}`,
  ),
  IVO_ONLY_FOR_SERIOUS: rule<{ seriousness: Seriousness | null }>(
    ErrorCode.VALIDATION_FAILED,
    () => 'only a report assessed as SERIOUS is reported to IVO',
  ),
  ALREADY_REPORTED_TO_IVO: rule<{ reportedOn: string }>(
    ErrorCode.CONFLICT,
    (p) => `already reported to IVO on ${p.reportedOn}`,
  ),
  /** A date from an earlier event (the report, the decision) up to today. */
  DATE_OUT_OF_RANGE: rule<{ value: string; earliest: string; today: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} must be between ${p.earliest} and today (${p.today})`,
  ),
  /** Root causes chosen for a deviation come from the active part of the managed list. */
  NOT_ACTIVE_ROOT_CAUSES: rule<{ ids: readonly string[] }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.ids.join(', ')} are not active root causes`,
  ),
  /** A deviation's category comes from the active part of the managed list. */
  NOT_ACTIVE_CATEGORY: rule<{ value: string; kind: DeviationKind; allowed: readonly string[] }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.value} is not an active category (for ${p.kind}: ${p.allowed.join(', ') || 'none'})`,
  ),
  /** A category belongs to the kinds it was listed for. */
  CATEGORY_NOT_FOR_KIND: rule<{
    value: string;
    kind: DeviationKind;
    kinds: readonly DeviationKind[];
    allowed: readonly string[];
  }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) =>
      `${f} ${p.value} is a category of ${p.kinds.join(', ')}, not of ${p.kind} (${p.allowed.join(', ') || 'none'})`,
  ),
  /** Categories are for deviations and lex Sarah/Maria; complaints have a category of their own. */
  KINDS_NOT_CATEGORISED: rule<{ kinds: readonly DeviationKind[]; categorised: readonly DeviationKind[] }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.kinds.join(', ')} have no categories (only ${p.categorised.join(', ')})`,
  ),
  /** An improvement learns from deviations the caller can see. */
  DEVIATIONS_NOT_VISIBLE: rule<{ ids: readonly string[] }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.ids.join(', ')} are not deviations you can see`,
  ),
  /** A decision not executed is marked executed once. */
  ALREADY_EXECUTED: rule<{ executedOn: string }>(ErrorCode.CONFLICT, (p) => `already executed on ${p.executedOn}`),
  /** An intervention is interrupted after it was decided. */
  INTERRUPTED_BEFORE_DECISION: rule<{ value: string; decidedOn: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.value} is before the decision (${p.decidedOn})`,
  ),
  /** A quarter's decisions not executed are reported to IVO once. */
  QUARTER_ALREADY_REPORTED: rule<{ quarter: string; reportedOn: string; reportedBy: string }>(
    ErrorCode.CONFLICT,
    (p) => `${p.quarter} was already reported to IVO on ${p.reportedOn} by ${p.reportedBy}`,
  ),
  /** A quarter is reported to IVO after it has ended. */
  QUARTER_NOT_ENDED: rule<{ quarter: string; endsOn: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `${p.quarter} has not ended yet (it ends ${p.endsOn})`,
  ),
  /** A deviation's actions belong to a follow-up of the deviation's own provider. */
  FOLLOW_UP_OF_ANOTHER_PROVIDER: rule<NoParams>(
    ErrorCode.VALIDATION_FAILED,
    (_, f) => `${f} is a follow-up of another provider`,
  ),
  /** Plan–do–study–act: finishing STUDY says whether it worked. */
  STUDY_RESULT_REQUIRED: rule<NoParams>(
    ErrorCode.VALIDATION_FAILED,
    (_, f) => `${f} is required to finish the STUDY phase: did it work?`,
  ),
  /** Finishing ACT decides: adopt, adapt (another cycle) or abandon. */
  ACT_DECISION_REQUIRED: rule<NoParams>(
    ErrorCode.VALIDATION_FAILED,
    (_, f) => `${f} is required to finish the ACT phase`,
  ),
  IMPROVEMENT_DONE: rule<NoParams>(ErrorCode.CONFLICT, () => 'the improvement is done; start a new one'),
  CSV_NOT_READABLE: rule<{ reason: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `the file is not valid CSV: ${p.reason}`,
  ),
  CSV_EMPTY: rule<NoParams>(ErrorCode.VALIDATION_FAILED, () => 'the file is empty'),
  CSV_COLUMN_MISSING: rule<{ column: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `${p.column} is a required column but missing from the header`,
  ),
  CSV_COLUMN_UNKNOWN: rule<{ column: string; known: readonly string[] }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `${p.column} is not a known column (known: ${p.known.join(', ')})`,
  ),
  CSV_TOO_MANY_ROWS: rule<{ rows: number; max: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `the file has ${p.rows} rows; at most ${p.max} per file`,
  ),
  /** An imported deviation at a status has the dates of the steps up to it. */
  DATE_REQUIRED_FOR_STATUS: rule<{ status: DeviationStatus }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} is required when status is ${p.status}`,
  ),
  /** An imported deviation not yet finally assessed has no final assessment date. */
  STATUS_BEFORE_FINAL_ASSESSMENT: rule<{ status: DeviationStatus }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `${p.status} does not go with a final_assessed_on date`,
  ),
  /** A saved import mapping names the export's column for each field an import needs. */
  IMPORT_FIELD_NOT_MAPPED: rule<{ field: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} has no column for ${p.field}, which every import needs`,
  ),
  COMPLAINANT_ONLY_FOR_COMPLAINTS: rule<{ kind: DeviationKind }>(
    ErrorCode.VALIDATION_FAILED,
    (p) => `only complaints have a complainant and category, not ${p.kind}`,
  ),
} as const satisfies RuleSet;
export type DeviationsRule = keyof typeof DeviationsRules;

export const deviationsViolation = violationsOf({ ...CommonRules, ...DeviationsRules });
