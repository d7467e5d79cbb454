import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ValidationPipe } from '@nestjs/common';
import { RuleViolation } from '@kvalitetsnav/codes';
import { CombinedViolation, validationErrorFromClassValidator, violationExtensions } from './graphql-errors';
import {
  HasFormat,
  IsCount,
  IsFlag,
  IsId,
  IsIds,
  IsIsoDate,
  IsIsoWeek,
  IsList,
  IsMonth,
  IsNumberBetween,
  IsOneOf,
  IsText,
  IsWholeNumber,
} from './input-rules';

class Place {
  @IsId() unitId!: string;
  @IsCount(100_000) offered!: number;
}

class Input {
  @IsText(200) name!: string;
  @IsIsoDate() startDate!: string;
  @IsOptional() @IsMonth() month?: string;
  @IsOptional() @IsIsoWeek() week?: string;
  @IsOptional() @IsIds() unitIds?: string[];
  @IsOptional() @IsWholeNumber(1, 5) impact?: number;
  @IsOptional() @IsNumberBetween(0, 100) sickLeavePercent?: number;
  @IsOptional() @IsOneOf(['WOMAN', 'MAN', 'NOT_STATED']) gender?: string;
  @IsOptional() @IsOneOf([1, 2]) half?: number;
  @IsOptional() @IsFlag() optedOut?: boolean;
  @IsOptional() @HasFormat(/^[A-Z][A-Z0-9_]{0,59}$/, 'UPPER_SNAKE') code?: string;
  @IsOptional() @IsList(1, 3) @ValidateNested({ each: true }) @Type(() => Place) places?: Place[];
}

const pipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: true,
  exceptionFactory: validationErrorFromClassValidator,
});
const valid = { name: 'Gruppbostad Lärkan', startDate: '2022-01-01' };

async function refusal(input: Record<string, unknown>) {
  try {
    await pipe.transform(input, { type: 'body', metatype: Input });
    return null;
  } catch (error) {
    return { message: (error as RuleViolation).message, ...violationExtensions(error as RuleViolation) };
  }
}

describe('input rules', () => {
  it('let valid input through', async () => {
    expect(await refusal(valid)).toBeNull();
    expect(
      await refusal({ ...valid, places: [{ unitId: '4f1c2d3e-0000-4000-8000-000000000001', offered: 0 }] }),
    ).toBeNull();
  });

  it.each([
    [{ name: '' }, 'name', 'TEXT_LENGTH', { min: 1, max: 200 }, 'name must be 1 to 200 characters'],
    [{ name: 7 }, 'name', 'NOT_TEXT', {}, 'name must be text'],
    [{ startDate: '2022-02-30' }, 'startDate', 'NOT_A_DATE', {}, 'startDate must be a date YYYY-MM-DD'],
    [{ month: '2022-13' }, 'month', 'NOT_A_MONTH', {}, 'month must be a month YYYY-MM'],
    [{ week: '2022-W53' }, 'week', 'NOT_A_WEEK', {}, 'week must be an ISO week YYYY-Www'],
    [{ unitIds: ['x'] }, 'unitIds', 'NOT_IDS', {}, 'unitIds must hold UUIDs'],
    [{ impact: 6 }, 'impact', 'OUT_OF_RANGE', { min: 1, max: 5, whole: true }, 'impact must be a whole number 1 to 5'],
    [
      { impact: 2.5 },
      'impact',
      'OUT_OF_RANGE',
      { min: 1, max: 5, whole: true },
      'impact must be a whole number 1 to 5',
    ],
    [
      { sickLeavePercent: 101 },
      'sickLeavePercent',
      'OUT_OF_RANGE',
      { min: 0, max: 100, whole: false },
      'sickLeavePercent must be between 0 and 100',
    ],
    [
      { gender: 'X' },
      'gender',
      'NOT_ONE_OF',
      { allowed: ['WOMAN', 'MAN', 'NOT_STATED'] },
      'gender must be one of WOMAN, MAN, NOT_STATED',
    ],
    [{ half: 3 }, 'half', 'NOT_ONE_OF', { allowed: ['1', '2'] }, 'half must be 1 or 2'],
    [{ optedOut: 'yes' }, 'optedOut', 'NOT_TRUE_OR_FALSE', {}, 'optedOut must be true or false'],
    [
      { code: 'lower' },
      'code',
      'BAD_FORMAT',
      { format: 'UPPER_SNAKE' },
      'code must be UPPER_SNAKE, 1 to 60 characters',
    ],
    [{ places: [] }, 'places', 'LIST_SIZE', { min: 1, max: 3 }, 'places must hold 1 to 3 items'],
    [{ places: [{ unitId: 'x', offered: 1 }] }, 'places.0.unitId', 'NOT_AN_ID', {}, 'places.unitId must be a UUID'],
    [
      { places: [{ unitId: '4f1c2d3e-0000-4000-8000-000000000001', offered: -1 }] },
      'places.0.offered',
      'TOO_SMALL',
      { min: 0 },
      'places.offered must be 0 or more',
    ],
  ])('refuse %j naming %s, the rule %s and its params', async (input, field, rule, params, sentence) => {
    expect(await refusal({ ...valid, ...input })).toEqual({
      message: `${field}: ${sentence}`,
      code: 'VALIDATION_FAILED',
      rule,
      field,
      params,
    });
  });

  it('list every broken rule when there are several, the first speaking for them', async () => {
    const result = await refusal({ name: '', startDate: 'x' });
    expect(result).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'TEXT_LENGTH',
      field: 'name',
      violations: [
        { rule: 'TEXT_LENGTH', field: 'name', params: { min: 1, max: 200 } },
        { rule: 'NOT_A_DATE', field: 'startDate', params: {} },
      ],
    });
    expect(result?.message).toBe(
      'name: name must be 1 to 200 characters; startDate: startDate must be a date YYYY-MM-DD',
    );
  });

  it('keep the message of a check that has no rule of its own, as INVALID', () => {
    const error = validationErrorFromClassValidator([
      { property: 'x', constraints: { isLength: 'x must be short' }, children: [] },
    ]) as CombinedViolation;
    expect({ rule: error.rule, params: error.params, message: error.message }).toEqual({
      rule: 'INVALID',
      params: { constraint: 'isLength' },
      message: 'x: x must be short',
    });
  });
});
