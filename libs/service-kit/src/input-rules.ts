import { applyDecorators } from '@nestjs/common';
import { IsInt, IsISO8601, IsString, Length, Max, Min } from 'class-validator';

/** Input rules every service writes the same way, each naming its field in the message. */

/** A real calendar date written YYYY-MM-DD (2022-02-30 is refused). */
export const IsIsoDate = (field: string) =>
  applyDecorators(
    IsISO8601({ strict: true, strictSeparator: true }, { message: `${field} must be a date YYYY-MM-DD` }),
    Length(10, 10, { message: `${field} must be a date YYYY-MM-DD` }),
  );

/** Text of 1 to `max` characters. */
export const IsText = (field: string, max: number) =>
  applyDecorators(IsString(), Length(1, max, { message: `${field} must be 1 to ${max} characters` }));

/** A whole number from 0 to `max`. */
export const IsCount = (field: string, max: number) =>
  applyDecorators(
    IsInt({ message: `${field} must be a whole number` }),
    Min(0, { message: `${field} must be 0 or more` }),
    Max(max, { message: `${field} must be at most ${max}` }),
  );
