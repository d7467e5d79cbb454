import { DomainError } from '@kvalitetsnav/service-kit';

/** Every error code the contracts service can answer with. */
export enum ContractsErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
}

export class ContractsError extends DomainError<ContractsErrorCode> {}
