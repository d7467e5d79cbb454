import { ErrorCode } from './error-code';
import { rule, violationsOf } from './rule';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id in Kvalitetsnav is a UUID: what NOT_AN_ID refuses is anything else. */
export const isId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** What an id can name, for UNKNOWN: "providerId … is not a known provider". */
export const ENTITIES = {
  PROVIDER: 'provider',
  UNIT: 'unit',
  CONTRACT: 'contract',
  FOLLOW_UP_PLAN: 'follow-up plan',
  FOLLOW_UP_SELECTION: 'selection',
  FOLLOW_UP: 'follow-up',
  FOLLOW_UP_ACTION: 'follow-up action',
  QUESTION_GUIDE: 'question guide',
  CONTRACT_REQUIREMENT: 'contract requirement',
  BUSINESS_REPORT: 'business report',
  STAFFING_REPORT: 'staffing report',
  API_KEY: 'API key',
  PROVIDER_CONTACT: 'provider contact',
  SURVEY_DEFINITION: 'survey definition',
  SURVEY_ROUND: 'round',
  SURVEY_QUESTION: 'question',
  PULSE_PERIOD: 'pulse period',
  SUPERVISION_CASE: 'supervision case',
  SUPERVISION_RESPONSE: 'supervision response',
  BOARD: 'board',
  DEPARTMENT: 'department',
  SERVICE_AREA: 'service area',
  SECTOR: 'sector',
  DEVIATION: 'deviation',
  IMPORT_SOURCE: 'import source',
  ROOT_CAUSE: 'root cause',
  DEVIATION_CATEGORY: 'deviation category',
  IMPROVEMENT: 'improvement',
  DECISION_NOT_EXECUTED: 'decision not executed',
  CLOSURE_REASON: 'closure reason',
  REGION: 'region',
  REPORT: 'report',
} as const;
export type Entity = keyof typeof ENTITIES;

const orList = (values: readonly string[]) =>
  values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;

/** Input formats a BAD_FORMAT names. */
export const FORMATS = {
  UPPER_SNAKE: 'UPPER_SNAKE, 1 to 60 characters',
  YEAR_OR_PERIOD: 'a year or a period such as 2022 or 2022-H2',
  KOLADA_KPI: 'a Kolada KPI id such as U28532',
  ORGANISATION_NUMBER: 'an organisation number NNNNNN-NNNN',
  REGION_CODE: 'a region code of four digits',
} as const;
export type Format = keyof typeof FORMATS;

/**
 * Rules every service applies the same way: the shape of input (checked before a resolver runs,
 * by the input decorators in service-kit), ids that name nothing, and who may call.
 */
export const CommonRules = {
  REQUIRED: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} is required`),
  NOT_AN_ID: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} must be a UUID`),
  NOT_IDS: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} must hold UUIDs`),
  NOT_A_DATE: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} must be a date YYYY-MM-DD`),
  NOT_A_MONTH: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} must be a month YYYY-MM`),
  NOT_A_WEEK: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} must be an ISO week YYYY-Www`),
  NOT_TEXT: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} must be text`),
  TEXT_LENGTH: rule<{ min: number; max: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} must be ${p.min} to ${p.max} characters`,
  ),
  NOT_WHOLE_NUMBER: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} must be a whole number`),
  NOT_A_NUMBER: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} must be a number`),
  TOO_SMALL: rule<{ min: number }>(ErrorCode.VALIDATION_FAILED, (p, f) =>
    p.min === 0 ? `${f} must be 0 or more` : `${f} must be at least ${p.min}`,
  ),
  TOO_LARGE: rule<{ max: number }>(ErrorCode.VALIDATION_FAILED, (p, f) => `${f} must be at most ${p.max}`),
  OUT_OF_RANGE: rule<{ min: number; max: number; whole: boolean }>(ErrorCode.VALIDATION_FAILED, (p, f) =>
    p.whole ? `${f} must be a whole number ${p.min} to ${p.max}` : `${f} must be between ${p.min} and ${p.max}`,
  ),
  NOT_TRUE_OR_FALSE: rule(ErrorCode.VALIDATION_FAILED, (_, f) => `${f} must be true or false`),
  NOT_ONE_OF: rule<{ allowed: readonly string[] }>(ErrorCode.VALIDATION_FAILED, (p, f) =>
    p.allowed.length <= 2 ? `${f} must be ${orList(p.allowed)}` : `${f} must be one of ${p.allowed.join(', ')}`,
  ),
  LIST_SIZE: rule<{ min: number; max: number }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} must hold ${p.min} to ${p.max} items`,
  ),
  LISTED_TWICE: rule<{ value: string }>(ErrorCode.VALIDATION_FAILED, (p, f) => `${f} names ${p.value} more than once`),
  BAD_FORMAT: rule<{ format: Format }>(ErrorCode.VALIDATION_FAILED, (p, f) => `${f} must be ${FORMATS[p.format]}`),
  IN_THE_FUTURE: rule<{ value: string; today: string }>(
    ErrorCode.VALIDATION_FAILED,
    (p, f) => `${f} ${p.value} is in the future (today is ${p.today})`,
  ),
  /** A class-validator constraint without a rule of its own: a gap the input-rules check finds first. */
  INVALID: rule<{ constraint: string }>(ErrorCode.VALIDATION_FAILED, (p, f) => `${f} is invalid (${p.constraint})`),
  UNKNOWN: rule<{ entity: Entity; ids: readonly string[] }>(ErrorCode.NOT_FOUND, (p, f) =>
    p.ids.length === 1
      ? `${f} ${p.ids[0]} is not a known ${ENTITIES[p.entity]}`
      : `${f} ${p.ids.join(', ')} are not known ${ENTITIES[p.entity]}s`,
  ),
  /** A CSV file names its units by Kvalitetsnav's id or by another system's code: one of the columns, not both. */
  CSV_UNIT_COLUMN: rule<{ found: 'BOTH' | 'NEITHER' }>(ErrorCode.VALIDATION_FAILED, (p) =>
    p.found === 'BOTH'
      ? 'the header has both unit_id and unit_code; a file names its units by one of them'
      : 'the header needs unit_id or unit_code',
  ),
  /** No unit has the code in the system the file's codes are from. */
  UNIT_CODE_UNKNOWN: rule<{ system: string; code: string }>(
    ErrorCode.NOT_FOUND,
    (p, f) => `${f} ${p.code} is not the ${p.system} code of a known unit`,
  ),
  /** A code system given for a file that names its units by id. */
  UNIT_CODE_SYSTEM_UNUSED: rule(
    ErrorCode.VALIDATION_FAILED,
    (_, f) => `${f} is taken only with a file that names its units by unit_code`,
  ),
  ALREADY_EXISTS: rule<{ entity: Entity; value: string }>(
    ErrorCode.CONFLICT,
    (p, f) => `a ${ENTITIES[p.entity]} with ${f} ${p.value} already exists`,
  ),
  NOT_SIGNED_IN: rule(ErrorCode.UNAUTHENTICATED, () => 'no identity on the request'),
  ROLE_REQUIRED: rule<{ roles: readonly string[] }>(
    ErrorCode.FORBIDDEN,
    (p) => `this operation needs one of the roles ${p.roles.join(', ')}`,
  ),
} as const;
export type CommonRule = keyof typeof CommonRules;

export const commonViolation = violationsOf(CommonRules);
