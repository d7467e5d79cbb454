import { CommonRules } from './common-rules';
import { ErrorCode } from './error-code';
import { rule, violationsOf } from './rule';

const { VALIDATION_FAILED, NOT_FOUND, CONFLICT } = ErrorCode;

/**
 * The rules only the surveys service refuses by: `extensions.rule` with these params. In a CSV
 * import's row errors the field is the file's column (`unit_id`, `Q1`), or `(header)` / `(file)`.
 * (No `satisfies RuleSet` here: as a contextual type it would infer `never` params for the rules
 * without params; violationsOf and SwedishRules check the shape.)
 */
export const SurveysRules = {
  // Survey definitions.
  NO_QUESTIONS: rule(VALIDATION_FAILED, (_, f) => `${f} must hold at least one question`),
  BAD_QUESTION_ID: rule(VALIDATION_FAILED, (_, f) => `${f} must be 1 to 40 letters, digits, "_" or "-"`),
  QUESTION_ID_REUSED: rule<{ questionId: string }>(
    VALIDATION_FAILED,
    (p) => `question id ${p.questionId} is used twice`,
  ),
  TOO_FEW_OPTIONS: rule<{ questionId: string }>(
    VALIDATION_FAILED,
    (p) => `question ${p.questionId} needs at least two options`,
  ),
  OPTION_REUSED: rule<{ questionId: string; option: string }>(
    VALIDATION_FAILED,
    (p) => `question ${p.questionId} has option ${p.option} twice`,
  ),
  /** A "vet inte" answer is left out of the base, so it cannot count as positive. */
  POSITIVE_AND_NON_SUBSTANTIVE: rule<{ questionId: string; option: string }>(
    VALIDATION_FAILED,
    (p) => `option ${p.option} of ${p.questionId} cannot be both positive and non-substantive`,
  ),
  NO_POSITIVE_OPTION: rule<{ questionId: string }>(
    VALIDATION_FAILED,
    (p) => `question ${p.questionId} needs at least one positive option`,
  ),

  // Rounds.
  OPT_OUT_WITHOUT_REASON: rule(VALIDATION_FAILED, () => 'a unit that opts out needs a reason'),
  /** Those offered the survey at a unit are some of its people placed. */
  OFFERED_MORE_THAN_PLACED: rule<{ offered: number; placed: number }>(
    VALIDATION_FAILED,
    (p, f) => `${f} is ${p.offered}, more than the ${p.placed} placed at the unit`,
  ),
  ROUND_ALREADY_CLOSED: rule<{ closedOn: string }>(CONFLICT, (p) => `the round was already closed on ${p.closedOn}`),

  // Results.
  /** A cross-tabulation sets two different questions against each other. */
  SAME_QUESTION_TWICE: rule<{ questionId: string }>(
    VALIDATION_FAILED,
    (p, f) => `${f} is ${p.questionId}, the question of the rows too; choose two different questions`,
  ),

  // Answer sheets, one by one or from a file.
  ROUND_CLOSED: rule<{ closedOn: string }>(
    CONFLICT,
    (p) => `the round closed on ${p.closedOn} and takes no more answers`,
  ),
  UNKNOWN_QUESTION: rule<{ questionId: string }>(
    VALIDATION_FAILED,
    (p) => `${p.questionId} is not a question of this survey`,
  ),
  ANSWERED_TWICE: rule<{ questionId: string }>(VALIDATION_FAILED, (p) => `${p.questionId} is answered twice`),
  NOT_AN_OPTION: rule<{ questionId: string; option: string; options: readonly string[] }>(
    VALIDATION_FAILED,
    (p) => `${p.option} is not an option of ${p.questionId} (options: ${p.options.join(', ')})`,
  ),
  /** Also the answer for another provider's unit, so a provider cannot learn which units take part. */
  UNIT_NOT_IN_ROUND: rule<{ unitId: string }>(NOT_FOUND, (p) => `unit ${p.unitId} does not take part in this round`),
  UNIT_OPTED_OUT: rule<{ unitId: string; unitName: string }>(
    VALIDATION_FAILED,
    (p) => `unit ${p.unitName} opted out of this round`,
  ),
  /** A unit cannot have more answers than people it offered the survey to. */
  MORE_ANSWERS_THAN_OFFERED: rule<{ unitId: string; unitName: string; answers: number; offered: number }>(
    VALIDATION_FAILED,
    (p) => `unit ${p.unitName} would have ${p.answers} answers but only ${p.offered} were offered the survey`,
  ),
  /** Answer links: any code not handed out, whatever its shape, is the same unknown code. */
  UNKNOWN_ANSWER_CODE: rule(NOT_FOUND, () => 'the answer link is not known'),
  CSV_UNREADABLE: rule<{ detail: string }>(VALIDATION_FAILED, (p, f) => `${f} is not valid CSV: ${p.detail}`),
  CSV_EMPTY: rule(VALIDATION_FAILED, (_, f) => `${f} is empty`),
  CSV_HEADER: rule<{ columns: readonly string[] }>(
    VALIDATION_FAILED,
    (p, f) => `${f} must start with ${p.columns.join(',')}`,
  ),

  // The weekly pulse.
  OWN_PROVIDER_ONLY: rule(VALIDATION_FAILED, () => 'a provider answers only for itself'),
  /** No longer refused by: since answers are per unit an official names the unit. Kept, as codes stay stable. */
  PROVIDER_FOR_OFFICIALS: rule(VALIDATION_FAILED, (_, f) => `${f} is required when an official answers`),
  /** The pulse is answered per unit (boende, gruppbostad), so a signal points at the unit to contact. */
  PULSE_UNIT_REQUIRED: rule(VALIDATION_FAILED, (_, f) => `${f} is required: the pulse is answered per unit`),
  /** An official who names both the provider and the unit names a unit of that provider. */
  PULSE_UNIT_NOT_OF_PROVIDER: rule<{ unitId: string; unitName: string; providerId: string; providerName: string }>(
    VALIDATION_FAILED,
    (p, f) => `${f} ${p.unitId} (${p.unitName}) is not a unit of ${p.providerName}`,
  ),
  PULSE_PERIOD_ENDS_BEFORE_START: rule<{ fromWeek: string }>(
    VALIDATION_FAILED,
    (p, f) => `${f} must be ${p.fromWeek}, when the period starts, or later`,
  ),
  /** One week is a pulse week of one period at most, so providers are asked once a week. */
  PULSE_PERIOD_OVERLAP: rule<{ name: string; fromWeek: string; toWeek: string | null }>(
    CONFLICT,
    (p) => `the weeks overlap the pulse period ${p.name} (${p.fromWeek} to ${p.toWeek ?? 'until ended'})`,
  ),
  /** A week that has begun was asked for as a pulse week; ending the period earlier would rewrite that. */
  PULSE_WEEK_PASSED: rule<{ value: string; week: string }>(
    VALIDATION_FAILED,
    (p, f) => `${f} ${p.value} has begun or passed; end the period this week (${p.week}) or later`,
  ),
  PULSE_PERIOD_ENDED: rule<{ toWeek: string }>(CONFLICT, (p) => `the pulse period already ended with ${p.toWeek}`),
  /** A pulse answer answers each of the week's questions. */
  PULSE_QUESTION_UNANSWERED: rule<{ questionId: string }>(
    VALIDATION_FAILED,
    (p) => `question ${p.questionId} of the pulse is not answered`,
  ),
  /** A follow-up is of a signal: the provider's answer that week crossed the threshold somewhere. */
  PULSE_NO_SIGNAL: rule<{ week: string }>(
    VALIDATION_FAILED,
    (p) => `the provider's answer for ${p.week} holds no signal to follow up`,
  ),
  PULSE_CONTACT_BEFORE_WEEK: rule<{ week: string; weekStart: string }>(
    VALIDATION_FAILED,
    (p, f) => `${f} must be ${p.weekStart}, when ${p.week} starts, or later`,
  ),

  // Kolada files (the JSON of Kolada's API).
  NOT_JSON: rule(VALIDATION_FAILED, () => 'the file is not JSON'),
  NOT_A_LIST: rule(VALIDATION_FAILED, (_, f) => `${f} must be a list`),
  NOT_AN_OBJECT: rule(VALIDATION_FAILED, (_, f) => `${f} must be an object`),
  NOT_A_KOLADA_KPI: rule(VALIDATION_FAILED, (_, f) => `${f} must look like U28532`),
  NOT_A_MUNICIPALITY_CODE: rule(
    VALIDATION_FAILED,
    (_, f) => `${f} must be a four-digit municipality code (0000 is the whole country)`,
  ),
  NOT_A_YEAR: rule(VALIDATION_FAILED, (_, f) => `${f} must be a year YYYY`),
  /** Kolada's genders: T total, K kvinnor, M män. */
  NOT_A_KOLADA_GENDER: rule(VALIDATION_FAILED, (_, f) => `${f} must be T, K or M`),
} as const;
export type SurveysRule = keyof typeof SurveysRules;

export const surveysViolation = violationsOf({ ...CommonRules, ...SurveysRules });
