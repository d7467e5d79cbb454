import { DomainError } from '@kvalitetsnav/service-kit';

/** Every error code the deviations service can answer with. */
export enum DeviationsErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
}

export class DeviationsError extends DomainError<DeviationsErrorCode> {}
