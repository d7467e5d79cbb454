/** Codes every service's error enum includes; services add their own. */
export enum CommonErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
  /** Our own infrastructure is briefly away (the database restarting): nothing was written; try again. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

import { IntrinsicException } from '@nestjs/common';

/**
 * An error a caller can act on: a stable code, a message that names the field and the rule,
 * and the field's path in the input. Everything else reaching the client is "internal". (Intrinsic: Nest does not log it as a crash.)
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
