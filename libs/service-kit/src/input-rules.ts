import { applyDecorators } from '@nestjs/common';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidationOptions,
} from 'class-validator';
import { isIsoDate, isIsoWeek, isMonth } from '@kvalitetsnav/calendar';
import {
  CommonRule,
  CommonRules,
  commonViolation,
  Format,
  ParamsOf,
  RuleParams,
  RuleViolation,
} from '@kvalitetsnav/codes';

/**
 * Input rules every service writes the same way. Each check carries its rule and params as
 * class-validator's `context`, so a refusal reaches the client as `extensions.rule` and
 * `params`, and its English message is the rule's own, naming the field by its path.
 */

interface RuleContext {
  rule: CommonRule;
  params: RuleParams;
}

function ruleOptions<K extends CommonRule>(rule: K, params: ParamsOf<typeof CommonRules, K>): ValidationOptions {
  const spec = CommonRules[rule] as unknown as { message: (p: RuleParams, f: string) => string };
  const context: RuleContext = { rule, params };
  return { context, message: (args) => spec.message(params, args.property) };
}

const noParams = {} as Record<string, never>;

/** A UUID: every id in Kvalitetsnav is one. */
export const IsId = () => IsUUID('all', ruleOptions('NOT_AN_ID', noParams));

/** A list of UUIDs. */
export const IsIds = () =>
  applyDecorators(
    IsArray(ruleOptions('NOT_IDS', noParams)),
    IsUUID('all', { each: true, ...ruleOptions('NOT_IDS', noParams) }),
  );

const calendarCheck = (name: string, test: (v: string) => boolean, rule: 'NOT_A_DATE' | 'NOT_A_MONTH' | 'NOT_A_WEEK') =>
  ValidateBy(
    { name, validator: { validate: (v: unknown) => typeof v === 'string' && test(v) } },
    ruleOptions(rule, noParams),
  );

/** A real calendar date written YYYY-MM-DD (2022-02-30 is refused). */
export const IsIsoDate = () => calendarCheck('isIsoDate', isIsoDate, 'NOT_A_DATE');

/** A month written YYYY-MM. */
export const IsMonth = () => calendarCheck('isMonth', isMonth, 'NOT_A_MONTH');

/** An ISO week that exists, written YYYY-Www. */
export const IsIsoWeek = () => calendarCheck('isIsoWeek', isIsoWeek, 'NOT_A_WEEK');

/** Text of `min` to `max` characters. */
export const IsText = (max: number, min = 1) =>
  applyDecorators(
    IsString(ruleOptions('NOT_TEXT', noParams)),
    Length(min, max, ruleOptions('TEXT_LENGTH', { min, max })),
  );

/** A whole number from 0 to `max`. */
export const IsCount = (max: number) =>
  applyDecorators(
    IsInt(ruleOptions('NOT_WHOLE_NUMBER', noParams)),
    Min(0, ruleOptions('TOO_SMALL', { min: 0 })),
    Max(max, ruleOptions('TOO_LARGE', { max })),
  );

/** A whole number from `min` to `max`. */
export const IsWholeNumber = (min: number, max: number) =>
  applyDecorators(
    IsInt(ruleOptions('OUT_OF_RANGE', { min, max, whole: true })),
    Min(min, ruleOptions('OUT_OF_RANGE', { min, max, whole: true })),
    Max(max, ruleOptions('OUT_OF_RANGE', { min, max, whole: true })),
  );

/** A number (decimals allowed) from `min` to `max`. */
export const IsNumberBetween = (min: number, max: number) =>
  applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false }, ruleOptions('NOT_A_NUMBER', noParams)),
    Min(min, ruleOptions('OUT_OF_RANGE', { min, max, whole: false })),
    Max(max, ruleOptions('OUT_OF_RANGE', { min, max, whole: false })),
  );

/** One of the listed values: a GraphQL enum's values, or a small closed set. */
export const IsOneOf = (values: readonly (string | number)[] | Record<string, string | number>) => {
  const allowed = Array.isArray(values) ? values : Object.values(values);
  return IsIn(allowed, ruleOptions('NOT_ONE_OF', { allowed: allowed.map(String) }));
};

/** true or false. */
export const IsFlag = () => IsBoolean(ruleOptions('NOT_TRUE_OR_FALSE', noParams));

/** A list of `min` to `max` items. */
export const IsList = (min: number, max: number) =>
  applyDecorators(
    IsArray(ruleOptions('LIST_SIZE', { min, max })),
    ArrayMinSize(min, ruleOptions('LIST_SIZE', { min, max })),
    ArrayMaxSize(max, ruleOptions('LIST_SIZE', { min, max })),
  );

/** An UPPER_SNAKE code (services, closure reasons, placement forms, option codes). */
export const IsCode = () => HasFormat(/^[A-Z][A-Z0-9_]{0,59}$/, 'UPPER_SNAKE');

/** Text in a named format (UPPER_SNAKE codes, region codes, …), checked by a pattern. */
export const HasFormat = (pattern: RegExp, format: Format) => Matches(pattern, ruleOptions('BAD_FORMAT', { format }));

const isRuleContext = (value: unknown): value is RuleContext =>
  typeof value === 'object' && value !== null && typeof (value as RuleContext).rule === 'string';

/**
 * The violation for one failed class-validator check on `field`: its rule's, when the check is
 * one of ours, else INVALID with the check's own message (the input-rules check flags those).
 */
export function violationOfConstraint(
  field: string,
  constraint: string,
  message: string,
  context: unknown,
): RuleViolation {
  if (isRuleContext(context) && context.rule in CommonRules) {
    // The decorator that set the context chose the params for its rule.
    const violation = commonViolation as (rule: CommonRule, field: string, params: RuleParams) => RuleViolation;
    return violation(context.rule, field, context.params);
  }
  const invalid = commonViolation('INVALID', field, { constraint });
  return new RuleViolation(invalid.code, invalid.rule, field, invalid.params, message);
}
