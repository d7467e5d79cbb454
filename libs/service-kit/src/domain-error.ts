import { IntrinsicException } from '@nestjs/common';
import { ErrorCode } from '@kvalitetsnav/codes';

/** @deprecated The categories are `ErrorCode` in @kvalitetsnav/codes. */
export const CommonErrorCode = ErrorCode;
export type CommonErrorCode = ErrorCode;

/**
 * @deprecated Throw a RuleViolation (from a service's violation factory in @kvalitetsnav/codes):
 * it carries the rule and its params, which this carries only as an English sentence.
 */
export class DomainError<Code extends string = string> extends IntrinsicException {
  constructor(
    readonly code: Code,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
